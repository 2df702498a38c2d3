// Tests for the classification-confusion facts: quality vs benefit heads, inputs as outputs, activities as benefits, costs as goals.
import { describe, expect, it } from 'vitest';
import { nameClauses } from '../../src/classify/name-terms.js';
import {
  costImpactProblem, inputMeasure, leadingActivityVerb, qualityBenefitConfusion,
} from '../../src/facts/definitions/classification-confusion.js';

const qb = (filed: string, name: string) => qualityBenefitConfusion(filed, nameClauses(name));

describe('qualityBenefitConfusion (R-CLASS-02)', () => {
  it.each([
    ['QUAL', '疾病治愈率', 'outcome'], ['QUAL', '参训人员就业率', 'outcome'], ['QUAL', '贫困户收入增长率', 'outcome'],
    ['SOC_BEN', '残疾人需求调查准确率', 'standard'], ['ECON_BEN', '培训考核合格率', 'standard'], ['SUSTAIN', '工程验收合格率', 'standard'],
  ])('%s %s → %s', (filed, name, kind) => {
    expect(qb(filed, name)?.kind).toBe(kind);
  });

  it.each([
    ['QUAL', '设备验收合格率'], ['SOC_BEN', '疾病治愈率'], ['QUAL', '就业技能培训考核合格率'], ['QUAL', '服务质量提升率'],
    ['SOC_BEN', '食品安全抽检合格率'], ['ECO_BEN', '河道断面水质达标率'], ['SOC_BEN', '饮用水水质达标率'], ['QUAL', '脱贫人口台账'],
  ])('%s %s is fine', (filed, name) => {
    expect(qb(filed, name)).toBeNull();
  });
});

describe('inputMeasure (R-CLASS-04)', () => {
  const im = (filed: string, name: string) => inputMeasure(filed, nameClauses(name));

  it('finds process rates under any category but satisfaction, cost included', () => {
    expect(im('ECON_COST', '项目资金支付率')).toEqual({ term: '支付率', kind: 'process' });
    expect(im('QTY', '保证资金的支出进度')).toEqual({ term: '支出进度', kind: 'process' });
    expect(im('QUAL', '预算执行率')).toEqual({ term: '执行率', kind: 'process' });
    expect(im('TIME', '资金到位率')?.kind).toBe('process');
    expect(im('SAT_SUB', '资金到位率')).toBeNull();
  });

  it('finds money and staff inputs under outputs and benefits, not under costs', () => {
    expect(im('QTY', '安保环保安全生产食药监管项目金额')).toEqual({ term: '项目金额', kind: 'money' });
    expect(im('SOC_BEN', '投入资金额')?.kind).toBe('money');
    expect(im('QTY', '投入人员数量')?.kind).toBe('staff');
    expect(im('ECON_COST', '项目资金总额')).toBeNull();
  });

  it('leaves outputs alone', () => {
    for (const name of ['补贴资金发放金额', '补贴发放户数', '设备使用率', '资金拨付及时率', '项目资金使用效益']) {
      expect(im('QTY', name)).toBeNull();
    }
  });
});

describe('leadingActivityVerb (R-CLASS-05)', () => {
  const none = { key: null, confidence: 0 };
  const av = (filed: string, name: string, predicted: { key: string | null; confidence: number } = none) =>
    leadingActivityVerb(filed, nameClauses(name), predicted);

  it('reports work done under a benefit', () => {
    expect(av('SOC_BEN', '发放村干部报酬')).toBe('发放');
    expect(av('SUSTAIN', '维修村内道路')).toBe('维修');
  });

  it('leaves effects, institutions and outputs alone', () => {
    expect(av('SOC_BEN', '培训后就业率', { key: 'SOC_BEN', confidence: 0.7 })).toBe('');
    expect(av('SUSTAIN', '培训跟踪服务机制运行情况')).toBe('');
    expect(av('SUSTAIN', '建立道路长效管护机制')).toBe('');
    expect(av('QTY', '发放补贴户数')).toBe('');
  });
});

describe('costImpactProblem (R-CLASS-07)', () => {
  const cp = (filed: string, name: string, direction: string | null) => costImpactProblem(filed, name, nameClauses(name), direction);

  it('reports positive goals and impacts given as ≥', () => {
    expect(cp('ECO_COST', '保护生态环境', '≥')).toContain('正面目标');
    expect(cp('ECO_COST', '生态环境保护达标率', '≥')).toContain('正面目标');
    expect(cp('SOC_COST', '对周边群众出行的影响', '≥')).toContain('≥');
  });

  it('leaves proper cost wording alone, and negative names to the direction rules', () => {
    expect(cp('ECO_COST', '施工扬尘投诉次数', '≤')).toBe('');
    expect(cp('ECO_COST', '施工扬尘投诉次数', '≥')).toBe('');
    expect(cp('SOC_COST', '对周边群众出行的负面影响', null)).toBe('');
    expect(cp('SOC_COST', '施工影响降低措施落实率', '≥')).toBe('');
    expect(cp('SOC_BEN', '保护生态环境', '≥')).toBe('');
  });
});
