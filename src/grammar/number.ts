// Reads one number at a position: Arabic (1,234.56, full-width), Chinese (一百二十, 两千, 三万五千, 三点五) and 万/亿 multipliers (1.5万).
import { foldWidth } from './fold.js';

export interface NumberMatch {
  /** The value with numerals, multipliers and separators resolved (1.5万 → 15000). */
  value: number;
  /** Characters consumed from `start`. */
  length: number;
  /** The consumed text as written. */
  raw: string;
  /** Which numerals were used: 'arabic' (95, 1,234.56), 'chinese' (一百二十), 'mixed' (1.5万, 3万5千). */
  form: 'arabic' | 'chinese' | 'mixed';
  /** True when thousands separators were read (1,234.56). */
  grouped: boolean;
}

export interface ReadNumberOptions {
  /**
   * Called before a multiplier character (十 百 千 万 亿) is consumed. Return true when a unit starts
   * there, so that 50万元 reads as 50 + 万元, 95百分比 as 95 + 百分比 and 3千米 as 3 + 千米.
   */
  isUnitAt?: (text: string, index: number) => boolean;
}

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8 };

/**
 * Words that begin with a numeral but are not numbers. Without this list 一般 would read as 1 and
 * 一次性 as 1 次.
 */
const NON_NUMERAL_WORDS: readonly string[] = [
  '一般', '一致', '一定', '一体', '一流', '一律', '一次性', '一些', '一直', '一样', '一切', '一线', '一站式', '一把手',
  '一起', '一并', '一度', '一旦', '一时', '一村一品', '一事一议', '一户一档', '十分', '万一', '百姓', '千方百计',
  '千家万户', '三农', '三公', '三资', '三务', '两委', '两学一做', '三会一课', '四风', '五保', '两不愁三保障', '零星',
];

/** First characters of NON_NUMERAL_WORDS: most numbers start elsewhere and skip the word scan. */
const NON_NUMERAL_FIRSTS: ReadonlySet<string> = new Set(NON_NUMERAL_WORDS.map((w) => w[0]!));

/** Arabic number with optional thousands groups and decimals, on folded text. */
const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/** The default isUnitAt: no unit starts anywhere. */
function noUnitAt(): boolean {
  return false;
}

/** Finds the multiplier value of a Chinese unit character, or 0. */
function multiplierOf(ch: string): number {
  return SMALL_UNITS[ch] ?? BIG_UNITS[ch] ?? 0;
}

/**
 * Reads a number starting exactly at `start`. Returns null when no number starts there.
 * Trailing colloquial digits are scaled (三千五 → 3500, 一万五 → 15000); a digit-only Chinese run
 * is read digit by digit (二〇二五 → 2025). `folded` is foldWidth(text), passed by callers that have it.
 */
export function readNumber(text: string, start = 0, options: ReadNumberOptions = {}, folded = foldWidth(text)): NumberMatch | null {
  if (NON_NUMERAL_FIRSTS.has(folded[start] ?? '') && NON_NUMERAL_WORDS.some((w) => folded.startsWith(w, start))) return null;
  const isUnitAt = options.isUnitAt ?? noUnitAt;

  let i = start;
  let big = 0; // everything already multiplied by 万 or 亿
  let section = 0; // the part below 万 built from 十/百/千
  let current: number | null = null; // the pending digit or Arabic number
  let lastWasDigit = false;
  let lastUnit = 0; // multiplier of the unit just before the pending digit
  let sawUnit = false;
  let sawZero = false;
  let sawArabic = false;
  let sawChinese = false;
  let sawDigit = false;
  let grouped = false;

  while (i < folded.length) {
    const ch = folded[i]!;
    const arabic = ch >= '0' && ch <= '9' ? ARABIC.exec(folded.slice(i)) : null;
    if (arabic) {
      // An Arabic number directly after another digit (三5) is not one number.
      if (lastWasDigit) break;
      const hasGroups = arabic[0].includes(',');
      current = Number(hasGroups ? arabic[0].replace(/,/g, '') : arabic[0]);
      grouped ||= hasGroups;
      sawArabic = sawDigit = lastWasDigit = true;
      i += arabic[0].length;
      continue;
    }
    const digit = DIGIT_VALUES[ch];
    if (digit !== undefined) {
      if (sawArabic && lastWasDigit) break;
      if (lastWasDigit && current !== null && !sawUnit) current = current * 10 + digit; // 二〇二五
      else current = digit; // after 零 the next digit replaces it: 一百零五
      if (digit === 0 && sawUnit) sawZero = true;
      sawChinese = sawDigit = lastWasDigit = true;
      i += 1;
      continue;
    }
    if (ch === '点' && sawChinese && current !== null && DIGIT_VALUES[folded[i + 1] ?? ''] !== undefined) {
      let j = i + 1;
      let decimals = '';
      while (j < folded.length && DIGIT_VALUES[folded[j]!] !== undefined) {
        decimals += String(DIGIT_VALUES[folded[j]!]);
        j += 1;
      }
      current = Number(`${current}.${decimals}`);
      i = j;
      lastWasDigit = false;
      continue;
    }
    const mult = multiplierOf(ch);
    if (mult === 0) break;
    // After a Chinese digit, 十/百/千 belong to the numeral (两千元 is 2000 元, not 2 千元), except in 百分比/千分比.
    const insideChineseNumeral = sawChinese && lastWasDigit && mult < 1e4 && !/^[百千]分/.test(folded.slice(i));
    if (!insideChineseNumeral && isUnitAt(folded, i)) break;
    if (mult < 1e4) {
      // 十 may open a number (十二); 百/千 need a digit before them (5千, 三百), 十 never follows Arabic.
      if (current === null && !(mult === 10 && !sawDigit && section === 0 && big === 0)) break;
      if (sawArabic && lastWasDigit && mult === 10) break;
      section += (current ?? 1) * mult;
    } else {
      if (current === null && section === 0 && big === 0) break;
      if (mult === 1e8) big = (big + section + (current ?? 0)) * mult;
      else big += (section + (current ?? 0)) * mult;
      section = 0;
    }
    current = null;
    lastUnit = mult;
    sawUnit = true;
    lastWasDigit = false;
    i += 1;
  }

  if (!sawDigit && section === 0) return null;
  if (current !== null && lastWasDigit && lastUnit >= 100 && !sawZero && sawUnit) {
    current *= lastUnit / 10; // 三千五 → 3000 + 500
  }
  const value = big + section + (current ?? 0);
  const form = sawArabic ? (sawUnit || sawChinese ? 'mixed' : 'arabic') : 'chinese';
  return { value, length: i - start, raw: text.slice(start, i), form, grouped };
}

/** Reads a whole string as one number, or null when anything else is left. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  const match = readNumber(trimmed, 0);
  return match && match.length === trimmed.length ? match.value : null;
}
