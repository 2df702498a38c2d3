// Gives every span of a parsed document the native location of the text-view line it starts on.
import type { Document } from '../../model/document.js';
import type { Span } from '../../model/span.js';

function isSpan(value: object): value is Span {
  const v = value as Record<string, unknown>;
  return typeof v['line'] === 'number' && typeof v['column'] === 'number' && typeof v['endLine'] === 'number' && typeof v['endColumn'] === 'number';
}

/**
 * The location of each line, blank lines taking the nearest located line above (else below):
 * a zero-width span after a cell or paragraph still names that place.
 */
function filledLocations(lineLocations: ReadonlyArray<string | null>): Array<string | undefined> {
  // One pushed array, not a map() over a first one: an optimised inlined map makes a HOLEY array where
  // the interpreter makes a PACKED one, and attachLocations' reads met both maps.
  const firstKnown = lineLocations.find((l): l is string => l !== null);
  const filled: Array<string | undefined> = [];
  let last: string | undefined;
  for (const location of lineLocations) {
    if (location !== null) last = location;
    filled.push(location ?? last ?? firstKnown);
  }
  return filled;
}

/**
 * Sets `location` on every span of `document` (in place) from the line it starts on. In the text
 * view every line belongs to exactly one cell or paragraph, so the line says where the span is,
 * whatever stage built the span (a cell, a piece of a cell, a row from its first cell, a
 * narrative sentence).
 */
export function attachLocations(document: Document, lineLocations: ReadonlyArray<string | null>): void {
  const locations = filledLocations(lineLocations);
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (isSpan(value)) {
      const location = locations[value.line - 1];
      if (location !== undefined) value.location = location;
      else delete value.location;
      return;
    }
    for (const item of Object.values(value)) visit(item);
  };
  visit(document);
}
