import { describe, expect, it } from 'vitest';
import { hygieneHits } from '../../src/facts/definitions/narrative-text.js';
import { findPeriods } from '../../src/lexicon/periods.js';

const details = (text: string) => hygieneHits(text).map((h) => h.detail);

describe('hygieneHits', () => {
  it('finds doubled function words and punctuation', () => {
    expect(details('完成18个村的的整治')).toEqual(['“的的”重复']);
    expect(details('完成整治，，确保')).toEqual(['“，，”重复']);
    expect(details('≥95%%')).toEqual(['“%%”重复']);
  });

  it('leaves correct reduplications alone', () => {
    for (const text of ['的的确确', '和和美美', '层层落实', '村村通', '人人参与', '达到目的的', '等等']) expect(details(text), text).toEqual([]);
  });

  it('finds unmatched brackets and quotation marks, with their position', () => {
    expect(hygieneHits('完成（一期工程')).toEqual([{ start: 2, end: 3, detail: '“（”后面没有配对的“）”' }]);
    expect(details('2020年度)')).toEqual(['“)”前面没有配对的“(”']);
    expect(details('做好“三农工作')).toEqual(['““”后面没有配对的“””']);
    expect(details('做好“三农”工作（含环境整治）')).toEqual([]);
  });

  it('finds digits mixing full and half width', () => {
    expect(details('１2３人')).toEqual(['数字“１2３”中全角与半角混用']);
    expect(details('95％')).toEqual([]);
  });
});

describe('findPeriods', () => {
  it('finds multi-year periods', () => {
    expect(findPeriods('十四五期间新建10公里').map((p) => p.text)).toEqual(['十四五期间']);
    expect(findPeriods('1.三年内完成').map((p) => p.text)).toEqual(['三年内']);
    expect(findPeriods('2023-2025年累计').map((p) => p.text)).toEqual(['2023-2025年']);
  });

  it('leaves plan names, the budget year and durations alone', () => {
    for (const text of ['“十四五”规划编制完成率', '年内完成', '设施使用年限≥5年', '2024年12月底前']) expect(findPeriods(text), text).toEqual([]);
  });
});
