// Caches parseValue across documents: its result is a pure function of the three texts and holds no document positions.
import type { FactContext } from '../types.js';
import { detachedText } from '../context.js';
import { parsePlainValue, parseValue, type ParsedValue } from '../../grammar/value.js';

/** Separates the parts of the cache key; never found in a cell's text. */
const SEP = '\u0000';
/** Stands for an absent column, which parseValue may treat apart from an empty one. */
const ABSENT = '\u0001';

/** Frozen so that a cached value shared by many indicators and documents cannot be changed by one reader. */
function frozen(value: ParsedValue): ParsedValue {
  if (value.date) Object.freeze(value.date);
  if (value.duration) Object.freeze(value.duration);
  if (value.qualitative) Object.freeze(value.qualitative);
  return Object.freeze(value);
}

/** parseValue(text, {symbol, unit}): computed once per distinct texts for the linter's lifetime, or read afresh when that is cheaper. */
export function sharedParseValue(ctx: FactContext, text: string, symbol: string | null = null, unit: string | null = null): ParsedValue {
  // Most values (≥95%, 1704人次, a bare number beside its columns) are read in less time than a lookup
  // takes, and their numbers seldom repeat: cached, they would only push other texts out of the cache.
  const plain = parsePlainValue(text, symbol, unit);
  if (plain !== null) return plain;
  // The plain value text is its own key (its hash is cached on the string); only rows with a separate
  // symbol or unit column build a longer key. A cached value is parsed from copies (the cache's copy of
  // the key, detachedText), so it holds no slice of the document it was first seen in.
  if (symbol === null && unit === null) return ctx.shared('parse-value', text, parseAlone);
  const key = text + SEP + (symbol ?? ABSENT) + SEP + (unit ?? ABSENT);
  return ctx.shared('parse-value+columns', key, () =>
    frozen(parseValue(detachedText(text), { symbol: symbol === null ? null : detachedText(symbol), unit: unit === null ? null : detachedText(unit) })));
}

function parseAlone(text: string): ParsedValue {
  return frozen(parseValue(text, { symbol: null, unit: null }));
}
