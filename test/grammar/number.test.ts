// Tests for readNumber: Arabic, full-width, grouped, decimal, Chinese numerals, multipliers, and what is not a number.
import { describe, expect, it } from 'vitest';
import { parseNumber, readNumber } from '../../src/grammar/number.js';

describe('readNumber', () => {
  const cases: [string, number, number][] = [
    // text, value, consumed length
    ['95', 95, 2],
    ['95.00', 95, 5],
    ['0.5', 0.5, 3],
    ['1,234.56', 1234.56, 8],
    ['12,345,678', 12345678, 10],
    ['９５', 95, 2],
    ['１２３．５', 123.5, 5],
    ['一百二十', 120, 4],
    ['两千', 2000, 2],
    ['三万五千', 35000, 4],
    ['十二', 12, 2],
    ['十', 10, 1],
    ['二十五', 25, 3],
    ['一百零五', 105, 4],
    ['一万零五百', 10500, 5],
    ['三千五', 3500, 3],
    ['一万五', 15000, 3],
    ['两百五', 250, 3],
    ['三点五', 3.5, 3],
    ['二〇二五', 2025, 4],
    ['壹佰贰拾', 120, 4],
    ['1.5万', 15000, 4],
    ['2亿', 2e8, 2],
    ['3万5千', 35000, 4],
    ['5千', 5000, 2],
    ['2百万', 2e6, 3],
    ['十二万', 120000, 3],
    ['1亿2千万', 1.2e8, 5],
  ];
  it.each(cases)('reads %s as %d (%d chars)', (text, value, length) => {
    const m = readNumber(text, 0);
    expect(m?.value).toBeCloseTo(value, 9);
    expect(m?.length).toBe(length);
  });

  it('reads from a start position and reports the raw text', () => {
    expect(readNumber('≥95%', 1)).toMatchObject({ value: 95, length: 2, raw: '95', form: 'arabic' });
  });

  it('reports the numeral form and thousands grouping', () => {
    expect(readNumber('一百二十')?.form).toBe('chinese');
    expect(readNumber('1.5万')?.form).toBe('mixed');
    expect(readNumber('1,234')?.grouped).toBe(true);
    expect(readNumber('1234')?.grouped).toBe(false);
  });

  it('stops before a multiplier that starts a unit when told so', () => {
    const isUnitAt = (t: string, i: number) => /^(万元|千米|百分比|亿元)/.test(t.slice(i));
    expect(readNumber('50万元', 0, { isUnitAt })?.value).toBe(50);
    expect(readNumber('3千米', 0, { isUnitAt })?.value).toBe(3);
    expect(readNumber('95百分比', 0, { isUnitAt })?.value).toBe(95);
    expect(readNumber('2亿元', 0, { isUnitAt })?.value).toBe(2);
    // Inside a Chinese numeral 千 is part of the number: 两千元 is 2000 元.
    expect(readNumber('两千元', 0, { isUnitAt: (t, i) => t.slice(i).startsWith('千元') })?.value).toBe(2000);
  });

  it('does not read a thousands group that is not three digits', () => {
    expect(readNumber('12,34')).toMatchObject({ value: 12, length: 2 });
    expect(readNumber('90，95')).toMatchObject({ value: 90, length: 2 });
  });

  const notNumbers = ['', '安全生产', '一般', '一次性通过', '十分满意', '万一', '百姓', '万元', '百', '千'];
  it.each(notNumbers)('finds no number in %j', (text) => {
    expect(readNumber(text, 0)).toBeNull();
  });

  it('parseNumber accepts only a whole number', () => {
    expect(parseNumber(' 1,234.5 ')).toBe(1234.5);
    expect(parseNumber('95%')).toBeNull();
  });
});
