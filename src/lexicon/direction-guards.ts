// Guards for the direction rules (R-DIR-02…05): words that turn a negative name into a handling measure, growth and spending words, time-limit words.
import { NEGATIVE_TERMS } from './polarity.js';

/**
 * Remedial actions. A name that measures handling a negative thing (违法案件查处率, 投诉受理率,
 * 故障修复率, 查处违法案件数) is a "more is better" output, whatever negative noun it contains, so
 * the polarity lexicon's negative reading must not be used to demand ≤.
 */
export const REMEDY_WORDS: readonly string[] = [
  '查处', '查办', '查获', '受理', '修复', '排除', '处置', '整改', '结案', '盘活', '劝返', '回复', '答复', '治理', '整治',
  '拆除', '挽回', '追回', '处理', '化解', '解决', '清理', '清除', '消除', '销号', '排查', '纠正', '打击', '侦破', '破获',
  '破案', '防控', '预防', '防治', '防范', '管控', '调处', '调解', '办理', '办结', '核查', '督办', '回访', '救助', '赔付',
  '补偿', '处罚', '执法', '收缴', '清欠', '清偿', '兑付', '发现', '监测', '检测', '巡查', '上报', '报告', '登记', '扑救',
  '扑灭', '救援', '应对', '反馈', '响应', '遏制', '杜绝', '避免',
];

/**
 * Growth and change words. A growth rate may legitimately be capped (人员经费增长率 ≤3%, 物价涨幅
 * ≤2%), so ≤ on such a name is no evidence of a wrong direction.
 */
export const GROWTH_WORDS: readonly string[] = ['增长', '增幅', '涨幅', '上涨', '增速', '增加', '变动', '波动', '偏差', '偏离'];

/** Spending and burden nouns: a rate of these (经费执行偏差率, 公用经费占比) is often kept low on purpose. */
export const SPENDING_WORDS: readonly string[] = [
  '经费', '支出', '开支', '成本', '费用', '能耗', '负债', '债务', '价格', '单价', '物价', '排放', '消耗', '占用',
];

/** Endings of a rate-like name: the value is a share, for which a direction on the wrong side is meaningful. */
const RATE_ENDINGS: readonly string[] = ['率', '度', '比例', '比重', '占比'];

/**
 * Time-limit nouns: a duration under them is a limit to keep short (办结时限 ≤15个工作日), so ≥
 * reverses it. 年限 and 时长 are left out: 使用年限 ≥10年 and 服务时长 ≥8小时 are rightly ≥.
 */
export const TIME_LIMIT_WORDS: readonly string[] = ['时限', '时间', '周期', '工期', '用时', '耗时', '期限'];

/** Durations that are goods rather than limits even when a time-limit noun appears (开放时间, 运行时间, 培训时间). */
export const DURATION_GOOD_WORDS: readonly string[] = [
  '开放', '服务', '运行', '使用', '保修', '质保', '保存', '有效', '持续', '培训', '学习', '在岗', '值班', '营业', '保障',
  '供水', '供电', '供暖', '巡逻', '陪护', '授课', '教学', '存续',
];

/** Words after a date that make it a lower bound: 2025年6月以后 means "not before June". */
export const DATE_AFTER_WORDS: readonly string[] = ['以后', '之后', '后'];

function clean(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/[（(][^（()）]*[)）]$/, '').replace(/[%％‰]+$/, '').replace(/指标$/, '');
}

function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

export function hasRemedyWord(name: string): boolean {
  return containsAny(clean(name), REMEDY_WORDS);
}

export function hasGrowthWord(name: string): boolean {
  return containsAny(clean(name), GROWTH_WORDS);
}

export function hasSpendingWord(name: string): boolean {
  return containsAny(clean(name), SPENDING_WORDS);
}

/** True when the name ends like a share: 率, 度, 比例, 比重, 占比 (brackets such as （%） ignored). */
export function endsLikeRate(name: string): boolean {
  const text = clean(name);
  return RATE_ENDINGS.some((e) => text.endsWith(e));
}

/** True when the name is a time limit (办结时限, 项目实施周期, 响应时间) and not a duration that is a good (开放时间). */
export function isTimeLimitName(name: string): boolean {
  const text = clean(name);
  return containsAny(text, TIME_LIMIT_WORDS) && !containsAny(text, DURATION_GOOD_WORDS);
}

/** True when text right after a date makes it a lower bound (以后, 之后, 后). */
export function startsWithAfterWord(tail: string): boolean {
  const text = tail.replace(/^[\s\u3000]+/, '');
  return DATE_AFTER_WORDS.some((w) => text.startsWith(w));
}

/**
 * What may follow the negative noun when that noun is the head of the name: a bare measure word
 * (投诉次数, 事故发生率, 火点数, 损失金额). Anything else after it (费用按期缴纳率, 资产盘活率) means
 * the name measures something done about the noun, not the noun itself.
 */
const NEGATIVE_HEAD_REST = /^(?:发生)?(?:率|数|次数|人数|人次|起数|件数|个数|户数|宗数|数量|量|总量|总数|额|金额|总额|比例|比重|占比|面积|天数|指数|值|次|起|件|宗|例)?$/;

/** True when the last negative term of the name is its head: only a measure word follows it (投诉次数, 支出成本). */
export function negativeTermIsHead(name: string): boolean {
  const text = clean(name);
  let end = -1;
  for (const term of NEGATIVE_TERMS) {
    const at = text.lastIndexOf(term);
    if (at >= 0) end = Math.max(end, at + term.length);
  }
  return end >= 0 && NEGATIVE_HEAD_REST.test(text.slice(end));
}
