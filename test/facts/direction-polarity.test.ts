// Tests for the direction facts' polarity: the lexicon's reading, with handling measures and non-head nouns set aside.
import { describe, expect, it } from 'vitest';
import { directionPolarity, isPositiveRateName } from '../../src/facts/definitions/direction-polarity.js';
import { negativeTermIsHead } from '../../src/lexicon/direction-guards.js';

describe('directionPolarity', () => {
  const cases: [string, 'negative' | 'positive' | null][] = [
    ['安全事故发生率', 'negative'], ['施工扬尘投诉次数', 'negative'], ['上访人次', 'negative'], ['支出成本', 'negative'],
    ['秸秆禁烧火点数', 'negative'], ['投诉率', 'negative'],
    // Handling measures: more is better, whatever negative noun they contain.
    ['违法案件查处率', null], ['投诉受理率', null], ['故障修复率', null], ['查处违法案件数', null], ['扬尘污染治理率', null],
    // The negative noun is not the head.
    ['水电取暖费用按期缴纳率', null], ['闲置资产盘活率', null],
    // Positive names keep the lexicon's reading.
    ['投诉办结率', 'positive'], ['安全事故下降率', 'positive'], ['受益群众满意度', 'positive'], ['培训人次', null],
  ];
  it.each(cases)('%s → %s', (name, polarity) => {
    expect(directionPolarity(name)).toBe(polarity);
  });
});

describe('negativeTermIsHead', () => {
  it.each([['事故发生率', true], ['投诉次数（次）', true], ['损失金额', true], ['费用按期缴纳率', false], ['培训人数', false]] as const)(
    '%s → %s', (name, head) => {
      expect(negativeTermIsHead(name)).toBe(head);
    },
  );
});

describe('isPositiveRateName', () => {
  it.each(['道路保洁达标率', '补贴发放及时率', '受益群众满意度', '垃圾无害化处理率', '村庄绿化覆盖率（%）'])('%s is a positive rate', (name) => {
    expect(isPositiveRateName(name)).toBe(true);
  });
  it.each(['公用经费增长率', '收入增长率', '差错率', '三公经费支出占比', '补贴发放人数', '培训人次'])('%s is not', (name) => {
    expect(isPositiveRateName(name)).toBe(false);
  });
});
