// Direction facts (family D, R-DIR-02/03): which way an indicator's name says its value should go.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { namePolarity, type Polarity } from '../../lexicon/polarity.js';
import { endsLikeRate, hasGrowthWord, hasRemedyWord, hasSpendingWord, negativeTermIsHead } from '../../lexicon/direction-guards.js';
import { SLOT } from './name-analysis.js';
import { level3Analysis } from './indicator-readings.js';

/**
 * The polarity lexicon read with two corrections. A negative noun counts only as the head of the
 * name, followed by nothing but a measure word (投诉次数, 事故发生率): in 水电取暖费用按期缴纳率 the
 * head is the payment rate, not the 费用. And a handling measure (违法案件查处率, 投诉受理率, 查处违法
 * 案件数) counts the handling, of which more is better. Such names get no polarity at all rather than
 * a guessed positive one, so neither direction rule acts on them.
 */
export function directionPolarity(name: string): Polarity | null {
  const polarity = namePolarity(name);
  if (polarity === 'negative' && (hasRemedyWord(name) || !negativeTermIsHead(name))) return null;
  return polarity;
}

/**
 * A positive rate whose direction must not be ≤: the name is a share (率/度/比例) with a positive
 * head (合格率, 及时率, 满意度 …). Growth rates and shares of spending are left out, because a cap
 * on them (人员经费增长率 ≤3%) is a legitimate control target.
 */
export function isPositiveRateName(name: string): boolean {
  return nameDirection(name).positiveRate;
}

/** Both readings of a name, worked out together: isPositiveRateName starts from directionPolarity. */
interface NameDirection {
  polarity: Polarity | null;
  positiveRate: boolean;
}

function nameDirection(name: string): NameDirection {
  const polarity = directionPolarity(name);
  const positiveRate = polarity === 'positive' && endsLikeRate(name) && !hasGrowthWord(name) && !hasSpendingWord(name);
  return { polarity, positiveRate };
}

/** The trimmed name's readings, as a reader of the name's analysis. */
const readDirection = (text: string): NameDirection => nameDirection(text.trim());

/** A pure function of the name: kept with the name's other readings in the per-linter text cache. */
function directionOf(s: IndicatorSubject, ctx: FactContext): NameDirection {
  return level3Analysis(ctx, s.indicator).get(SLOT.direction, readDirection);
}

export const indicatorPolarity = defineFact({
  name: 'indicatorPolarity', scope: 'indicator', type: 'string',
  description: '按三级指标名称判断的指标方向：negative（越低越好，如事故、投诉次数）、positive（越高越好，如合格率）；处置类指标（查处率、受理率）和无法判断时为空字符串',
  compute: (s, ctx) => directionOf(s, ctx).polarity ?? '',
});

export const isPositiveRate = defineFact({
  name: 'isPositiveRate', scope: 'indicator', type: 'boolean',
  description: '三级指标是越高越好的比率（合格率、及时率、覆盖率、满意度……），不含增长率和经费类占比',
  compute: (s, ctx) => directionOf(s, ctx).positiveRate,
});

export const DIRECTION_POLARITY_FACTS = [indicatorPolarity, isPositiveRate];
