// Wording of periods longer than one budget year (R-REL-04): five-year-plan periods, "three years", year ranges.

/** A marker of a multi-year period found in a text. */
export interface PeriodMatch {
  /** The words as written, e.g. 十四五期间, 三年内, 2023-2025年. */
  text: string;
  index: number;
}

/**
 * - 十四五期间 / “十四五”末 / 十五五时期: a five-year-plan period (a plan *name* alone, as in 十四五规划编制, is not a period);
 * - 三年内 / 5年来 / 两年间 / 三年累计: a span of two or more years (年内 alone is the budget year itself);
 * - 累计…三年 is covered by the span; a bare 累计 is not a period (全年累计 is annual).
 */
const PERIOD_PATTERNS: readonly RegExp[] = [
  /[“"「]?十[一二三四五六七]五[”"」]?(?:期间|时期|末|内|以来|累计|规划期(?:内|间)?)/g,
  /(?:(?<![\d.])(?:[2-9]|[1-9]\d)|[两二三四五六七八九十])\s*(?:个)?(?:年|周年)(?:内|间|期间|来|累计)/g,
];

/** A year range such as 2023-2025年 or 2021年至2025年. */
const YEAR_RANGE = /((?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|～|至|到)\s*((?:19|20)\d{2})\s*年/g;

/** First characters of the words that close a span right after 年 (三年内, 五年间, 两年期间, 5年来, 三年累计). */
export const SPAN_CLOSERS = '内间期来累';
/** What stands between the two years of a range (no character a regex class must escape but the leading -). */
export const RANGE_SEPARATORS = '-—–~～至到';
/** The middle character of a five-year plan's name (十一五 … 十七五). */
export const PLAN_NUMBERS = '一二三四五六七';

const SPAN_CLOSE = new RegExp(`年[${SPAN_CLOSERS}]`);
const RANGE_SEPARATOR = new RegExp(`[${RANGE_SEPARATORS}]`);
const PLAN_NAME = new RegExp(`十[${PLAN_NUMBERS}]五`);

/**
 * False when no pattern can match: a span needs 年 and its closing word, a range 年 and a separator, a
 * plan period its name. Most texts (a date, 年底, 全年) hold none, and three scans cost more than this look.
 */
function mayHoldPeriod(text: string): boolean {
  if (text.includes('年') && (SPAN_CLOSE.test(text) || RANGE_SEPARATOR.test(text))) return true;
  return text.includes('五') && PLAN_NAME.test(text);
}

/** Multi-year period markers in `text`, in order; a year range counts when it spans more than one year. */
export function findPeriods(text: string): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  if (!mayHoldPeriod(text)) return found;
  for (const pattern of PERIOD_PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push({ text: m[0], index: m.index });
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    if (Number(m[2]) > Number(m[1])) found.push({ text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
