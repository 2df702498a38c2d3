// Reads numbers as documents write them: Chinese counts (一…九十九), grouped amounts, money units.
import type { MoneyUnit } from '../model/document.js';

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Reads a small count written in Arabic digits or Chinese numerals (三, 十, 十二, 二十, 二十三); null otherwise. */
export function readCount(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t.length === 1 && DIGIT[t] !== undefined) return DIGIT[t]!;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[2] ? DIGIT[m[2]]! : 0);
  return null;
}

/** Reads a plain decimal amount such as "20000.00" or "12,477,818.06" (full-width digits tolerated); null when it is not one. */
export function readDecimal(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/[,，]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

const FACTOR: Record<MoneyUnit, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** Converts an amount in `unit` to 元, rounded to the cent so that 1.1 万元 is exactly 11000. */
export function toYuan(value: number, unit: MoneyUnit): number {
  return Math.round(value * FACTOR[unit] * 100) / 100;
}

/** Recognises a money unit word; null for anything else. */
export function readMoneyUnit(text: string): MoneyUnit | null {
  const t = text.trim();
  return t === '元' || t === '万元' || t === '亿元' ? t : null;
}
