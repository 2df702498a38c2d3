// Reads dates and deadlines (domain-rules §3.4 DATE): 2025年11月底前, 11月底前, 年底前, 年内, 当年, 2025年12月31日前, 三季度末.
import { foldWidth } from './fold.js';
import { readMonthNumber } from './month.js';
import { readNumber } from './number.js';

/**
 * before: a deadline written with 前 (11月底前); by: a point written without 前 (12月底, 12月完成);
 * within: a period (年内, 当年, 三个月内 is a duration, not a date).
 */
export type DateBound = 'before' | 'by' | 'within';

export interface DateValue {
  year: number | null;
  month: number | null;
  day: number | null;
  bound: DateBound | null;
}

export interface DateMatch extends DateValue {
  /** Characters consumed. */
  length: number;
  raw: string;
}

const NUMERIC_DATE = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})日?/;
const ARABIC_YEAR = /^((?:19|20)\d{2})年/;
const CHINESE_YEAR = /^([〇零一二三四五六七八九]{4})年/;
const MONTH = /^(\d{1,2}|十[一二]?|[一二两三四五六七八九])月份?/;
const DAY = /^(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/;
const QUARTER = /^第?([一二三四1-4])季度(?:末|底)?/;
/** Words for "within the year"; 年度 only after a year (2025年度), see below. */
const WITHIN_YEAR = /^(?:本年度内|本年度|当年度|当年内|当年|本年内|本年|年度内|年内|全年)/;
const YEAR_END = /^年(?:底|末|终)/;
const HALF_YEAR: readonly (readonly [string, number])[] = [['上半年', 6], ['下半年', 12], ['年中', 6]];
const BOUND_BEFORE = /^(?:之前|以前|前)(?:完成|完工|办结)?/;
const BOUND_WITHIN = /^(?:以内|之内|内)(?:完成|完工|办结)?/;
const BOUND_BY = /^(?:完成|完工|办结|竣工)/;

const CHINESE_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

function chineseYear(digits: string): number {
  return Number([...digits].map((d) => CHINESE_YEAR_DIGITS[d] ?? '').join(''));
}

/**
 * True when the text starts with Arabic digits that no date pattern can go on from: after the digits
 * comes 年 or a separator (four digits: 2025年, 2025-06-30), 月 (one or two: 12月) or 季 (one: 3季度).
 * Most values (95%, 300人次) are ruled out here without trying every pattern.
 */
function digitsRuleOutDate(folded: string, start: number): boolean {
  let end = start;
  while (end < folded.length && folded.charCodeAt(end) >= 0x30 && folded.charCodeAt(end) <= 0x39) end += 1;
  return digitCountRulesOutDate(end - start, folded[end]);
}

/** digitsRuleOutDate for a run of `digits` Arabic digits followed by `next` (undefined at the end), for callers that have counted them. */
export function digitCountRulesOutDate(digits: number, next: string | undefined): boolean {
  if (digits === 0) return false;
  if (digits === 4) return !(next === '年' || next === '-' || next === '/' || next === '.');
  if (digits <= 2 && next === '月') return false;
  return !(digits === 1 && next === '季');
}

/** Reads a date or deadline starting exactly at `start`; null when none starts there. `folded` is foldWidth(text) when the caller has it. */
export function readDate(text: string, start = 0, folded = foldWidth(text)): DateMatch | null {
  if (digitsRuleOutDate(folded, start)) return null;
  const rest = folded.slice(start);
  let pos = 0;
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let pointBound: DateBound | null = null; // bound implied by the body itself (底 → by, 年内 → within)

  const numeric = NUMERIC_DATE.exec(rest);
  if (numeric) {
    const m = Number(numeric[2]);
    const d = Number(numeric[3]);
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    year = Number(numeric[1]);
    month = m;
    day = d;
    pos = numeric[0].length;
  } else {
    const y = ARABIC_YEAR.exec(rest) ?? CHINESE_YEAR.exec(rest);
    if (y) {
      year = /\d/.test(y[1]!) ? Number(y[1]) : chineseYear(y[1]!);
      pos = y[0].length;
      if (rest.startsWith('度内', pos)) {
        pos += 2;
        pointBound = 'within';
      } else if (rest.startsWith('度', pos)) pos += 1;
    }
    const body = rest.slice(pos);
    const half = HALF_YEAR.find(([word]) => body.startsWith(word));
    const quarter = QUARTER.exec(body);
    const within = WITHIN_YEAR.exec(body);
    const monthMatch = MONTH.exec(body);
    if (year !== null && /^(?:底|末|终)/.test(body)) {
      month = 12;
      pointBound = 'by';
      pos += 1;
    } else if (YEAR_END.test(body)) {
      month = 12;
      pointBound = 'by';
      pos += 2;
    } else if (half) {
      month = half[1];
      pointBound = 'by';
      pos += half[0].length;
    } else if (quarter) {
      month = (readMonthNumber(quarter[1]!) ?? 0) * 3;
      pointBound = 'by';
      pos += quarter[0].length;
    } else if (within) {
      pointBound = 'within';
      pos += within[0].length;
    } else if (monthMatch) {
      month = readMonthNumber(monthMatch[1]!);
      if (month === null) return null;
      pos += monthMatch[0].length;
      const dayMatch = DAY.exec(rest.slice(pos));
      if (dayMatch) {
        day = readNumber(dayMatch[1]!)?.value ?? null;
        if (day === null || day < 1 || day > 31) return null;
        pos += dayMatch[0].length;
      }
      const part = /^(?:底|末|初|上旬|中旬|下旬)/.exec(rest.slice(pos));
      if (part) {
        if (part[0] === '底' || part[0] === '末') pointBound = 'by';
        pos += part[0].length;
      }
    } else if (year === null) {
      return null;
    }
  }

  const tail = rest.slice(pos);
  const before = BOUND_BEFORE.exec(tail);
  const inside = before ? null : BOUND_WITHIN.exec(tail);
  const by = before || inside ? null : BOUND_BY.exec(tail);
  const boundMatch = before ?? inside ?? by;
  const bound: DateBound | null = before ? 'before' : inside ? 'within' : by ? 'by' : pointBound;
  if (boundMatch) pos += boundMatch[0].length;
  return { year, month, day, bound, length: pos, raw: text.slice(start, start + pos) };
}
