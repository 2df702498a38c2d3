// Finds the fund amount in a narrative paragraph ("年初安排12477818.06元", "年初预算安排102000元").
import type { SourcedNumber } from '../../model/span.js';
import { sliceOf, type TextLine } from '../lines.js';
import { readDecimal, readMoneyUnit, toYuan } from '../numbers.js';

const NUMBER_WITH_UNIT = '(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(亿元|万元|元)';
/** The amount right after 安排 is the fund's; other amounts in the paragraph may be parts of it. */
const AFTER_ARRANGE = new RegExp(`安排(?:资金|经费)?(?:为|了)?\\s*${NUMBER_WITH_UNIT}`, 'd');
/** Fallback: the first amount with a money unit that is not glued to a preceding digit or year. */
const ANY_AMOUNT = new RegExp(`(?<![\\d.])${NUMBER_WITH_UNIT}`, 'd');

/** The fund amount of the paragraph line, searched from string index `from`, normalised to 元; null when absent. */
export function findAmount(line: TextLine, from = 0): SourcedNumber | null {
  const rest = line.text.slice(from);
  const m = AFTER_ARRANGE.exec(rest) ?? ANY_AMOUNT.exec(rest);
  if (!m?.indices) return null;
  const [numStart] = m.indices[1]!;
  const [, unitEnd] = m.indices[2]!;
  const value = readDecimal(m[1]!);
  const unit = readMoneyUnit(m[2]!);
  const raw = sliceOf(line, from + numStart, from + unitEnd);
  if (value === null || unit === null || raw === null) return null;
  return { value: toYuan(value, unit), raw: raw.text, span: raw.span };
}
