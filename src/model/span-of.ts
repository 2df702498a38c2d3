// spanOf, apart from the span schemas so that the parser does not load zod (the schemas only validate, in tests and for embedders).
import type { Span } from './span.js';

/** Builds a single-line span. Columns are 1-based; endColumn is exclusive of nothing: it is the last column + 1. */
export function spanOf(line: number, column: number, length: number, location?: string): Span {
  const span: Span = { line, column, endLine: line, endColumn: column + Math.max(length, 0) };
  if (location !== undefined) span.location = location;
  return span;
}
