// Goal verbs and measure suffixes (R-VAL-04): a 三级 name should be a measurable quantity, not an aim phrased with a verb.

/** Verbs that open an aim rather than a measure: 提高劳动效率, 维护社会稳定, 保障村社区正常运转. */
export const GOAL_VERBS: readonly string[] = [
  '提高', '提升', '促进', '保障', '维护', '加强', '推动', '确保', '改善', '增强', '保证', '保持', '推进', '加大', '营造',
  '形成', '实现', '完善', '强化', '优化', '扩大', '做好', '落实', '巩固', '助力', '带动', '打造', '深化', '力争', '争取',
  '全面', '不断', '进一步', '有效', '切实', '努力',
];

/** Words that, ending a name, state a change or a judgement rather than a measure: 经济效益提升, 社会效益显著. */
export const TRAILING_AIM_WORDS: readonly string[] = [
  '提升', '提高', '改善', '增强', '加强', '增加', '显著', '明显', '良好', '有效', '稳定', '平稳', '发展', '推进',
];

/** Endings of a measurable name: a rate, a count, an amount, a time … (domain-rules R-VAL-04, §3.5). */
export const MEASURE_SUFFIXES: readonly string[] = [
  '率', '数', '量', '人次', '时间', '时限', '年限', '周期', '成本', '金额', '面积', '长度', '天数', '满意度', '次数', '度',
  '比例', '比重', '户数', '个数', '人数', '指数', '规模', '标准', '单价', '费用', '里程', '额', '值', '分值', '得分',
];

/** 效率 ends in 率 and 力度 in 度, but they name concepts, not measures: 提高劳动效率, 加大执法力度 are still aims. */
const NOT_A_MEASURE: readonly string[] = ['效率', '力度'];

/** Cleans a name for the checks: no spaces, no bracketed unit hints such as （%）, no trailing 指标. */
function clean(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/[（(][^（()）]*[)）]$/, '').replace(/[%％]+$/, '').replace(/指标$/, '');
}

function clauses(name: string): string[] {
  return clean(name).split(/[，,、；;。]/).filter((c) => c !== '');
}

/** True when the name ends in a measure suffix (率, 数, 人次, 成本 …), 效率 excepted. */
export function endsWithMeasure(name: string): boolean {
  const text = clean(name);
  if (NOT_A_MEASURE.some((w) => text.endsWith(w))) return false;
  return MEASURE_SUFFIXES.some((s) => text.endsWith(s));
}

/** True when some clause of the name opens with a goal verb. */
export function startsWithGoalVerb(name: string): boolean {
  return clauses(name).some((c) => GOAL_VERBS.some((v) => c.startsWith(v)));
}

/** Why a name reads as an aim: it opens with a goal verb, or it ends with a change/judgement word; null when it is a measure. */
export function goalStatementReason(name: string): 'leading-verb' | 'trailing-aim' | null {
  if (clean(name) === '' || endsWithMeasure(name)) return null;
  if (startsWithGoalVerb(name)) return 'leading-verb';
  const last = clauses(name).at(-1) ?? '';
  return TRAILING_AIM_WORDS.some((w) => last.endsWith(w)) ? 'trailing-aim' : null;
}

/** True when the name is an aim (提高劳动效率, 经济效益提升) rather than a measurable quantity (劳动效率提升率). */
export function isGoalStatement(name: string): boolean {
  return goalStatementReason(name) !== null;
}
