// Tests for the value-name facts: values written into names, names that are aims, units the name contradicts.
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/grammar/value.js';
import { embeddedValue, goalReason, unitMismatch } from '../../src/facts/definitions/value-name.js';

describe('embeddedValue (R-VAL-03)', () => {
  it.each([
    ['村组干部230人', null, '230人'], ['培训500人次', 500, '500人次'], ['合格率≥95%', 95, '≥95%'], ['改造道路3.5公里（主干道）', null, '3.5公里'],
    ['群众诉求3天内办结率', 3, '3天'],
  ])('%s (target %s) → %s', (name, target, found) => {
    expect(embeddedValue(name, target)).toBe(found);
  });

  it.each([
    ['群众诉求3天内办结率', 95], ['PM2.5年均浓度', 35], ['2025年度培训人次', 300], ['12月底前完成率', 100], ['5G基站建设数量', 20],
    ['第1季度支出进度', 25], ['12345热线办结率', 95], ['一次性验收通过率', 100], ['培训人次', 300],
  ])('%s (target %s) has no embedded value', (name, target) => {
    expect(embeddedValue(name, target)).toBe('');
  });
});

describe('goalReason (R-VAL-04)', () => {
  it.each([
    ['提高劳动效率', 'leading-verb', '提高'], ['加大纪检监察力度，营造廉洁勤政', 'leading-verb', '加大'],
    ['保护生态环境卫生', 'leading-verb', '保护'], ['社会效益显著', 'trailing-aim', '显著'], ['大气环境质量改善', 'trailing-aim', '改善'],
    ['社会效益增长率', 'abstract-benefit', '社会效益增长率'], ['经济效益提升%', 'abstract-benefit', '经济效益提升'],
    ['生态效益增值率', 'abstract-benefit', '生态效益增值率'],
  ])('%s → %s (%s)', (name, reason, word) => {
    expect(goalReason(name)).toEqual({ reason, word });
  });

  it.each(['劳动效率提升率', '维护社会稳定时间', '村集体经济收入增长率', '生态效益指标', '经济效益', '建立道路长效管护机制', '保护耕地面积', ''])(
    '%j is not an aim', (name) => {
      expect(goalReason(name)).toBeNull();
    },
  );
});

describe('unitMismatch (R-VAL-11)', () => {
  const um = (name: string, value: string, filed: string | null = null, unitColumn: string | null = null) =>
    unitMismatch(name, parseValue(value, { unit: unitColumn }), unitColumn, filed, value);

  it('reports units the name contradicts', () => {
    expect(um('维护社会稳定时间', '≥95%')).toContain('“时间”');
    expect(um('工程验收合格率', '≥95个')).toContain('百分比');
    expect(um('培训人次', '≥300%')).toContain('“人次”');
    expect(um('道路维修长度', '≥3个')).toContain('长度单位');
    expect(um('补贴金额', '≥95%', 'QTY')).toContain('金额');
    expect(um('培训人数', '≥95%', null, '人')).toContain('计量单位列');
  });

  it('accepts matching units and leaves unclear endings alone', () => {
    for (const [name, value] of [
      ['工程验收合格率', '=100%'], ['受益群众满意度', '≥90分'], ['培训人次', '≥300人次'], ['清理积存垃圾数量', '≥3600吨'],
      ['项目完成时间', '2025年11月底前'], ['办结时限', '≤5个工作日'], ['审批效率', '≤3个工作日'], ['巡查频率', '≥2次/月'],
      ['空气质量指数', '≤100'], ['培训天数', '≥5天'], ['保洁面积', '≥12万平方米'], ['支出进度', '≥95%'],
    ] as const) {
      expect(um(name, value)).toBe('');
    }
  });

  it('leaves money names under 经济成本 to cost-indicator-form', () => {
    expect(um('项目总成本', '≥95%', 'ECON_COST')).toBe('');
    expect(um('支出成本', '≥99%', 'ECON_BEN')).toContain('金额');
  });
});
