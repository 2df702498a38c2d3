// Tests for the keyword-lexicon reading (predictByLexicon), which feeds the trained model and decides where it is sure: head versus modifier, exclusions, rule-of-thumb confidence.
import { describe, expect, it } from 'vitest';
import { confidenceOf, predictByLexicon as predictCategory } from '../../src/classify/lexicon-model.js';
import type { Level2Key } from '../../src/lexicon/categories.js';

describe('predictByLexicon on the sample', () => {
  // name, expected key, minimum confidence
  const confident: [string, Level2Key, number][] = [
    ['生态效益增长率', 'ECO_BEN', 0.8],
    ['生态效益增值率', 'ECO_BEN', 0.8],
    ['经济效益增长率', 'ECON_BEN', 0.8],
    ['社会效益增长率', 'SOC_BEN', 0.8],
    ['支付准确性', 'QUAL', 0.8],
    ['计划指标完成率', 'QTY', 0.8],
    ['支出成本', 'ECON_COST', 0.8],
    ['保证资金的支出进度', 'TIME', 0.8],
    ['工作任务完成及时率', 'TIME', 0.8],
    ['项目总成本', 'ECON_COST', 0.8],
    ['会议人均成本', 'ECON_COST', 0.8],
    ['资金成本', 'ECON_COST', 0.8],
    ['残疾人满意率', 'SAT_SUB', 0.8],
    ['对象满意度', 'SAT_SUB', 0.8],
    ['服务对象满意度', 'SAT_SUB', 0.8],
    ['大气环境质量改善', 'ECO_BEN', 0.8],
    ['可持续性', 'SUSTAIN', 0.8],
    ['开展工作时效性', 'TIME', 0.8],
    ['残疾人需求调查准确率', 'QUAL', 0.8],
  ];
  it.each(confident)('%s → %s (≥ %d)', (name, key, min) => {
    const p = predictCategory(name);
    expect(p.key).toBe(key);
    expect(p.confidence).toBeGreaterThanOrEqual(min);
  });

  it('reads 社会科学宣传活动举办及时性 by its head 及时性, not the modifier 社会', () => {
    const p = predictCategory('社会科学宣传活动举办及时性');
    expect(p.key).toBe('TIME');
    expect(p.confidence).toBeGreaterThanOrEqual(0.7);
    expect(p.scores.SOC_BEN ?? 0).toBeLessThan(1);
  });

  it('treats a measure noun in the middle as a modifier', () => {
    // 成本 modifies 核算及时率; 及时性 modifies 满意度: the head decides, with confidence.
    const a = predictCategory('成本核算及时率');
    expect(a.key).toBe('TIME');
    expect(a.evidence).toContainEqual({ key: 'ECON_COST', term: '成本', weight: 0.6 });
    const b = predictCategory('及时性满意度');
    expect(b.key).toBe('SAT_SUB');
    expect(b.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('never reads 提高劳动效率 as a cost', () => {
    const p = predictCategory('提高劳动效率');
    expect(['SOC_BEN', 'ECON_BEN']).toContain(p.key);
    expect(p.scores.ECON_COST).toBeUndefined();
    expect(p.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('is not confident about 对社会经济发展的影响 (social or economic)', () => {
    const p = predictCategory('对社会经济发展的影响');
    expect(['SOC_BEN', 'ECON_BEN']).toContain(p.key);
    expect(p.confidence).toBeLessThan(0.3);
  });

  it.each(['增强影响力', '乡镇网点覆盖率', '执行效率指标', '项目资金支付率'])('is not confident about %s', (name) => {
    expect(predictCategory(name).confidence).toBeLessThan(0.5);
  });

  it('has moderate confidence for a single topic noun: 安全生产', () => {
    const p = predictCategory('安全生产');
    expect(p.key).toBe('SOC_BEN');
    expect(p.confidence).toBeGreaterThan(0.5);
    expect(p.confidence).toBeLessThan(0.8);
  });

  it.each(['机构的综合实力、人才的专业水平', '加大纪检监察力度，营造廉洁勤政', '', '   '])('has no prediction for %j', (name) => {
    expect(predictCategory(name)).toEqual({ key: null, confidence: 0, scores: {}, evidence: [] });
  });

  it('reads the explicit category name in a two-clause name', () => {
    const p = predictCategory('保证企业安全运行，增加企业经济效益');
    expect(p.key).toBe('ECON_BEN');
    expect(p.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('predictByLexicon on general names', () => {
  const cases: [string, Level2Key][] = [
    ['道路保洁达标率', 'QUAL'],
    ['培训人次', 'QTY'],
    ['补贴发放户数', 'QTY'],
    ['垃圾无害化处理率', 'ECO_BEN'],
    ['村集体经济收入增长率', 'ECON_BEN'],
    ['设施使用年限', 'SUSTAIN'],
    ['项目完成时间', 'TIME'],
    ['单位保洁成本', 'ECON_COST'],
    ['受益群众满意度', 'SAT_SUB'],
    ['工程验收合格率', 'QUAL'],
    ['维修路灯数量', 'QTY'],
    ['改造道路长度', 'QTY'],
    ['补贴发放准确率', 'QUAL'],
    ['补贴发放及时率', 'TIME'],
    ['问题办结时限', 'TIME'],
    ['人均报酬标准', 'QUAL'],
    ['村庄绿化覆盖率', 'ECO_BEN'],
    ['长效管护机制建立', 'SUSTAIN'],
    ['村干部满意度', 'SAT_SUB'],
    ['政策知晓率', 'SOC_BEN'],
    ['节约资金', 'ECON_BEN'],
    ['不断降低各项支出成本', 'ECON_BEN'],
    ['安全事故发生次数', 'SOC_BEN'],
    ['劳动效率提升率', 'SOC_BEN'],
    ['PM2.5平均浓度', 'ECO_BEN'],
  ];
  it.each(cases)('%s → %s', (name, key) => {
    const p = predictCategory(name);
    expect(p.key).toBe(key);
    expect(p.confidence).toBeGreaterThan(0.5);
  });

  it('accepts ECO_COST or ECO_BEN for 施工扬尘投诉次数, never a quantity', () => {
    const p = predictCategory('施工扬尘投诉次数');
    expect(['ECO_COST', 'ECO_BEN']).toContain(p.key);
    expect(p.scores.QTY).toBeUndefined();
  });

  it('reads 投诉率 as satisfaction-related', () => {
    expect(predictCategory('投诉率').key).toBe('SAT_SUB');
  });

  it('prefers the longest match: 合格率 over 合格', () => {
    const p = predictCategory('验收合格率');
    expect(p.evidence.map((e) => e.term)).toEqual(['验收合格率']);
  });

  it('reads a cost next to a saving word as a benefit and says so in the evidence', () => {
    const q = predictCategory('降低各项支出成本');
    expect(q.key).toBe('ECON_BEN');
    expect(q.evidence).toContainEqual({ key: 'ECON_BEN', term: '成本', weight: 2 });
    expect(predictCategory('公务用车运行费用降低率').key).toBe('ECON_BEN');
    expect(predictCategory('单位生产成本下降率').key).toBe('ECON_BEN');
    expect(predictCategory('审计核减工程造价金额').key).toBe('ECON_BEN');
    expect(predictCategory('成本控制数').key).toBe('ECON_COST');
  });

  it('does not read counts of negative events as output quantities', () => {
    for (const name of ['拆迁安置引发的上访人次', '施工占用林地面积', '汛期因灾死亡人数']) {
      expect(predictCategory(name).scores.QTY).toBeUndefined();
    }
    expect(predictCategory('施工占用林地面积').key).toBe('ECO_COST');
    expect(predictCategory('拆迁安置引发的上访人次').key).toBe('SOC_COST');
    expect(predictCategory('安全隐患整改完成率').key).toBe('QTY'); // positive head: a real output share
  });

  it('falls back to the unit class only without lexical evidence', () => {
    expect(predictCategory('机构综合实力', { unitClass: 'money' })).toMatchObject({ key: 'ECON_COST', confidence: 0.39 });
    expect(predictCategory('培训人次', { unitClass: 'money' }).key).toBe('QTY');
    expect(predictCategory('机构综合实力', { unitClass: 'percent' }).key).toBeNull();
  });

  it('is deterministic and reports evidence with weights', () => {
    const a = predictCategory('社会科学宣传活动举办及时性');
    expect(predictCategory('社会科学宣传活动举办及时性')).toEqual(a);
    expect(a.evidence).toContainEqual({ key: 'TIME', term: '及时性', weight: 2 });
    expect(a.evidence.find((e) => e.term === '社会')?.weight).toBeCloseTo(0.48, 6);
  });
});

describe('confidenceOf', () => {
  it('grows with the top score and shrinks with the runner-up', () => {
    expect(confidenceOf(0, 0)).toBe(0);
    expect(confidenceOf(2, 0)).toBe(0.86);
    expect(confidenceOf(3, 0)).toBe(0.95);
    expect(confidenceOf(0.5, 0)).toBe(0.39);
    expect(confidenceOf(1, 1)).toBe(0);
    expect(confidenceOf(2, 0.5)).toBeLessThan(confidenceOf(2, 0));
  });
});
