// Small yes/no questions about a ParsedValue that several rules ask in the same way.
import type { ParsedValue } from './types.js';

/** A money ceiling: ≤, < or = an amount in a money unit (元, 万元, 元/人 …) — the form a 成本指标 should take. */
export function isMoneyCeiling(v: ParsedValue): boolean {
  return v.unitClass === 'money' && v.number !== null && (v.direction === '≤' || v.direction === '<' || v.direction === '=');
}

/** The value states a number: a quantity, a range or a duration. */
export function isQuantitative(v: ParsedValue): boolean {
  return v.kind === 'quantity' || v.kind === 'range' || v.kind === 'duration';
}

/** A percentage or permille value. */
export function isRatio(v: ParsedValue): boolean {
  return v.unitClass === 'percent' || v.unitClass === 'permille';
}
