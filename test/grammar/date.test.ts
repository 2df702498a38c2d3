// Tests for readDate: deadlines, points in time, periods, and what is not a date.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/grammar/date.js';

describe('readDate', () => {
  const cases: [string, number | null, number | null, number | null, 'before' | 'by' | 'within' | null][] = [
    ['2025年11月底前', 2025, 11, null, 'before'],
    ['11月底前', null, 11, null, 'before'],
    ['十一月底前', null, 11, null, 'before'],
    ['十月底', null, 10, null, 'by'],
    ['年底前', null, 12, null, 'before'],
    ['年底', null, 12, null, 'by'],
    ['2025年底前', 2025, 12, null, 'before'],
    ['2025年末', 2025, 12, null, 'by'],
    ['年内', null, null, null, 'within'],
    ['年度内', null, null, null, 'within'],
    ['当年', null, null, null, 'within'],
    ['本年度', null, null, null, 'within'],
    ['2025年度内', 2025, null, null, 'within'],
    ['2025年12月31日前', 2025, 12, 31, 'before'],
    ['12月31日前完成', null, 12, 31, 'before'],
    ['2025年12月完成', 2025, 12, null, 'by'],
    ['2025年6月', 2025, 6, null, null],
    ['2025年', 2025, null, null, null],
    ['二〇二五年十月', 2025, 10, null, null],
    ['2025-11-30', 2025, 11, 30, null],
    ['2025/11/30前', 2025, 11, 30, 'before'],
    ['三季度末', null, 9, null, 'by'],
    ['第二季度前', null, 6, null, 'before'],
    ['上半年', null, 6, null, 'by'],
    ['11月份', null, 11, null, null],
    ['6月中旬', null, 6, null, null],
  ];
  it.each(cases)('reads %s', (text, year, month, day, bound) => {
    const d = readDate(text, 0);
    expect(d).not.toBeNull();
    expect(d).toMatchObject({ year, month, day, bound, length: text.length });
  });

  const notDates = ['95%', '十底', '3个月', '15月', '2025', '≥5年', '1年', '安全生产', '2025-13-01'];
  it.each(notDates)('finds no date in %j', (text) => {
    expect(readDate(text, 0)).toBeNull();
  });

  it('reads from a start position and stops before trailing text', () => {
    expect(readDate('≤2025年11月底前', 1)).toMatchObject({ year: 2025, month: 11, bound: 'before', raw: '2025年11月底前' });
    expect(readDate('11月底前完成全部整治', 0)).toMatchObject({ month: 11, raw: '11月底前完成' });
  });
});
