// Indicator facts about impossible or empty targets (R-VAL-12/13/14): percentages beyond 100, "≥100%" on a bounded rate, targets that are always met.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import type { ParsedValue } from '../../grammar/value.js';
import type { Indicator } from '../../model/index.js';
import { nameClauses } from '../../classify/name-terms.js';
import { UNBOUNDED_RATE_WORDS } from '../../lexicon/name-unit-expectations.js';
import { filedLevel2 } from './indicator-labels.js';
import { SLOT } from './name-analysis.js';
import { level3Analysis, rowTarget } from './indicator-readings.js';

/** Growth and increase rates (增长率, 提升率, 增幅) may pass 100%: the bounds rules leave them alone. */
export function isUnboundedRate(name: string): boolean {
  const text = nameClauses(name).join('');
  return UNBOUNDED_RATE_WORDS.some((w) => text.includes(w));
}

/** isUnboundedRate of the name as written, kept with the name's other readings in the per-linter text cache. */
function unboundedName(s: IndicatorSubject, ctx: FactContext): boolean {
  return level3Analysis(ctx, s.indicator).get(SLOT.unboundedRate, isUnboundedRate);
}

/** The value half of R-VAL-12: a percentage above 100 or a permille above 1000. */
function passesWhole(v: ParsedValue): boolean {
  if (v.number === null) return false;
  const top = Math.max(v.number, v.numberMax ?? v.number);
  if (v.unit === '%') return top > 100;
  if (v.unit === '‰') return top > 1000;
  return false;
}

/** R-VAL-12: a percentage above 100 (or a permille above 1000) on a rate that cannot pass the whole. */
export function outOfRange(v: ParsedValue, name: string): boolean {
  return passesWhole(v) && !isUnboundedRate(name);
}

export const percentOutOfRange = defineFact({
  name: 'percentOutOfRange', scope: 'indicator', type: 'boolean',
  description: '百分比指标值超过100%（千分比超过1000‰）；增长率、提升率、增幅等可超过100%的不算',
  // The value is checked first: most values pass nothing, and then the name need not be read.
  compute: (s, ctx) => passesWhole(rowTarget(s, ctx)) && !unboundedName(s, ctx),
});

/** The value half of R-VAL-13: exactly 100 % with ≥ or >. */
function atLeastWhole(v: ParsedValue): boolean {
  return v.unit === '%' && v.kind === 'quantity' && v.number === 100 && (v.direction === '≥' || v.direction === '>');
}

/** R-VAL-13: "≥100%" or ">100%" on a bounded rate, where only "=100%" can be met. */
export function percentAtLeastWhole(v: ParsedValue, name: string): boolean {
  return atLeastWhole(v) && !isUnboundedRate(name);
}

export const percentGe100 = defineFact({
  name: 'percentGe100', scope: 'indicator', type: 'boolean',
  description: '有上限的比率写成“≥100%”或“>100%”（增长率等除外）',
  compute: (s, ctx) => atLeastWhole(rowTarget(s, ctx)) && !unboundedName(s, ctx),
});

/**
 * R-VAL-14: a target that is met whatever happens: "≥0" anywhere, or "≥1" person, item or year as the
 * standard of a 质量/时效 indicator (维持时效 ≥1年, 按时发放 ≥1人/年). A count of 1 under 数量 is a real
 * target (建成1座) and is not reported.
 */
export function degenerateTarget(v: ParsedValue, filed: string | null): string {
  return degenerateReason(v, filed, rawOf, null);
}

const rawOf = (v: ParsedValue): string => v.raw;

/** The value as written (symbol, value and unit columns together), or as parsed when those are empty. */
const asWritten = (v: ParsedValue, i: Indicator | null): string =>
  [i!.symbol?.text, i!.target?.text, i!.unit?.text].filter(Boolean).join('') || v.raw;

/**
 * degenerateTarget quoting the value as `shown(v, row)` says, asked only when there is something to
 * report (the row is passed through so the fact builds no closure per row).
 */
function degenerateReason(v: ParsedValue, filed: string | null, shown: (v: ParsedValue, row: Indicator | null) => string, row: Indicator | null): string {
  if (v.number === null || (v.kind !== 'quantity' && v.kind !== 'duration')) return '';
  if (v.direction === '≥' && v.number === 0) return `“${shown(v, row)}”总能达到`;
  const small = v.number >= 0 && v.number <= 1;
  const countLike = v.unitClass === 'count' || v.unitClass === 'people' || v.unitClass === 'time';
  if ((v.direction === '≥' || v.direction === '>') && small && countLike && (filed === 'QUAL' || filed === 'TIME')) {
    return `${filed === 'QUAL' ? '质量' : '时效'}指标写“${shown(v, row)}”几乎总能达到，不能反映${filed === 'QUAL' ? '质量标准' : '完成时限'}`;
  }
  return '';
}

export const degenerateValueReason = defineFact({
  name: 'degenerateValueReason', scope: 'indicator', type: 'string',
  description: '指标值形同虚设的说明（“≥0”，或质量、时效指标写“≥1人”“≥1年”）；否则为空字符串',
  compute(s, ctx) {
    const v = rowTarget(s, ctx);
    // Both findings need a ≥ or > before a number: most values are settled before the filed 二级 is read.
    if (v.number === null || (v.direction !== '≥' && v.direction !== '>')) return '';
    // The value as written (symbol, value and unit columns together) is only put together for a message.
    return degenerateReason(v, filedLevel2(s, ctx), asWritten, s.indicator);
  },
});

export const VALUE_BOUNDS_FACTS = [percentOutOfRange, percentGe100, degenerateValueReason];
