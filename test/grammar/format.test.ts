// Tests for the value formatters and predicates: formatDirection, normaliseDirection, formatValue, isMoneyCeiling.
import { describe, expect, it } from 'vitest';
import {
  formatDirection,
  formatValue,
  isMoneyCeiling,
  isQuantitative,
  isRatio,
  normaliseDirection,
  parseValue,
} from '../../src/grammar/value.js';

describe('formatDirection / normaliseDirection', () => {
  it('formats canonical symbols and nothing for null', () => {
    expect(formatDirection('≥')).toBe('≥');
    expect(formatDirection(null)).toBe('');
  });
  const cases: [string, string | null][] = [
    ['>=', '≥'], ['＞＝', '≥'], ['≧', '≥'], ['≥≥', '≥'], ['<=', '≤'], ['＝', '='], ['不低于', '≥'], ['不超过', '≤'],
    ['以上', '≥'], ['以内', '≤'], ['定性', null], ['', null], ['95', null],
  ];
  it.each(cases)('normalises %j to %j', (text, direction) => {
    expect(normaliseDirection(text)).toBe(direction);
  });
});

describe('formatValue', () => {
  const cases: [string, string][] = [
    ['>= 95.00 %', '≥95%'], ['≥≥95%', '≥95%'], ['不超过50万元', '≤50万元'], ['95%以上', '≥95%'], ['90%-95%', '90%-95%'],
    ['＜＝15个工作日', '≤15个工作日'], ['两千元', '2000元'], ['≥95安全生产', '≥95'], ['年底前', '年底前'], ['达到预期目标', '达到预期目标'],
  ];
  it.each(cases)('%s → %s', (raw, formatted) => {
    expect(formatValue(parseValue(raw))).toBe(formatted);
  });
});

describe('isMoneyCeiling', () => {
  const cases: [string, boolean][] = [
    ['≤50万元', true], ['<50万元', true], ['=2万元', true], ['≤800元/人·月', true], ['不超过3元/平方米', true],
    ['≥50万元', false], ['>50万元', false], ['50万元', false], ['≤95%', false], ['≥95提高劳动效率', false], ['≤', false],
  ];
  it.each(cases)('%s → %s', (raw, expected) => {
    expect(isMoneyCeiling(parseValue(raw))).toBe(expected);
  });
  it('reads the unit column', () => {
    expect(isMoneyCeiling(parseValue('2.00', { symbol: '=', unit: '万元' }))).toBe(true);
  });
});

describe('isQuantitative / isRatio', () => {
  it('separates numbers from dates and words', () => {
    expect(isQuantitative(parseValue('≥95%'))).toBe(true);
    expect(isQuantitative(parseValue('90-95%'))).toBe(true);
    expect(isQuantitative(parseValue('≤15个工作日'))).toBe(true);
    expect(isQuantitative(parseValue('年底前'))).toBe(false);
    expect(isQuantitative(parseValue('良好'))).toBe(false);
    expect(isRatio(parseValue('≤3‰'))).toBe(true);
    expect(isRatio(parseValue('≤3万元'))).toBe(false);
  });
});
