// Splits a flattened narrative indicator list ("数量指标-…-≥-95-百分比-…，时效指标-…。") into entries.
import type { Indicator } from '../../model/document.js';
import type { TextLine } from '../lines.js';
import { parseEntry } from './entry.js';

/** A 二级指标 label as it opens an entry: 数量指标, 可持续影响力指标, 服务对象满意度, 满意度 … */
export function isSecondLevelLabel(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,12}$/.test(text) && /(?:指标|满意度)$/.test(text);
}

const LINE_START = /^\s*([\u4e00-\u9fff]{2,12})\s*[-－]/;

/**
 * A comma starts a new entry only when a 二级 label and a hyphen follow it. Names themselves
 * contain commas ("保证企业安全运行，增加企业经济效益-"), so splitting on every comma would
 * cut entries in half; such inner parts never end in 指标/满意度 right before a hyphen.
 */
const SEPARATOR = /[，,]\s*(?=([\u4e00-\u9fff]{2,12})\s*[-－])/g;

const TRAILING = /[\s。．.；;，,]+$/;

/** True when the line is an indicator list: it opens with a 二级 label, a hyphen, and has further fields. */
export function isIndicatorListLine(text: string): boolean {
  const m = LINE_START.exec(text);
  if (!m || !isSecondLevelLabel(m[1]!)) return false;
  // A second hyphen: the match ends with the first (none comes before it), so look after it, without listing them all.
  const after = m[0].length;
  return text.indexOf('-', after) >= 0 || text.indexOf('－', after) >= 0;
}

/** String index ranges [start, end) of the entries of a list line, trailing punctuation and whitespace removed. */
export function splitEntries(text: string): Array<{ start: number; end: number }> {
  const cuts: number[] = [];
  for (const m of text.matchAll(SEPARATOR)) {
    if (isSecondLevelLabel(m[1]!)) cuts.push(m.index);
  }
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const cut of cuts) {
    ranges.push({ start, end: cut });
    start = cut + 1;
  }
  const tail = text.slice(start).replace(TRAILING, '');
  ranges.push({ start, end: start + tail.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim() !== '');
}

/** All indicators of one list line, in order. */
export function parseIndicatorList(line: TextLine): Indicator[] {
  return splitEntries(line.text).map((r) => parseEntry(line, r.start, r.end));
}
