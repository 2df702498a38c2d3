// Tests for namePolarity: negative and positive names, head-most term wins, reductions turn negative into positive.
import { describe, expect, it } from 'vitest';
import { namePolarity, NEGATIVE_TERMS, POSITIVE_TERMS } from '../../src/lexicon/polarity.js';

describe('namePolarity', () => {
  it.each(NEGATIVE_TERMS)('%s alone is negative', (term) => {
    expect(namePolarity(term)).toBe('negative');
  });
  it.each(POSITIVE_TERMS)('%s alone is positive', (term) => {
    expect(namePolarity(term)).toBe('positive');
  });

  const cases: [string, 'negative' | 'positive' | null][] = [
    ['安全事故发生率', 'negative'], ['安全事故发生次数', 'negative'], ['投诉率', 'negative'], ['施工扬尘投诉次数', 'negative'],
    ['项目总成本', 'negative'], ['问题办结时限', 'negative'], ['秸秆禁烧火点数', 'negative'],
    ['道路保洁达标率', 'positive'], ['受益群众满意度', 'positive'], ['补贴发放及时率', 'positive'],
    ['投诉办结率', 'positive'], ['安全事故下降率', 'positive'], ['降低成本', 'positive'], ['成本节约率', 'positive'],
    ['成本控制率', 'positive'], ['培训人次', null], ['安全生产', null], ['', null],
  ];
  it.each(cases)('%s → %s', (name, polarity) => {
    expect(namePolarity(name)).toBe(polarity);
  });
});
