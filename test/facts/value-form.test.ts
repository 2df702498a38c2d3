// Tests for the value-form facts: unreadable values, special value types, normalised directions and single targets for ranges.
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/grammar/value.js';
import { normalisedValue, singleTarget, specialType, unreadableValue } from '../../src/facts/definitions/value-form.js';

describe('unreadableValue (R-VAL-01)', () => {
  it.each([
    ['见实施方案', '见实施方案'], ['≥90%完成情况良好', '完成情况良好'], ['按计划推进', '按计划推进'],
  ])('%s is unreadable (%s)', (value, quoted) => {
    expect(unreadableValue(parseValue(value), false)).toContain(quoted);
  });

  it.each([
    '≥95%', '2025年11月底前完成', '达到预期目标', '明显提升', '≥300人次（参训人员）', '≥2次每月', '每月≥2次', '全年≥24次', '', '-', '待定',
    '详见附件', '×××', '暂不确定', '不适用', '90%-95%', '≤15个工作日内',
  ])('%j is left alone', (value) => {
    expect(unreadableValue(parseValue(value), false)).toBe('');
  });

  it('leaves an echoed name to value-echoes-name', () => {
    expect(unreadableValue(parseValue('≥95提高劳动效率'), true)).toBe('');
    expect(unreadableValue(parseValue('≥95提高劳动效率'), false)).toContain('提高劳动效率');
  });
});

describe('specialType (R-VAL-10)', () => {
  it('reads the symbol column and the value itself', () => {
    expect(specialType(parseValue('500', { symbol: '定量（其他）' }))).toBe('定量（其他）');
    expect(specialType(parseValue('', { symbol: '不适用' }))).toBe('不适用');
    expect(specialType(parseValue('暂不确定'))).toBe('暂不确定');
    expect(specialType(parseValue('≥95%'))).toBe('');
    expect(specialType(parseValue('达到预期目标', { symbol: '定性' }))).toBe('');
  });
});

describe('normalisedValue (R-VAL-08)', () => {
  it.each([
    ['>=95%', null, '≥95%'], ['≥≥95%', null, '≥95%'], ['≥ 95 %', null, '≥95%'], ['＞＝95%', null, '≥95%'], ['≧85%', null, '≥85%'],
    ['300', '＞＝', '≥'],
  ])('%s (symbol column %s) → %s', (value, symbol, expected) => {
    expect(normalisedValue(parseValue(value, { symbol }))).toBe(expected);
  });
});

describe('singleTarget (R-VAL-09)', () => {
  it('takes the lower bound of a good-is-high range and the upper bound of a negative one', () => {
    expect(singleTarget(parseValue('90%-95%'), '道路保洁达标率')).toBe('≥90%');
    expect(singleTarget(parseValue('0~2次'), '安全事故发生次数')).toBe('≤2次');
    expect(singleTarget(parseValue('≥90%'), '道路保洁达标率')).toBe('');
  });
});
