// Indicator facts about the 指标值: its parsed form (direction, number, unit), money ceilings and echoed names.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { valueAsWritten } from '../subjects.js';
import { isMoneyCeiling, type ParsedValue } from '../../grammar/value.js';
import { echoesName, type EchoResult } from '../../classify/similarity.js';
import type { Indicator } from '../../model/index.js';
import { sharedParseValue } from './value-cache.js';

/** The value parsed once per indicator per document. */
export function parsedTarget(s: IndicatorSubject, ctx: FactContext): ParsedValue {
  return indicatorTarget(s.indicator, ctx);
}

/** A document's parsed values by indicator (the memo's table maker: one function, no closure per lookup). */
function newTargetTable(): Map<Indicator, ParsedValue> {
  return new Map();
}

/**
 * An indicator's 指标值 parsed once per document, whichever fact (indicator or project scope) asks first.
 * Read from its own table rather than through perObject: it is asked ~2,000 times a document, and a
 * compute closure over ctx would be allocated on every ask.
 */
export function indicatorTarget(indicator: Indicator, ctx: FactContext): ParsedValue {
  const table = ctx.memo('indicator-value:target', newTargetTable);
  let value = table.get(indicator);
  if (value === undefined) {
    // The same value texts recur across a bureau's files: sharedParseValue parses each combination once per linter.
    value = sharedParseValue(ctx, indicator.target?.text ?? '', indicator.symbol?.text ?? null, indicator.unit?.text ?? null);
    table.set(indicator, value);
  }
  return value;
}

/** What echoesName answers for an empty tail (most values have none): no names need gathering. */
const NO_ECHO: EchoResult = Object.freeze({ echoes: false, similarity: 0, matched: null });

function newEchoTable(): Map<Indicator, EchoResult> {
  return new Map();
}

/** The 三级 name and the description, those that are not blank (in that order): what a tail may echo. */
function echoableNames(indicator: Indicator): string[] {
  const names: string[] = [];
  const level3 = indicator.level3?.text;
  if (level3 !== undefined && level3.trim() !== '') names.push(level3);
  const description = indicator.description?.text;
  if (description !== undefined && description.trim() !== '') names.push(description);
  return names;
}

/** Whether the value's tail repeats a name, once per indicator per document (its own table, as for the target). */
function echo(s: IndicatorSubject, ctx: FactContext): EchoResult {
  const table = ctx.memo('indicator-value:echo', newEchoTable);
  let found = table.get(s.indicator);
  if (found === undefined) {
    const tail = parsedTarget(s, ctx).tail;
    found = tail === '' ? NO_ECHO : echoesName(tail, echoableNames(s.indicator));
    table.set(s.indicator, found);
  }
  return found;
}

export const targetDisplay = defineFact({
  name: 'targetDisplay', scope: 'indicator', type: 'string',
  description: '指标值的完整写法（符号、数值、单位分列时合在一起）',
  compute: (s) => valueAsWritten(s.indicator),
});

export const targetKind = defineFact({
  name: 'targetKind', scope: 'indicator', type: 'string',
  description: '指标值的形式：quantity/range/date/duration/qualitative/empty/text',
  compute: (s, ctx) => parsedTarget(s, ctx).kind,
});

export const targetDirection = defineFact({
  name: 'targetDirection', scope: 'indicator', type: 'string',
  description: '指标值的方向（≥ ≤ = > <），没有方向时为空字符串',
  compute: (s, ctx) => parsedTarget(s, ctx).direction ?? '',
});

export const targetNumber = defineFact({
  name: 'targetNumber', scope: 'indicator', type: 'number',
  description: '指标值中的数值（中文数字、万/亿已换算），没有数值时为 null',
  compute: (s, ctx) => parsedTarget(s, ctx).number,
});

export const targetUnit = defineFact({
  name: 'targetUnit', scope: 'indicator', type: 'string',
  description: '指标值的规范计量单位（%、万元、人次……），没有单位时为空字符串',
  compute: (s, ctx) => parsedTarget(s, ctx).unit ?? '',
});

export const targetUnitClass = defineFact({
  name: 'targetUnitClass', scope: 'indicator', type: 'string',
  description: '计量单位的类别：percent/money/count/people/time/length/area/…，没有单位时为空字符串',
  compute: (s, ctx) => parsedTarget(s, ctx).unitClass ?? '',
});

export const targetTail = defineFact({
  name: 'targetTail', scope: 'indicator', type: 'string',
  description: '指标值中数值和单位之后多出的文字（如“≥95安全生产”中的“安全生产”）',
  compute: (s, ctx) => parsedTarget(s, ctx).tail,
});

export const targetIsMoneyCeiling = defineFact({
  name: 'targetIsMoneyCeiling', scope: 'indicator', type: 'boolean',
  description: '指标值是“≤/＜/= 金额”的形式（成本指标应有的写法）',
  compute: (s, ctx) => isMoneyCeiling(parsedTarget(s, ctx)),
});

export const costFormProblem = defineFact({
  name: 'costFormProblem', scope: 'indicator', type: 'string',
  description: '作为成本上限，指标值缺了什么：方向、金额单位或数值（说明文字）',
  compute(s, ctx) {
    const v = parsedTarget(s, ctx);
    const problems: string[] = [];
    if (v.number === null) problems.push('没有金额');
    else if (v.unitClass !== 'money') problems.push(v.unitClass === 'percent' ? '用了百分比而不是金额' : '没有金额单位');
    if (v.direction === '≥' || v.direction === '>') problems.push(`方向为“${v.direction}”`);
    else if (v.direction === null) problems.push('没有写“≤”');
    return problems.join('，') || '不是金额上限';
  },
});

export const targetEchoesName = defineFact({
  name: 'targetEchoesName', scope: 'indicator', type: 'boolean',
  description: '指标值在数值后重复了指标名称或指标描述',
  compute: (s, ctx) => echo(s, ctx).echoes,
});

export const echoedName = defineFact({
  name: 'echoedName', scope: 'indicator', type: 'string',
  description: '指标值重复的那个名称（三级指标或绩效指标描述）',
  compute: (s, ctx) => echo(s, ctx).matched ?? '',
});

export const INDICATOR_VALUE_FACTS = [
  targetDisplay, targetKind, targetDirection, targetNumber, targetUnit, targetUnitClass, targetTail,
  targetIsMoneyCeiling, costFormProblem, targetEchoesName, echoedName,
];
