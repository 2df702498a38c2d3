// Small helpers shared by fact definitions: numbers as a reviewer writes them, and related locations.
import type { Span } from '../../model/index.js';
import type { RelatedLocation } from '../../model/result.js';

/** 80 → '80%', 75.5 → '75.5%'. */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}

/** 30000 → '30000元', 12477818.06 → '12477818.06元'. */
export function formatYuan(value: number): string {
  return `${Number(value.toFixed(2))}元`;
}

/** A related location pointing at a span, with a short note of what stands there. */
export function relatedAt(span: Span, message: string): RelatedLocation {
  const related: RelatedLocation = { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, message };
  if (span.location !== undefined) related.location = span.location;
  return related;
}

/** Where a span is, for a Chinese message: the native location (Sheet1!C7, 表3 第5行 第4列) when the source has one, else 第N行. */
export function placeOf(span: Span): string {
  return span.location ?? `第${span.line}行`;
}

/** The same in English. */
export function placeOfEn(span: Span): string {
  return span.location ?? `line ${span.line}`;
}
