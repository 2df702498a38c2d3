// Direction facts (family D, R-DIR-04/05): satisfaction targets as a percentage, and deadlines or time limits written the wrong way round.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import type { ParsedValue } from '../../grammar/value.js';
import { isTimeLimitName, startsWithAfterWord } from '../../lexicon/direction-guards.js';
import { filedLevel2 } from './indicator-labels.js';
import { ROW, level3Analysis, readingsOf, rowTarget } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';

/**
 * A satisfaction indicator: the name speaks of 满意 (but not 不满意, which is a complaint share), or
 * the row is filed under 满意度 and speaks of 好评 / 认可. A misfiled 群众满意度 under 社会效益 is
 * still a satisfaction target, so the name decides first.
 */
export function isSatisfactionName(name: string, filedUnderSatisfaction: boolean): boolean {
  const kind = satisfactionNameKind(name);
  return kind === 'always' || (kind === 'if-filed' && filedUnderSatisfaction);
}

/** What isSatisfactionName answers for a name, before the filing is known. */
type SatisfactionNameKind = 'never' | 'always' | 'if-filed';

function satisfactionNameKind(name: string): SatisfactionNameKind {
  if (/不满意/.test(name)) return 'never';
  if (/满意/.test(name)) return 'always';
  return /好评|认可/.test(name) ? 'if-filed' : 'never';
}

/** satisfactionNameKind of the trimmed name, as a reader of the name's analysis. */
const readSatisfactionKind = (text: string): SatisfactionNameKind => satisfactionNameKind(text.trim());

/** isSatisfactionName for a row: the name's part kept with its analysis, the filing asked only when it decides. */
function isSatisfactionRow(s: IndicatorSubject, ctx: FactContext): boolean {
  const kind = level3Analysis(ctx, s.indicator).get(SLOT.satisfactionName, readSatisfactionKind);
  return kind === 'always' || (kind === 'if-filed' && filedLevel2(s, ctx) === 'SAT_SUB');
}

/**
 * The satisfaction target in percent, when the value is a lower bound or point on a 0–100 share:
 * a % value, or a bare number up to 100 (≥95 with no unit reads as 95%). Scores (90分), ≤ / <
 * (R-DIR-03's business) and anything else give null.
 */
export function satisfactionPercentOf(v: ParsedValue): number | null {
  if (v.number === null || v.kind !== 'quantity') return null;
  if (v.direction === '≤' || v.direction === '<') return null;
  if (v.unitClass === 'percent' && v.unit === '%') return v.number;
  if (v.unit === null && v.number > 0 && v.number <= 100) return v.number;
  return null;
}

export const isSatisfactionIndicator = defineFact({
  name: 'isSatisfactionIndicator', scope: 'indicator', type: 'boolean',
  description: '三级指标是满意度类指标（名称含“满意”，或归在满意度指标下且含“好评/认可”）',
  compute: (s, ctx) => isSatisfactionRow(s, ctx),
});

export const satisfactionPercent = defineFact({
  name: 'satisfactionPercent', scope: 'indicator', type: 'number',
  description: '满意度指标的目标百分数（≥/=/＞ 百分数，或不带单位且不超过100的数），其他情况为 null',
  compute(s, ctx) {
    if (!isSatisfactionRow(s, ctx)) return null;
    return satisfactionPercentOf(rowTarget(s, ctx));
  },
});

/**
 * What is wrong with the direction of a date or time-limit value, '' when nothing:
 * - a date with ≥ / > or followed by 以后: "not earlier than" instead of a deadline;
 * - a duration with ≥ / > on a time limit (办结时限, 实施周期, 响应时间): "at least" instead of "at most".
 */
export function deadlineProblemOf(v: ParsedValue, name: string): string {
  return deadlineProblemWith(v, isTimeLimitName, name, undefined);
}

/**
 * deadlineProblemOf asking whether the name is a time limit (`isTimeLimit(a, b)`) only for a duration
 * with ≥ or >; the arguments are passed through so the row's check builds no closure.
 */
function deadlineProblemWith<A, B>(v: ParsedValue, isTimeLimit: (a: A, b: B) => boolean, a: A, b: B): string {
  if (v.kind === 'date') {
    if (v.direction === '≥' || v.direction === '>') return `日期前用了“${v.directionRaw ?? v.direction}”，意为不早于该日期`;
    if (startsWithAfterWord(v.tail)) return '日期后写了“以后”，意为不早于该日期';
    return '';
  }
  if (v.kind === 'duration' && (v.direction === '≥' || v.direction === '>') && isTimeLimit(a, b)) {
    return `时限用了“${v.directionRaw ?? v.direction}”，意为至少要这么久`;
  }
  return '';
}

function deadlineProblem(s: IndicatorSubject, ctx: FactContext): string {
  return readingsOf(ctx, s.indicator).get(ROW.deadline, readDeadlineProblem, s, ctx);
}

const readDeadlineProblem = (s: IndicatorSubject, ctx: FactContext): string => deadlineProblemWith(rowTarget(s, ctx), rowIsTimeLimit, s, ctx);

/** isTimeLimitName of the row's trimmed name, kept with the name's analysis (a pure function of the text). */
const rowIsTimeLimit = (s: IndicatorSubject, ctx: FactContext): boolean => level3Analysis(ctx, s.indicator).get(SLOT.timeLimit, readTimeLimit);

const readTimeLimit = (text: string): boolean => isTimeLimitName(text.trim());

/**
 * Why a satisfaction target is not credible, in words. The band itself is a rule option; the words
 * only need to know which side of a usual target (about 90%) the value lies on.
 */
export function satisfactionNoteOf(percent: number | null): string {
  if (percent === null) return '';
  if (percent >= 100) return '100%意味着每一位受访者都满意，抽样调查几乎不可能做到，不是可信的目标';
  if (percent >= 95) return '接近100%的满意度几乎无法通过抽样调查实现，不是可信的目标';
  if (percent < 85) return '目标过低，等于接受服务达不到基本要求';
  return '超出了配置的合理区间';
}

export const satisfactionNote = defineFact({
  name: 'satisfactionNote', scope: 'indicator', type: 'string',
  description: '满意度目标为何不可信的说明（过高或过低），不是满意度指标时为空字符串',
  compute(s, ctx) {
    if (!isSatisfactionRow(s, ctx)) return '';
    return satisfactionNoteOf(satisfactionPercentOf(rowTarget(s, ctx)));
  },
});

export const deadlineDirectionProblem = defineFact({
  name: 'deadlineDirectionProblem', scope: 'indicator', type: 'string',
  description: '完成时间或时限的方向写反之处（日期前写“≥”或日期后写“以后”；时限写“≥ N天”），没有问题时为空字符串',
  compute: (s, ctx) => deadlineProblem(s, ctx),
});

export const DIRECTION_BAND_FACTS = [isSatisfactionIndicator, satisfactionPercent, satisfactionNote, deadlineDirectionProblem];
