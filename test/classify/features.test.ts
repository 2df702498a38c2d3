// Tests for the features of a name: normalisation, n-grams, head suffixes, lexicon readings and word classes.
import { describe, expect, it } from 'vitest';
import { featureKind, hasCue, nameFeatures, normalisedClauses } from '../../src/classify/features.js';

describe('normalisedClauses', () => {
  it('keeps Hanzi, Latin letters and digits (as 0), split at punctuation', () => {
    expect(normalisedClauses('有效化解涉检信访矛盾率（%）')).toEqual(['有效化解涉检信访矛盾率']);
    expect(normalisedClauses('河湖“四乱”问题动态清零率')).toEqual(['河湖四乱问题动态清零率']);
    expect(normalisedClauses('pm2.5 浓度')).toEqual(['PM00浓度']);
    expect(normalisedClauses('机构的综合实力、人才的专业水平')).toEqual(['机构的综合实力', '人才的专业水平']);
    expect(normalisedClauses('执行效率指标')).toEqual(['执行效率']);
    expect(normalisedClauses('（%）')).toEqual([]);
  });
});

describe('nameFeatures', () => {
  it('gives character uni-, bi- and trigrams and the head suffixes', () => {
    const f = nameFeatures('补贴发放及时率');
    for (const t of ['1:补', '1:率', '2:补贴', '2:时率', '3:及时率', '$率', '$时率', '$及时率']) expect(f).toContain(t);
    expect(f).not.toContain('$放及时率');
  });

  it('gives the lexicon reading: terms by position, and the lexicon model answer with its band', () => {
    const f = nameFeatures('社会科学宣传活动举办及时性');
    expect(f).toContain('LEX:TIME:head');
    expect(f).toContain('LEX:SOC_BEN:mod');
    expect(f).toContain('LEXTOP:TIME');
    expect(nameFeatures('生态效益增长率')).toEqual(expect.arrayContaining(['LEX:ECO_BEN:explicit', 'LEXTOP:ECO_BEN:hi']));
    // The saving word redirects 成本 to a benefit.
    expect(nameFeatures('降低各项支出成本')).toContain('LEX:ECON_BEN:head');
    expect(nameFeatures('降低各项支出成本')).not.toContain('LEX:ECON_COST:head');
  });

  it('gives word classes anywhere and at the head', () => {
    const f = nameFeatures('施工对饮用水质的影响');
    expect(f).toEqual(expect.arrayContaining(['CUE:BUILD', 'CUE:ECO']));
    expect(nameFeatures('水质达标率')).toEqual(expect.arrayContaining(['CUE:STANDARD:head', 'CUE:ECO']));
    expect(nameFeatures('水质达标率')).not.toContain('CUE:ECO:head');
    expect(hasCue(['施工扰民投诉次数'], 'HARM')).toBe(true);
    expect(hasCue(['培训人次'], 'HARM')).toBe(false);
  });

  it('is deterministic, without duplicates, and empty for a name without word characters', () => {
    const f = nameFeatures('村集体经济收入增长率');
    expect(nameFeatures('村集体经济收入增长率')).toEqual(f);
    expect(new Set(f).size).toBe(f.length);
    expect(nameFeatures('')).toEqual([]);
    expect(nameFeatures('（%）')).toEqual([]);
  });

  it('tells the kind of each token', () => {
    expect(['1:补', '$率', 'LEX:TIME:head', 'LEXTOP:TIME', 'LEXTOP:TIME:hi', 'CUE:ECO'].map(featureKind)).toEqual([
      'ngram', 'suffix', 'lexicon', 'lexiconTop', 'lexiconTop', 'cue',
    ]);
  });
});
