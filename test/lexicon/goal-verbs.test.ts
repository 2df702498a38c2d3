// Tests for isGoalStatement: aims phrased with verbs or change words versus measurable names.
import { describe, expect, it } from 'vitest';
import { endsWithMeasure, GOAL_VERBS, goalStatementReason, isGoalStatement } from '../../src/lexicon/goal-verbs.js';

describe('isGoalStatement', () => {
  it.each(GOAL_VERBS)('%s… without a measure is a goal', (verb) => {
    expect(isGoalStatement(`${verb}工作水平`)).toBe(true);
  });

  const goals: [string, 'leading-verb' | 'trailing-aim'][] = [
    ['提高劳动效率', 'leading-verb'], ['维护社会稳定', 'leading-verb'], ['保障村社区正常运转', 'leading-verb'],
    ['促进村集体经济发展', 'leading-verb'], ['增强影响力', 'leading-verb'], ['提高企业安全生产水平', 'leading-verb'],
    ['加大纪检监察力度，营造廉洁勤政', 'leading-verb'], ['保证企业安全运行，增加企业经济效益', 'leading-verb'],
    ['经济效益提升%', 'trailing-aim'], ['经济效益提升', 'trailing-aim'], ['社会效益显著', 'trailing-aim'],
    ['大气环境质量改善', 'trailing-aim'],
  ];
  it.each(goals)('%s is a goal (%s)', (name, reason) => {
    expect(goalStatementReason(name)).toBe(reason);
    expect(isGoalStatement(name)).toBe(true);
  });

  const measures = [
    '村集体经济收入增长率', '劳动效率提升率', '培训人次', '维护社会稳定时间', '提高群众满意度', '受益群众满意度', '项目总成本',
    '补贴发放户数', '改造道路长度', '有效化解涉检信访矛盾率（%）', '安全生产', '质量指标', '',
  ];
  it.each(measures)('%j is not a goal statement', (name) => {
    expect(isGoalStatement(name)).toBe(false);
  });

  it('does not count 效率 or 力度 as measure suffixes', () => {
    expect(endsWithMeasure('劳动效率')).toBe(false);
    expect(endsWithMeasure('执法力度')).toBe(false);
    expect(endsWithMeasure('劳动效率提升率')).toBe(true);
  });
});
