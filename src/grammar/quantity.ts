// Reads the numeric part of a value: [百分之] number [unit] [range end] [suffix direction] [tail], filling a ParsedValue.
import { matchUnitAt } from '../lexicon/units.js';
import { APPROXIMATE_SUFFIXES } from '../lexicon/directions.js';
import { readTrailingDirection } from './direction.js';
import { readNumber, type NumberMatch, type ReadNumberOptions } from './number.js';
import type { ParsedValue } from './types.js';
import { readUnit, type UnitMatch } from './unit-reader.js';

const RANGE_SEPARATORS = new Set(['-', '~', '至', '到', '—', '–', '〜']);
const MINUS = new Set(['-', '−']);
const PUNCTUATION_ONLY = /^[。.;；,，、!！\s]+$/;

/** A multiplier character that starts a unit (万元, 千米, 百分比) must not be read as part of the number. */
function multiCharUnitAt(text: string, index: number): boolean {
  const entry = matchUnitAt(text, index);
  return entry !== null && entry.raw.length > 1;
}

/** One options object for every value number (no object per call). */
const VALUE_NUMBER: ReadNumberOptions = { isUnitAt: multiCharUnitAt };

function readValueNumber(text: string, folded: string, at: number): NumberMatch | null {
  return readNumber(text, at, VALUE_NUMBER, folded);
}

export function skipSpaces(folded: string, at: number): number {
  let pos = at;
  while (folded[pos] === ' ' || folded[pos] === '\t') pos += 1;
  return pos;
}

/** Leftover text, '' when it is only punctuation (≥95%。). */
export function cleanTail(text: string): string {
  const tail = text.trim();
  return PUNCTUATION_ONLY.test(tail) ? '' : tail;
}

export function setValueUnit(value: ParsedValue, unit: UnitMatch): void {
  value.unit = unit.unit;
  value.unitRaw = unit.raw;
  value.unitClass = unit.unitClass;
  value.unitSource = 'value';
}

/** Reads the upper end of a range (90%-95%, 90~95, 90至95) when one follows; returns the new position. */
function readRangeEnd(value: ParsedValue, raw: string, folded: string, at: number): number {
  const sepAt = skipSpaces(folded, at);
  if (!RANGE_SEPARATORS.has(folded[sepAt] ?? '')) return at;
  const numAt = skipSpaces(folded, sepAt + 1);
  const upper = readValueNumber(raw, folded, numAt);
  if (!upper) return at;
  value.kind = 'range';
  value.numberMax = upper.value;
  const unitAt = skipSpaces(folded, numAt + upper.length);
  const unit = readUnit(raw, folded, unitAt);
  if (!unit) return numAt + upper.length;
  if (value.unit === null) setValueUnit(value, unit);
  return unitAt + unit.length;
}

/** Reads a quantity starting at `start` into `value`. Returns false, leaving `value` untouched, when no number starts there. */
export function readQuantity(value: ParsedValue, raw: string, folded: string, start: number): boolean {
  let pos = start;
  // 百分之九十五 / 千分之三: the unit is written before the number.
  const ratioPrefix = folded.startsWith('百分之', pos) ? '%' : folded.startsWith('千分之', pos) ? '‰' : null;
  if (ratioPrefix) pos += 3;
  const negative = MINUS.has(folded[pos] ?? '') && /\d/.test(folded[pos + 1] ?? '');
  if (negative) pos += 1;
  let number = readValueNumber(raw, folded, pos);
  if (!number && ratioPrefix === '%' && folded.startsWith('百', pos)) {
    number = { value: 100, length: 1, raw: raw.slice(pos, pos + 1), form: 'chinese', grouped: false }; // 百分之百
  }
  if (!number) return false;
  value.kind = 'quantity';
  value.number = negative ? -number.value : number.value;
  value.numberRaw = raw.slice(negative ? pos - 1 : pos, pos + number.length);
  pos += number.length;
  if (ratioPrefix) {
    value.unit = ratioPrefix;
    value.unitRaw = raw.slice(start, start + 3);
    value.unitClass = ratioPrefix === '%' ? 'percent' : 'permille';
    value.unitSource = 'value';
  } else {
    pos = skipSpaces(folded, pos);
    const unit = readUnit(raw, folded, pos);
    if (unit) {
      setValueUnit(value, unit);
      pos += unit.length;
    }
  }

  pos = skipSpaces(folded, readRangeEnd(value, raw, folded, pos));
  const trail = readTrailingDirection(folded, pos);
  if (trail) {
    // A suffix (95%以上) overrides the symbol column but not a symbol written in the value itself.
    if (value.direction === null || value.directionSource === 'column') {
      value.direction = trail.direction;
      value.directionRaw = trail.raw;
      value.directionSource = 'suffix';
      value.directionNeedsNormalising = false;
    }
    pos += trail.length;
  }
  const approxSuffix = APPROXIMATE_SUFFIXES.find((s) => folded.startsWith(s, pos));
  if (approxSuffix) {
    value.approximate = true;
    pos += approxSuffix.length;
  }
  // 3天内完成, 15个工作日办结: the verb adds nothing to a duration.
  if (value.unitClass === 'time') pos += /^(?:完成|办结|完工|到位)/.exec(folded.slice(pos))?.[0].length ?? 0;
  value.tail = cleanTail(raw.slice(pos));
  return true;
}
