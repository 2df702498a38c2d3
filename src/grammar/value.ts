// The one value grammar shared by every rule: parseValue(raw, {symbol, unit}) → ParsedValue (domain-rules §3.4).
import { APPROXIMATE_PREFIXES, APPROXIMATE_SUFFIXES } from '../lexicon/directions.js';
import { isGradedQualitative, matchQualitative } from '../lexicon/qualitative.js';
import { matchUnitAt } from '../lexicon/units.js';
import { readDate } from './date.js';
import { readDirectionColumn, readLeadingDirection, readTrailingDirection } from './direction.js';
import { foldWidth } from './fold.js';
import { readNumber, type NumberMatch } from './number.js';
import type { ParsedValue } from './types.js';
import { readUnit, type UnitMatch } from './unit-reader.js';

// Rules import the value grammar from this one file: the type, the predicates and the formatters come with it.
export type { ParsedValue, ValueKind, Direction, UnitClass, DateValue, DateBound, DeclaredType } from './types.js';
export { isMoneyCeiling, isQuantitative, isRatio } from './predicates.js';
export { formatDirection, formatValue, normaliseDirection } from './format.js';

export interface ParseValueOptions {
  /** Separate comparison-symbol column or narrative field (≥, ＞＝, 不低于, 定性 …). */
  symbol?: string | null;
  /** Separate unit column or narrative field (百分比, 万元 …). */
  unit?: string | null;
}

const RANGE_SEPARATORS = new Set(['-', '~', '至', '到', '—', '–', '〜']);
const MINUS = new Set(['-', '−']);
const PUNCTUATION_ONLY = /^[。.;；,，、!！\s]+$/;
/** The narrative's joined 符号-值-单位 form: '≥-95.00-百分比'. */
const JOINED = /^([^\d\s-]{1,5})-(\d[\d.,]*)-(\S{1,8})$/;

/** A multiplier character that starts a unit (万元, 千米, 百分比) must not be read as part of the number. */
function multiCharUnitAt(text: string, index: number): boolean {
  const entry = matchUnitAt(text, index);
  return entry !== null && entry.raw.length > 1;
}

function readValueNumber(text: string, at: number): NumberMatch | null {
  return readNumber(text, at, { isUnitAt: multiCharUnitAt });
}

function skipSpaces(folded: string, at: number): number {
  let pos = at;
  while (folded[pos] === ' ' || folded[pos] === '\t') pos += 1;
  return pos;
}

/** Reads a whole cell as one unit (百分比, 万元, 元/人·月), or null when it is not exactly a unit. */
function readUnitCell(text: string): UnitMatch | null {
  const folded = foldWidth(text);
  const match = readUnit(text, folded, 0);
  return match && match.length === text.length ? match : null;
}

function emptyValue(raw: string): ParsedValue {
  return {
    raw, kind: 'empty',
    direction: null, directionRaw: null, directionSource: null, directionNeedsNormalising: false,
    declaredType: null, approximate: false,
    number: null, numberMax: null, numberRaw: null,
    unit: null, unitRaw: null, unitClass: null, unitSource: null, unitConflict: false, moneyYuan: null,
    date: null, duration: null, qualitative: null,
    tail: '', isNumeric: false,
  };
}

/** Splits the narrative's joined form when it arrives as one string with no separate fields. */
function splitJoined(raw: string): { raw: string; symbol: string; unit: string } | null {
  const m = JOINED.exec(foldWidth(raw));
  if (!m) return null;
  const symbol = raw.slice(0, m[1]!.length);
  const unit = raw.slice(raw.length - m[3]!.length);
  if (readDirectionColumn(symbol).direction === null || readUnitCell(unit) === null) return null;
  return { raw: m[2]!, symbol, unit };
}

/** Applies the separate unit column: fills a missing unit, or records a conflict with the value's own unit. */
function applyUnitColumn(value: ParsedValue, column: string | null | undefined, unitFactor: { yuan: number | null }): void {
  const text = (column ?? '').trim();
  if (text === '' || /^[-—_/\\*]+$/.test(text)) return;
  const cell = readUnitCell(text);
  if (value.unit !== null) {
    value.unitConflict = cell !== null && cell.unit !== value.unit;
    return;
  }
  value.unit = cell?.unit ?? text;
  value.unitRaw = text;
  value.unitClass = cell?.unitClass ?? null;
  value.unitSource = 'column';
  unitFactor.yuan = cell?.yuanFactor ?? null;
}

function setUnit(value: ParsedValue, unit: UnitMatch, unitFactor: { yuan: number | null }): void {
  value.unit = unit.unit;
  value.unitRaw = unit.raw;
  value.unitClass = unit.unitClass;
  value.unitSource = 'value';
  unitFactor.yuan = unit.yuanFactor;
}

/**
 * Parses a 指标值. `symbol` and `unit` are the separate columns or narrative fields when the layout has
 * them; the value's own direction and unit take precedence, and a differing unit column sets unitConflict.
 */
export function parseValue(input: string, opts: ParseValueOptions = {}): ParsedValue {
  let raw = input.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  let symbol = opts.symbol ?? null;
  let unitColumn = opts.unit ?? null;
  if ((symbol ?? '').trim() === '' && (unitColumn ?? '').trim() === '') {
    const joined = splitJoined(raw);
    if (joined) ({ raw, symbol, unit: unitColumn } = joined);
  }

  const value = emptyValue(raw);
  const unitFactor: { yuan: number | null } = { yuan: null };
  const column = readDirectionColumn(symbol);
  value.declaredType = column.declared;
  if (column.direction) {
    value.direction = column.direction;
    value.directionRaw = column.raw;
    value.directionSource = 'column';
    value.directionNeedsNormalising = column.needsNormalising;
  }

  finishBody(value, raw, unitFactor);
  applyUnitColumn(value, unitColumn, unitFactor);
  if (value.unitClass === 'money' && value.number !== null && unitFactor.yuan !== null) {
    value.moneyYuan = value.number * unitFactor.yuan;
  }
  if (value.unitClass === 'time' && value.number !== null && value.kind === 'quantity' && value.unit !== null) {
    value.kind = 'duration';
    value.duration = { amount: value.number, unit: value.unit };
  }
  value.isNumeric = value.number !== null;
  return value;
}

/** Parses the value text itself (everything but the separate columns) into `value`. */
function finishBody(value: ParsedValue, raw: string, unitFactor: { yuan: number | null }): void {
  if (raw === '') return;
  const folded = foldWidth(raw);

  // 达到预期目标 starts with the direction word 达到: recognise whole graded grades first.
  if (isGradedQualitative(raw)) {
    value.kind = 'qualitative';
    value.qualitative = matchQualitative(raw);
    return;
  }

  let pos = 0;
  const approxPrefix = APPROXIMATE_PREFIXES.find((p) => folded.startsWith(p));
  if (approxPrefix) {
    value.approximate = true;
    pos = skipSpaces(folded, approxPrefix.length);
  }
  const lead = readLeadingDirection(raw, pos);
  if (lead) {
    value.direction = lead.direction;
    value.directionRaw = lead.raw;
    value.directionSource = lead.source;
    value.directionNeedsNormalising = lead.needsNormalising;
    pos += lead.length;
    const afterSpaces = skipSpaces(folded, pos);
    // A space between the symbol and the number is one of the things R-VAL-08 normalises.
    if (afterSpaces > pos && lead.source === 'symbol') value.directionNeedsNormalising = true;
    pos = afterSpaces;
  }
  if (pos >= raw.length) {
    value.kind = 'empty';
    return;
  }

  const date = readDate(raw, pos);
  if (date) {
    value.kind = 'date';
    value.date = { year: date.year, month: date.month, day: date.day, bound: date.bound };
    value.tail = cleanTail(raw.slice(pos + date.length));
    return;
  }

  if (readQuantity(value, raw, folded, pos, unitFactor)) return;

  const rest = raw.slice(pos);
  const qualitative = matchQualitative(rest);
  value.kind = qualitative ? 'qualitative' : 'text';
  value.qualitative = qualitative;
}

function cleanTail(text: string): string {
  const tail = text.trim();
  return PUNCTUATION_ONLY.test(tail) ? '' : tail;
}

/** Reads [百分之] number [unit] [range] [suffix direction] [tail]. Returns false when no number starts at `pos`. */
function readQuantity(
  value: ParsedValue,
  raw: string,
  folded: string,
  start: number,
  unitFactor: { yuan: number | null },
): boolean {
  let pos = start;
  // 百分之九十五 / 千分之三: the unit is written before the number.
  const ratioPrefix = folded.startsWith('百分之', pos) ? '%' : folded.startsWith('千分之', pos) ? '‰' : null;
  if (ratioPrefix) pos += 3;
  let negative = false;
  if (MINUS.has(folded[pos] ?? '') && /\d/.test(folded[pos + 1] ?? '')) {
    negative = true;
    pos += 1;
  }
  let number = readValueNumber(raw, pos);
  if (!number && ratioPrefix === '%' && folded.startsWith('百', pos)) {
    number = { value: 100, length: 1, raw: raw.slice(pos, pos + 1), form: 'chinese', grouped: false }; // 百分之百
  }
  if (!number) return false;
  value.number = negative ? -number.value : number.value;
  value.numberRaw = raw.slice(negative ? pos - 1 : pos, pos + number.length);
  value.kind = 'quantity';
  pos += number.length;
  if (ratioPrefix) {
    value.unit = ratioPrefix;
    value.unitRaw = raw.slice(start, start + 3);
    value.unitClass = ratioPrefix === '%' ? 'percent' : 'permille';
    value.unitSource = 'value';
  }

  pos = skipSpaces(folded, pos);
  const unit = ratioPrefix ? null : readUnit(raw, folded, pos);
  if (unit) {
    setUnit(value, unit, unitFactor);
    pos += unit.length;
  }

  pos = readRangeEnd(value, raw, folded, pos, unitFactor);

  pos = skipSpaces(folded, pos);
  const trail = readTrailingDirection(folded, pos);
  if (trail) {
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
  if (value.unitClass === 'time') {
    const verb = /^(?:完成|办结|完工|到位)/.exec(folded.slice(pos));
    if (verb) pos += verb[0].length;
  }
  value.tail = cleanTail(raw.slice(pos));
  return true;
}

/** Reads the upper end of a range (90%-95%, 90~95, 90至95) when one follows; returns the new position. */
function readRangeEnd(
  value: ParsedValue,
  raw: string,
  folded: string,
  at: number,
  unitFactor: { yuan: number | null },
): number {
  const sepAt = skipSpaces(folded, at);
  if (!RANGE_SEPARATORS.has(folded[sepAt] ?? '')) return at;
  const numAt = skipSpaces(folded, sepAt + 1);
  const upper = readValueNumber(raw, numAt);
  if (!upper) return at;
  value.kind = 'range';
  value.numberMax = upper.value;
  let pos = numAt + upper.length;
  const unit = readUnit(raw, folded, skipSpaces(folded, pos));
  if (unit) {
    if (value.unit === null) setUnit(value, unit, unitFactor);
    pos = skipSpaces(folded, pos) + unit.length;
  }
  return pos;
}
