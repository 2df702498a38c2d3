// Tests for satisfaction percentages and deadline/time-limit direction problems.
import { describe, expect, it } from 'vitest';
import { deadlineProblemOf, isSatisfactionName, satisfactionNoteOf, satisfactionPercentOf } from '../../src/facts/definitions/direction-bands.js';
import { parseValue } from '../../src/grammar/value.js';

describe('isSatisfactionName', () => {
  it('reads 满意 anywhere, 好评/认可 only under 满意度, never 不满意', () => {
    expect(isSatisfactionName('群众满意度', false)).toBe(true);
    expect(isSatisfactionName('满意率', true)).toBe(true);
    expect(isSatisfactionName('服务好评率', true)).toBe(true);
    expect(isSatisfactionName('服务好评率', false)).toBe(false);
    expect(isSatisfactionName('群众不满意率', true)).toBe(false);
  });
});

describe('satisfactionPercentOf', () => {
  const cases: [string, { symbol?: string; unit?: string }, number | null][] = [
    ['≥90%', {}, 90], ['=100%', {}, 100], ['≥95满意率', {}, 95], ['99.00', { symbol: '≥', unit: '百分比' }, 99],
    ['≥90分', {}, null], ['≤90%', {}, null], ['达到预期目标', {}, null], ['≥120', {}, null],
  ];
  it.each(cases)('%s %j → %s', (raw, opts, expected) => {
    expect(satisfactionPercentOf(parseValue(raw, opts))).toBe(expected);
  });
});

describe('deadlineProblemOf', () => {
  const bad: [string, string][] = [
    ['≥2025年12月', '项目完成时间'], ['＞2025年6月', '验收时间'], ['2025年6月以后', '项目验收时间'],
    ['≥60天', '信访事项办结时限'], ['≥15个工作日', '问题处置时间'], ['>6个月', '项目实施周期'],
  ];
  it.each(bad)('%s (%s) is reported', (raw, name) => {
    expect(deadlineProblemOf(parseValue(raw), name)).not.toBe('');
  });
  const good: [string, string][] = [
    ['2025年10月底前', '项目完成时间'], ['≤15个工作日', '办结时限'], ['≥10年', '设施使用年限'], ['≥40小时', '每周开放时间'],
    ['≥3天', '培训天数'], ['年底前', '完成时间'], ['≥95%', '及时率'],
  ];
  it.each(good)('%s (%s) is fine', (raw, name) => {
    expect(deadlineProblemOf(parseValue(raw), name)).toBe('');
  });
});

describe('satisfactionNoteOf', () => {
  it('says which side of a usual target the value lies on', () => {
    expect(satisfactionNoteOf(100)).toContain('100%');
    expect(satisfactionNoteOf(99)).toContain('接近100%');
    expect(satisfactionNoteOf(60)).toContain('过低');
    expect(satisfactionNoteOf(null)).toBe('');
  });
});
