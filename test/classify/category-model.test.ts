// Tests for predictCategory, the shipped model: the sample's names, general names, names it must not be sure about, and the shape of its answer.
import { describe, expect, it } from 'vitest';
import { predictByLexicon, predictCategory } from '../../src/classify/category-model.js';
import { isUnsignedEffect } from '../../src/classify/model/combined.js';
import { LEVEL2_KEYS, type Level2Key } from '../../src/lexicon/categories.js';

/** The rule's threshold (rules/level3-category-mismatch.json). */
const THRESHOLD = 0.8;

describe('predictCategory on the sample', () => {
  // Names of corpus/000_88a2649a8df46961.txt that a reviewer files without hesitation.
  const confident: [string, Level2Key][] = [
    ['生态效益增长率', 'ECO_BEN'], // M4: filed under 社会效益指标
    ['生态效益增值率', 'ECO_BEN'],
    ['经济效益增长率', 'ECON_BEN'],
    ['社会效益增长率', 'SOC_BEN'],
    ['支付准确性', 'QUAL'],
    ['计划指标完成率', 'QTY'],
    ['支出成本', 'ECON_COST'],
    ['保证资金的支出进度', 'TIME'],
    ['工作任务完成及时率', 'TIME'],
    ['项目总成本', 'ECON_COST'],
    ['会议人均成本', 'ECON_COST'],
    ['资金成本', 'ECON_COST'],
    ['残疾人满意率', 'SAT_SUB'],
    ['对象满意度', 'SAT_SUB'],
    ['服务对象满意度', 'SAT_SUB'],
    ['大气环境质量改善', 'ECO_BEN'],
    ['可持续性', 'SUSTAIN'],
    ['开展工作时效性', 'TIME'],
    ['残疾人需求调查准确率', 'QUAL'],
    ['社会科学宣传活动举办及时性', 'TIME'],
    ['环保信访投诉办结率', 'TIME'], // S5: filed under 经济效益指标
  ];
  it.each(confident)('%s → %s, confidently', (name, key) => {
    const p = predictCategory(name);
    expect(p.key).toBe(key);
    expect(p.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('reads 社会科学宣传活动举办及时性 by its head 及时性, not the modifier 社会', () => {
    const p = predictCategory('社会科学宣传活动举办及时性');
    expect(p.key).toBe('TIME');
    expect(p.scores.TIME).toBeGreaterThan(0.8);
    expect(p.scores.SOC_BEN ?? 0).toBeLessThan(0.1);
    expect(p.evidence.map((e) => e.term)).toContain('$及时性');
  });

  it('never reads 提高劳动效率 as a cost (S1: it is filed under 成本指标)', () => {
    const p = predictCategory('提高劳动效率');
    expect(['SOC_BEN', 'ECON_BEN']).toContain(p.key);
    expect(p.scores.ECON_COST ?? 0).toBeLessThan(0.01);
  });

  it.each(['机构的综合实力、人才的专业水平', '加大纪检监察力度，营造廉洁勤政', '增强影响力', '乡镇网点覆盖率', '执行效率指标', '项目资金支付率', '安全生产'])(
    'is not sure about %s (no category cue)',
    (name) => {
      expect(predictCategory(name).confidence).toBeLessThan(THRESHOLD);
    },
  );

  it('is not sure whether 对社会经济发展的影响 is social or economic, and never calls it a cost', () => {
    const p = predictCategory('对社会经济发展的影响');
    expect(['SOC_BEN', 'ECON_BEN']).toContain(p.key);
    expect(p.confidence).toBeLessThanOrEqual(0.5);
    expect(p.scores.SOC_COST).toBeUndefined();
    expect(p.scores.ECO_COST).toBeUndefined();
  });

  it('reads the explicit category name in a two-clause name', () => {
    const p = predictCategory('保证企业安全运行，增加企业经济效益');
    expect(p.key).toBe('ECON_BEN');
    expect(p.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('predictCategory on general names', () => {
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
    ['补贴发放准确率', 'QUAL'],
    ['补贴发放及时率', 'TIME'],
    ['问题办结时限', 'TIME'],
    ['人均报酬标准', 'ECON_COST'], // domain-rules §3.2 seed under 经济成本
    ['长效管护机制建立', 'SUSTAIN'],
    ['政策知晓率', 'SOC_BEN'],
    ['节约资金', 'ECON_BEN'],
    ['不断降低各项支出成本', 'ECON_BEN'],
    ['公务用车运行费用降低率', 'ECON_BEN'],
    ['成本控制数', 'ECON_COST'],
    ['拆迁安置引发的上访人次', 'SOC_COST'],
    ['施工占用林地面积', 'ECO_COST'],
    ['施工对周边居民生活的影响', 'SOC_COST'],
  ];
  it.each(cases)('%s → %s', (name, key) => {
    const p = predictCategory(name);
    expect(p.key).toBe(key);
    expect(p.confidence).toBeGreaterThan(0.5);
  });

  it('accepts ECO_COST or SOC_COST for 施工扬尘投诉次数, never a quantity', () => {
    const p = predictCategory('施工扬尘投诉次数');
    expect(['ECO_COST', 'SOC_COST']).toContain(p.key);
    expect(p.scores.QTY ?? 0).toBeLessThan(0.01);
  });
});

describe('predictCategory: the answer', () => {
  it('keeps its shape: key, confidence in 0..1, scores per category, evidence', () => {
    for (const name of ['培训人次', '提高劳动效率', '对象满意度', '机构综合实力']) {
      const p = predictCategory(name);
      expect(Object.keys(p).sort()).toEqual(['confidence', 'evidence', 'key', 'scores']);
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      for (const [key, score] of Object.entries(p.scores)) {
        expect(LEVEL2_KEYS).toContain(key);
        expect(score).toBeGreaterThan(0);
      }
      for (const e of p.evidence) expect(e).toEqual({ key: p.key, term: expect.any(String), weight: expect.any(Number) });
    }
  });

  it('takes the lexicon reading where the lexicon is sure, the classifier elsewhere', () => {
    // An explicit category name: the lexicon's answer, scores and evidence.
    expect(predictCategory('生态效益增长率')).toEqual(predictByLexicon('生态效益增长率'));
    // Lexicon unsure (0.75): the classifier decides, with probabilities that sum to about 1.
    expect(predictByLexicon('困难群众走访慰问户数').confidence).toBeLessThan(THRESHOLD);
    const p = predictCategory('困难群众走访慰问户数');
    expect(p.key).toBe('QTY');
    const sum = Object.values(p.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0.98);
    expect(sum).toBeLessThan(1.02);
  });

  it('has no answer for a name without word characters; uses the unit hint only then', () => {
    for (const name of ['', '   ', '（%）']) expect(predictCategory(name)).toEqual({ key: null, confidence: 0, scores: {}, evidence: [] });
    expect(predictCategory('', { unitClass: 'money' })).toMatchObject({ key: 'ECON_COST', confidence: 0.39 });
    expect(predictCategory('培训人次', { unitClass: 'money' }).key).toBe('QTY');
  });

  it('is deterministic and pure', () => {
    const a = predictCategory('社会科学宣传活动举办及时性');
    a.evidence.length = 0;
    a.scores.QTY = 99;
    const b = predictCategory('社会科学宣传活动举办及时性');
    expect(b.evidence.length).toBeGreaterThan(0);
    expect(b.scores.QTY).not.toBe(99);
    expect(predictCategory('社会科学宣传活动举办及时性')).toEqual(b);
  });
});

describe('isUnsignedEffect', () => {
  it('finds 对…影响 without a harm word and without the project works as agent', () => {
    expect(isUnsignedEffect('对社会经济发展的影响')).toBe(true);
    expect(isUnsignedEffect('对社会公平的不利影响')).toBe(false);
    expect(isUnsignedEffect('施工对周边居民生活的影响')).toBe(false);
    expect(isUnsignedEffect('项目实施对农户正常生产生活的影响')).toBe(false);
    expect(isUnsignedEffect('社会影响力')).toBe(false);
  });
});
