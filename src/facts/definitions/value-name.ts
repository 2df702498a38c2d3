// Indicator facts relating the 三级 name to its value (R-VAL-03/04/11): a value written into the name, a name that is an aim, a unit the name contradicts.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { nameClauses } from '../../classify/name-terms.js';
import { foldWidth } from '../../grammar/fold.js';
import { readDate } from '../../grammar/date.js';
import { readNumber } from '../../grammar/number.js';
import { readUnit } from '../../grammar/unit-reader.js';
import { isCategoryLabel } from '../../lexicon/categories.js';
import { GOAL_VERBS, TRAILING_AIM_WORDS, endsWithMeasure, goalStatementReason } from '../../lexicon/goal-verbs.js';
import { EXTRA_GOAL_VERBS } from '../../lexicon/goal-verbs-extra.js';
import { NAME_MEASURE_RULES, NOT_MEASURE_ENDINGS } from '../../lexicon/name-unit-expectations.js';
import type { ParsedValue } from '../../grammar/value.js';
import type { Indicator } from '../../model/index.js';
import { indicatorLevel2 } from './indicator-labels.js';
import { SLOT } from './name-analysis.js';
import { level3Analysis, rowTarget } from './indicator-readings.js';

const nameOf = (s: IndicatorSubject) => s.indicator.level3?.text.trim() ?? '';
const DIRECTION_CHARS = new Set([...'≥≤><=＞＜＝≧≦']);
/** What may follow a value at the end of a name: a bracketed note, punctuation and closing brackets. */
const END_OF_NAME = /^\s*(?:[（(][^（()）]*[)）])?[\s)）\]】。.,，;；]*$/u;

/**
 * R-VAL-03: a number with a unit written into the name (村组干部230人, 培训500人次), with any direction
 * sign before it. Dates (12月底前, 2025年度), numbers glued to Latin letters (PM2.5, 5G) and numbers after
 * 第 are not values. A quantity in the middle of the name that defines the measure (3天内办结率,
 * 24小时响应率) is only reported when it equals the target.
 */
export function embeddedValue(name: string, targetNumber: number | null): string {
  const folded = foldWidth(name);
  for (let i = 0; i < folded.length; i++) {
    if (!/\d/.test(folded[i]!)) continue;
    const before = folded[i - 1] ?? '';
    if (/[\d.A-Za-z]/.test(before) || before === '第') continue;
    const date = readDate(name, i);
    if (date) {
      i += date.length - 1;
      continue;
    }
    const number = readNumber(name, i);
    if (!number) continue;
    let end = i + number.length;
    while (folded[end] === ' ') end += 1;
    const unit = readUnit(name, folded, end);
    if (!unit) {
      i = end - 1;
      continue;
    }
    const isYear = unit.unit === '年' && Number.isInteger(number.value) && number.value >= 1900 && number.value <= 2100;
    end += unit.length;
    const atEnd = END_OF_NAME.test(folded.slice(end));
    if (!isYear && (atEnd || number.value === targetNumber)) {
      const start = DIRECTION_CHARS.has(before) ? i - 1 : i;
      return name.slice(start, end);
    }
    i = end - 1;
  }
  return '';
}

/** Whether the trimmed name has a digit at all (after folding): embeddedValue reads nothing in a name without one. */
const readHasDigit = (text: string): boolean => /\d/.test(foldWidth(text.trim()));

export const nameEmbeddedValue = defineFact({
  name: 'nameEmbeddedValue', scope: 'indicator', type: 'string',
  description: '三级指标名称中写入的数值和单位（如“村组干部230人”中的“230人”）；名称末尾的，或与指标值数值相同的才算；没有时为空字符串',
  compute: (s, ctx) => (level3Analysis(ctx, s.indicator).get(SLOT.hasDigit, readHasDigit) ? embeddedValue(nameOf(s), rowTarget(s, ctx).number) : ''),
});

/**
 * The verb of `verbs` that opens the first clause opening with one. A loop rather than a mapped list
 * searched with find: that list holds strings and undefined, its element kind varies from name to name,
 * and the find reading it was deoptimised on each new kind.
 */
function firstLeadingVerb(clauses: readonly string[], verbs: readonly string[]): string | undefined {
  for (const c of clauses) {
    const verb = verbs.find((v) => c.startsWith(v));
    if (verb !== undefined) return verb;
  }
  return undefined;
}

export type GoalReason = 'leading-verb' | 'trailing-aim' | 'abstract-benefit';

/** 经济效益增长率, 社会效益提升率: "benefit" itself has no unit of account, so its growth cannot be counted. */
const ABSTRACT_BENEFIT = /^(?:经济|社会|生态|环境|生态环境|综合|整体)?效益(?:增长|提升|提高|增值|增加)率?$/u;

/**
 * R-VAL-04: why the name reads as an aim rather than a measure: a leading goal verb (提高劳动效率), a
 * trailing change or judgement word (社会效益显著), or the growth of an abstract "benefit"
 * (社会效益增长率). Category names alone (生态效益指标) are left to the structure rules.
 */
export function goalReason(name: string): { reason: GoalReason; word: string } | null {
  if (name.trim() === '' || isCategoryLabel(name)) return null;
  const clauses = nameClauses(name);
  const text = clauses.join('');
  if (ABSTRACT_BENEFIT.test(text)) return { reason: 'abstract-benefit', word: text };
  const reason = goalStatementReason(name);
  if (reason === 'leading-verb') {
    const verb = firstLeadingVerb(clauses, GOAL_VERBS);
    return { reason, word: verb ?? '' };
  }
  // The verbs of goal-verbs-extra.ts, under the same condition: no measure at the end of the name.
  const extra = endsWithMeasure(name) ? undefined : firstLeadingVerb(clauses, EXTRA_GOAL_VERBS);
  if (extra) return { reason: 'leading-verb', word: extra };
  if (reason === 'trailing-aim') {
    const last = clauses.at(-1) ?? '';
    return { reason, word: TRAILING_AIM_WORDS.find((w) => last.endsWith(w)) ?? '' };
  }
  return null;
}

/** goalReason of the trimmed name, as a reader of the name's analysis. */
const readGoal = (text: string) => goalReason(text.trim());

function goal(s: IndicatorSubject, ctx: FactContext) {
  // A pure function of the name: names repeat across a bureau's files, so it is kept in the per-linter text cache.
  return level3Analysis(ctx, s.indicator).get(SLOT.goal, readGoal);
}

/**
 * Units that make a verb-led name countable after all: 带动农户增收 ≥2000元/户, 增加就业岗位 ≥50个 say what
 * is counted through their unit. A percentage, no unit or a qualitative value does not (维护社会稳定 ≥95%).
 */
const CONCRETE_UNIT_CLASSES: readonly string[] = ['money', 'count', 'people', 'length', 'area', 'volume', 'mass', 'energy', 'concentration'];

function goalUnlessCounted(s: IndicatorSubject, ctx: FactContext) {
  const found = goal(s, ctx);
  if (!found || found.reason !== 'leading-verb') return found;
  const unitClass = rowTarget(s, ctx).unitClass;
  return unitClass !== null && CONCRETE_UNIT_CLASSES.includes(unitClass) ? null : found;
}

export const nameGoalReason = defineFact({
  name: 'nameGoalReason', scope: 'indicator', type: 'string',
  description: '三级指标名称读作目标口号的原因：leading-verb（以提高、维护、保障等动词开头，且指标值不是带实物、人数、金额单位的数量）、trailing-aim（以提升、显著、改善等结尾）、abstract-benefit（“效益”本身的增长率）；是可衡量的名称时为空字符串',
  compute: (s, ctx) => goalUnlessCounted(s, ctx)?.reason ?? '',
});

export const nameGoalExplanation = defineFact({
  name: 'nameGoalExplanation', scope: 'indicator', type: 'string',
  description: 'nameGoalReason 的中文说明（引用起作用的词）',
  compute(s, ctx) {
    const found = goalUnlessCounted(s, ctx);
    if (!found) return '';
    if (found.reason === 'leading-verb') return `以“${found.word}”开头，是一句工作目标`;
    if (found.reason === 'trailing-aim') return `以“${found.word}”结尾，说的是期望的变化或评价`;
    return '“效益”本身没有计量口径，它的增长无从统计';
  },
});

/** The unit as the value wrote it, for messages. */
function unitShown(v: ParsedValue): string {
  return v.unitRaw ?? v.unit ?? '';
}

/**
 * R-VAL-11: the value's unit against what the name's ending asks for (率 → %, 人次 → a count, 时间 → a
 * date or duration), or against the separate unit column. Money names under 经济成本 are left to
 * cost-indicator-form, which already says the cost needs a money amount.
 */
export function unitMismatch(name: string, v: ParsedValue, unitColumn: string | null, filed: string | null, display: string): string {
  return unitMismatchWith(v, unitColumn, () => filed, givenDisplay, endingOfName, display, name);
}

const givenDisplay = (display: string): string => display;
const endingOfName = (_display: string, name: string) => nameMeasureEnding(name);

/**
 * unitMismatch with the filed 二级 (`filed(a, b)`), the value as written (`display(a, b)`) and the
 * name's measure ending (`ending(a, b)`) asked for only when needed: most values have neither a unit
 * conflict nor a unit class the ending could contradict, and only a money ending needs the 二级. The
 * arguments are passed through so the fact builds no closure per row.
 */
function unitMismatchWith<A, B>(
  v: ParsedValue, unitColumn: string | null, filed: (a: A, b: B) => string | null,
  display: (a: A, b: B) => string, ending: (a: A, b: B) => { rule: MeasureRule; ending: string } | null, a: A, b: B,
): string {
  if (v.unitConflict) return `指标值“${display(a, b)}”的单位“${unitShown(v)}”与计量单位列的“${(unitColumn ?? '').trim()}”不一致`;
  if (v.unitClass === null) return '';
  const found = ending(a, b);
  if (found === null) return '';
  const { rule } = found;
  if (rule.measure === 'money') {
    // Null tested apart: a comparison with a string that meets null is deoptimised.
    const level2 = filed(a, b);
    if (level2 !== null && level2 === 'ECON_COST') return '';
  }
  if (rule.allowed.includes(v.unitClass)) return '';
  return `名称以“${found.ending}”结尾，应填${rule.expected}，指标值“${display(a, b)}”的单位却是“${unitShown(v)}”`;
}

type MeasureRule = (typeof NAME_MEASURE_RULES)[number];

/** The first measure rule whose ending the name has (with that ending), or null: depends on the name alone. */
function nameMeasureEnding(name: string): { rule: MeasureRule; ending: string } | null {
  const text = nameClauses(name).join('');
  if (text === '' || NOT_MEASURE_ENDINGS.some((e) => text.endsWith(e))) return null;
  for (const rule of NAME_MEASURE_RULES) {
    const ending = rule.endings.find((e) => text.endsWith(e));
    if (ending) return { rule, ending };
  }
  return null;
}

/** nameMeasureEnding of the trimmed name, as a reader of the name's analysis. */
const readMeasureEnding = (text: string) => nameMeasureEnding(text.trim());

export const unitMismatchReason = defineFact({
  name: 'unitMismatchReason', scope: 'indicator', type: 'string',
  description: '计量单位与指标名称的结尾（率/度→%，人次/户数→数量，时间/时限→日期或时长，面积、长度、金额）或与计量单位列不符时的说明；相符或无从判断时为空字符串',
  compute(s, ctx) {
    const i = s.indicator;
    return unitMismatchWith(rowTarget(s, ctx), i.unit?.text ?? null, indicatorLevel2, rowDisplay, rowEnding, i, ctx);
  },
});

/** The row's value as written (symbol, value and unit columns together), for a message. */
const rowDisplay = (i: Indicator): string => (i.symbol?.text ?? '') + (i.target?.text ?? '') + (i.unit?.text ?? '');
const rowEnding = (i: Indicator, ctx: FactContext) => level3Analysis(ctx, i).get(SLOT.measureEnding, readMeasureEnding);

export const VALUE_NAME_FACTS = [nameEmbeddedValue, nameGoalReason, nameGoalExplanation, unitMismatchReason];
