// Tests for the unit lexicon: §3.5 coverage, longest-first matching, lookups and classes.
import { describe, expect, it } from 'vitest';
import { lookupUnit, matchUnitAt, UNIT_ENTRIES, unitClassOf } from '../../src/lexicon/units.js';

describe('unit lexicon', () => {
  // Every unit named in domain-rules §3.5, with its class.
  const required: Record<string, string> = {
    个: 'count', 项: 'count', 件: 'count', 份: 'count', 次: 'count', 场: 'count', 场次: 'count', 期: 'count', 批: 'count',
    套: 'count', 台: 'count', 辆: 'count', 座: 'count', 处: 'count', 所: 'count', 家: 'count', 户: 'count', 村: 'count',
    条: 'count', 盏: 'count', 棵: 'count', 株: 'count', 篇: 'count', 本: 'count', 册: 'count', 张: 'count',
    人: 'people', 人次: 'people', 名: 'people',
    元: 'money', 万元: 'money', 亿元: 'money',
    '%': 'percent', 百分比: 'percent', '‰': 'permille',
    天: 'time', 日: 'time', 个工作日: 'time', 小时: 'time', 周: 'time', 月: 'time', 个月: 'time', 季度: 'time', 年: 'time', 年度: 'time',
    公里: 'length', 千米: 'length', km: 'length', 米: 'length', m: 'length', 延米: 'length',
    平方米: 'area', '㎡': 'area', 万平方米: 'area', 亩: 'area', 万亩: 'area', 公顷: 'area', 平方公里: 'area',
    吨: 'mass', 万吨: 'mass', 立方米: 'volume', 'm³': 'volume', 方: 'volume', 千瓦时: 'energy', 度: 'energy',
    分: 'score', 级: 'score', 星: 'score', 等: 'score', 'μg/m³': 'concentration', 'mg/L': 'concentration',
  };
  it.each(Object.entries(required))('has %s as %s', (raw, unitClass) => {
    expect(lookupUnit(raw)?.unitClass).toBe(unitClass);
  });

  it('normalises spellings', () => {
    expect(lookupUnit('百分比')?.unit).toBe('%');
    expect(lookupUnit('km')?.unit).toBe('公里');
    expect(lookupUnit('㎡')?.unit).toBe('平方米');
    expect(lookupUnit('名')?.unit).toBe('人');
    expect(lookupUnit('工作日')?.unit).toBe('个工作日');
    expect(lookupUnit('万元')?.yuanFactor).toBe(1e4);
    expect(lookupUnit('亿元')?.yuanFactor).toBe(1e8);
  });

  it('is sorted longest first and has no duplicate spelling', () => {
    const lengths = UNIT_ENTRIES.map((e) => e.raw.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(new Set(UNIT_ENTRIES.map((e) => e.raw)).size).toBe(UNIT_ENTRIES.length);
  });

  it('matches the longest spelling', () => {
    expect(matchUnitAt('95万平方米', 2)?.raw).toBe('万平方米');
    expect(matchUnitAt('300人次', 3)?.raw).toBe('人次');
    expect(matchUnitAt('30分钟', 2)?.raw).toBe('分钟');
    expect(matchUnitAt('3mg/L', 1)?.raw).toBe('mg/L');
    expect(matchUnitAt('3m', 1)?.raw).toBe('m');
    expect(matchUnitAt('3max', 1)).toBeNull();
    expect(matchUnitAt('95安全', 2)).toBeNull();
  });

  it('gives the class of normalised and compound units', () => {
    expect(unitClassOf('万元')).toBe('money');
    expect(unitClassOf('元/人·月')).toBe('money');
    expect(unitClassOf('人/年')).toBe('people');
    expect(unitClassOf('安全生产')).toBeNull();
  });
});
