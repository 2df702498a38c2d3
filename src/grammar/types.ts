// The shape every rule sees for a 指标值: the result of the one value grammar (parseValue).
import type { DeclaredType, Direction } from '../lexicon/directions.js';
import type { QualitativeMatch } from '../lexicon/qualitative.js';
import type { UnitClass } from '../lexicon/units.js';
import type { DateValue } from './date.js';

export type { DateBound, DateValue } from './date.js';
export type { DeclaredType, Direction } from '../lexicon/directions.js';
export type { UnitClass } from '../lexicon/units.js';

/**
 * quantity: a number (with or without unit); range: two numbers (90%-95%); date: a deadline or point in
 * time; duration: a number with a time unit (≤15个工作日); qualitative: graded or vague words;
 * empty: nothing given; text: anything else (见方案, -).
 */
export type ValueKind = 'quantity' | 'range' | 'date' | 'duration' | 'qualitative' | 'empty' | 'text';

export interface ParsedValue {
  /** The value as given (trimmed). Joined narrative forms such as '≥-95.00-百分比' are split first. */
  raw: string;
  kind: ValueKind;

  /** Normalised direction, from the value itself or else from the separate symbol column. */
  direction: Direction | null;
  /** The direction as written: '>=', '＞＝', '≧', '不低于', '以内' … */
  directionRaw: string | null;
  /** Where the direction came from: a symbol, a prefix word, a suffix word (以上), or the symbol column. */
  directionSource: 'symbol' | 'word' | 'suffix' | 'column' | null;
  /** Written in a non-canonical symbol form (>=, ＞＝, ≧, ≥≥) or with stray spaces before the number. Words do not count. */
  directionNeedsNormalising: boolean;
  /** The symbol column declared a value type instead of a direction: 定性, 定量（其他）, 不适用. */
  declaredType: DeclaredType | null;
  /** Written with 约 / 左右: an approximate value, which has no direction. */
  approximate: boolean;

  /** The value with Chinese numerals, 万/亿 multipliers and thousands separators resolved; negative when written with '-'. */
  number: number | null;
  /** Upper bound of a range (90%-95% → 95); null otherwise. */
  numberMax: number | null;
  /** The number as written. */
  numberRaw: string | null;

  /** Normalised unit: '%' for %/％/百分比, '万元', '元/人·月', '人次', '个', '天', '公里' … */
  unit: string | null;
  /** The unit as written. */
  unitRaw: string | null;
  unitClass: UnitClass | null;
  /** Where the unit came from: the value text or the separate unit column. */
  unitSource: 'value' | 'column' | null;
  /** The value carries a unit and the unit column names a different one (95% with column 人). */
  unitConflict: boolean;
  /** For money: the amount in 元 (万元 ×1e4, 亿元 ×1e8; per-unit money such as 元/人 is also in 元). */
  moneyYuan: number | null;

  date: DateValue | null;
  duration: { amount: number; unit: string } | null;
  qualitative: QualitativeMatch | null;

  /** Leftover text after number(+unit) that is neither unit nor direction word, e.g. '安全生产' in '≥95安全生产'; '' when none. */
  tail: string;
  /** A number was found. */
  isNumeric: boolean;
}
