// Renders a ParsedValue back to its canonical spelling, for messages and safe auto-fixes (R-VAL-08).
import type { ParsedValue } from './types.js';

export { formatDirection, normaliseDirection } from './direction.js';

/** Formats a number without float noise (0.1+0.2) and without trailing zeros (95.00 → 95). */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/**
 * The canonical spelling of a value: '≥95%', '≤50万元', '90%-95%', '≤15个工作日'. Dates, qualitative
 * values and text are returned as written, because they have no single canonical form.
 */
export function formatValue(v: ParsedValue): string {
  if (v.number === null || (v.kind !== 'quantity' && v.kind !== 'range' && v.kind !== 'duration')) return v.raw;
  const unit = v.unit ?? '';
  const lower = `${formatNumber(v.number)}${v.kind === 'range' ? unit : ''}`;
  const upper = v.numberMax === null ? '' : `-${formatNumber(v.numberMax)}`;
  return `${v.direction ?? ''}${lower}${upper}${unit}`;
}
