// The unit a 三级 name implies, and names whose values have no unit (R-STRUCT-13).
import { describe, expect, it } from 'vitest';
import { expectedUnitForName, isUnitlessMeasureName } from '../../src/lexicon/name-unit-hints.js';

describe('expectedUnitForName', () => {
  it.each([
    ['工作任务完成及时率', '百分比（%）'], ['群众满意度', '百分比（%）'], ['培训人次', '数量单位（个、次、人、户……）'],
    ['项目总成本', '金额（元、万元、元/人……）'], ['改造道路长度', '长度单位（公里、米……）'], ['有效化解矛盾率（%）', '百分比（%）'],
    ['提高劳动效率', ''], ['安全生产', ''], ['空气质量综合指数', ''], ['', ''],
  ])('%s → %s', (name, unit) => {
    expect(expectedUnitForName(name)).toBe(unit);
  });
});

describe('isUnitlessMeasureName', () => {
  it.each(['空气质量综合指数', '基尼系数', '群众评议得分', '全市排名'])('%s has no unit', (name) => {
    expect(isUnitlessMeasureName(name)).toBe(true);
  });
  it.each(['道路保洁达标率', '培训人次', '安全生产'])('%s needs a unit', (name) => {
    expect(isUnitlessMeasureName(name)).toBe(false);
  });
});
