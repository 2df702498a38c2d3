// The one value grammar shared by every rule: parseValue(raw, {symbol, unit}) → ParsedValue (domain-rules §3.4).
import { APPROXIMATE_PREFIXES, SYMBOL_CHARS } from '../lexicon/directions.js';
import { isGradedQualitative, matchQualitative } from '../lexicon/qualitative.js';
import { UNIT_ENTRIES, yuanFactorOf } from '../lexicon/units.js';
import { readDate } from './date.js';
import { readDirectionColumn, readLeadingDirection, type DirectionColumn } from './direction.js';
import { foldWidth } from './fold.js';
import { cleanTail, readQuantity, skipSpaces } from './quantity.js';
import type { ParsedValue } from './types.js';
import { readUnit, type UnitMatch } from './unit-reader.js';
import { fillSimpleBody, readSimpleBody, simpleDigitsEnd, simpleRestUnit, wholeUnit } from './simple-value.js';

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

/** The narrative's joined 符号-值-单位 form: '≥-95.00-百分比'. */
const JOINED = /^([^\d\s-]{1,5})-(\d[\d.,]*)-(\S{1,8})$/;
/**
 * A value opening with a digit or comparison sign: every graded grade begins with a Hanzi (达到…, 优,
 * 是), so such values skip the graded-vocabulary scan. `raw` is already trimmed.
 */
const STARTS_QUANTITY = /^[\d≥≤<>=]/;
/** Unit cells that mean "no unit". */
const NO_UNIT = /^[-—_/\\*]+$/;

/** What readDirectionColumn gives for an absent or empty symbol column. */
const NO_DIRECTION_COLUMN: DirectionColumn = Object.freeze({ direction: null, raw: null, needsNormalising: false, declared: null });
/** What readDirectionColumn gives for a column holding one symbol character (≥, >, ≧ …). */
const SYMBOL_COLUMNS: ReadonlyMap<string, DirectionColumn> = new Map(
  Object.entries(SYMBOL_CHARS).map(([ch, direction]) => [ch, Object.freeze({ direction, raw: ch, needsNormalising: ch !== direction, declared: null })]),
);

/** readDirectionColumn, answered from constants for the usual columns (none, or one symbol). */
function directionColumn(symbol: string | null): DirectionColumn {
  if (symbol === null || symbol === '') return NO_DIRECTION_COLUMN;
  return SYMBOL_COLUMNS.get(symbol) ?? readDirectionColumn(symbol);
}

/** True for a code unit that the trimming pattern [\s\u3000] matches. */
function isTrimmed(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The text without leading and trailing white space; the text itself when it has none (most cells). */
function trimValue(input: string): string {
  if (input === '' || (!isTrimmed(input.charCodeAt(0)) && !isTrimmed(input.charCodeAt(input.length - 1)))) return input;
  return input.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Reads a whole cell as one unit (百分比, 万元, 元/人·月), or null when it is not exactly a unit. */
function readUnitCell(text: string): UnitMatch | null {
  const match = readUnit(text, foldWidth(text), 0);
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
  // The joined form has hyphens (after folding: '－' is one too); most values have none.
  if (!raw.includes('-') && !raw.includes('－')) return null;
  const m = JOINED.exec(foldWidth(raw));
  if (!m) return null;
  const symbol = raw.slice(0, m[1]!.length);
  const unit = raw.slice(raw.length - m[3]!.length);
  if (readDirectionColumn(symbol).direction === null || readUnitCell(unit) === null) return null;
  return { raw: m[2]!, symbol, unit };
}

/** Applies the separate unit column: fills a missing unit, or records a conflict with the value's own unit. */
function applyUnitColumn(value: ParsedValue, column: string | null | undefined, shortcuts: boolean): void {
  const text = (column ?? '').trim();
  if (text === '' || NO_UNIT.test(text)) return;
  // A cell that is exactly one plain unit spelling (%, 人次, 万元) is that unit without running the reader.
  const cell: { unit: string; unitClass: UnitMatch['unitClass'] } | null = (shortcuts ? wholeUnit(text) : undefined) ?? readUnitCell(text);
  if (value.unit !== null) {
    value.unitConflict = cell !== null && cell.unit !== value.unit;
    return;
  }
  // An unknown unit cell is kept as written, with no class: a rule can still show it.
  value.unit = cell?.unit ?? text;
  value.unitRaw = text;
  value.unitClass = cell?.unitClass ?? null;
  value.unitSource = 'column';
}

/** Reads the value's own direction at the start (symbols, runs or words, after 约). Returns the position after it. */
function readLead(value: ParsedValue, raw: string, folded: string): number {
  let pos = 0;
  const approxPrefix = APPROXIMATE_PREFIXES.find((p) => folded.startsWith(p));
  if (approxPrefix) {
    value.approximate = true;
    pos = skipSpaces(folded, approxPrefix.length);
  }
  const lead = readLeadingDirection(raw, pos, folded);
  if (!lead) return pos;
  value.direction = lead.direction;
  value.directionRaw = lead.raw;
  value.directionSource = lead.source;
  value.directionNeedsNormalising = lead.needsNormalising;
  const afterSpaces = skipSpaces(folded, pos + lead.length);
  // A space between the symbol and the number is one of the things R-VAL-08 normalises.
  if (afterSpaces > pos + lead.length && lead.source === 'symbol') value.directionNeedsNormalising = true;
  return afterSpaces;
}

/** Parses the value text itself (everything but the separate columns) into `value`. */
function readBody(value: ParsedValue, raw: string, shortcuts: boolean): void {
  if (raw === '') return;
  // Most values are ≥95%, 1704人次 or a bare number beside separate columns.
  if (shortcuts && readSimpleBody(value, raw)) return;
  // 达到预期目标 starts with the direction word 达到: recognise whole graded grades first.
  if (!STARTS_QUANTITY.test(raw) && isGradedQualitative(raw)) {
    value.kind = 'qualitative';
    value.qualitative = matchQualitative(raw);
    return;
  }
  const folded = foldWidth(raw);
  const pos = readLead(value, raw, folded);
  if (pos >= raw.length) {
    value.kind = 'empty';
    return;
  }
  const date = readDate(raw, pos, folded);
  if (date) {
    value.kind = 'date';
    value.date = { year: date.year, month: date.month, day: date.day, bound: date.bound };
    value.tail = cleanTail(raw.slice(pos + date.length));
    return;
  }
  if (readQuantity(value, raw, folded, pos)) return;
  value.qualitative = matchQualitative(raw.slice(pos));
  value.kind = value.qualitative ? 'qualitative' : 'text';
}

/**
 * Parses a 指标值. `symbol` and `unit` are the separate columns or narrative fields when the layout has
 * them; the value's own direction and unit take precedence, and a differing unit column sets unitConflict.
 */
export function parseValue(input: string, opts: ParseValueOptions = {}): ParsedValue {
  return parse(input, opts, true);
}

/** parseValue without its shortcuts for common shapes: every text through the full grammar (for the tests that hold the shortcuts to it). */
export function parseValueInFull(input: string, opts: ParseValueOptions = {}): ParsedValue {
  return parse(input, opts, false);
}

/**
 * parseValue for a value of the simple shape (≥95%, 1704人次, a bare number beside its columns), or
 * null for any other: such values are read faster than a cache could look them up.
 */
export function parsePlainValue(input: string, symbol: string | null, unit: string | null): ParsedValue | null {
  const raw = trimValue(input);
  // Not the joined narrative form either: that has hyphens, which the simple shape has not.
  const end = raw === '' ? -1 : simpleDigitsEnd(raw);
  if (end < 0) return null;
  // The rest is sliced and looked up once, here, and handed on.
  const rest = simpleRestUnit(raw, end);
  if (rest === undefined) return null;
  const value = emptyValue(raw);
  applyColumns(value, symbol, true);
  fillSimpleBody(value, raw, end, rest);
  return finish(value, unit, true);
}

function parse(input: string, opts: ParseValueOptions, shortcuts: boolean): ParsedValue {
  let raw = trimValue(input);
  let symbol = opts.symbol ?? null;
  let unitColumn = opts.unit ?? null;
  if ((symbol ?? '').trim() === '' && (unitColumn ?? '').trim() === '') {
    const joined = splitJoined(raw);
    if (joined) ({ raw, symbol, unit: unitColumn } = joined);
  }

  const value = emptyValue(raw);
  applyColumns(value, symbol, shortcuts);
  readBody(value, raw, shortcuts);
  return finish(value, unitColumn, shortcuts);
}

/** Sets the direction and declared type from the symbol column (before the body, whose own direction wins). */
function applyColumns(value: ParsedValue, symbol: string | null, shortcuts: boolean): void {
  const column = shortcuts ? directionColumn(symbol) : readDirectionColumn(symbol);
  value.declaredType = column.declared;
  if (column.direction) {
    value.direction = column.direction;
    value.directionRaw = column.raw;
    value.directionSource = 'column';
    value.directionNeedsNormalising = column.needsNormalising;
  }
}

/**
 * yuanFactorOf for the lexicon's own money units (元, 万元 …), worked out once: yuanFactorOf splits its
 * argument at '/' on every call, and most money values carry one of these.
 */
const MONEY_UNIT_FACTORS: ReadonlyMap<string, number | null> = new Map(
  UNIT_ENTRIES.filter((e) => e.unitClass === 'money').map((e) => [e.unit, yuanFactorOf(e.unit)]),
);

function moneyFactor(unit: string): number | null {
  const known = MONEY_UNIT_FACTORS.get(unit);
  return known !== undefined ? known : yuanFactorOf(unit);
}

/** After the body: the unit column, the amount in 元, durations, isNumeric. */
function finish(value: ParsedValue, unitColumn: string | null, shortcuts: boolean): ParsedValue {
  applyUnitColumn(value, unitColumn, shortcuts);
  const yuanFactor = value.unitClass === 'money' && value.unit !== null ? moneyFactor(value.unit) : null;
  if (value.number !== null && yuanFactor !== null) value.moneyYuan = value.number * yuanFactor;
  if (value.kind === 'quantity' && value.unitClass === 'time' && value.number !== null && value.unit !== null) {
    value.kind = 'duration';
    value.duration = { amount: value.number, unit: value.unit };
  }
  value.isNumeric = value.number !== null;
  return value;
}
