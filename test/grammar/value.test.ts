// Tests for parseValue: every direction, unit, number, range, date, duration and qualitative form, and the sample's broken values.
import { describe, expect, it } from 'vitest';
import { parseValue, type ParsedValue } from '../../src/grammar/value.js';
import { PREFIX_WORDS, SUFFIX_WORDS } from '../../src/lexicon/directions.js';
import { UNIT_ENTRIES } from '../../src/lexicon/units.js';

function pick(v: ParsedValue, keys: (keyof ParsedValue)[]): Partial<ParsedValue> {
  return Object.fromEntries(keys.map((k) => [k, v[k]]));
}

describe('parseValue: direction symbols', () => {
  const cases: [string, string, string, boolean, number][] = [
    // raw, direction, directionRaw, needsNormalising, number
    ['≥95%', '≥', '≥', false, 95],
    ['≤5%', '≤', '≤', false, 5],
    ['>95%', '>', '>', false, 95],
    ['<5%', '<', '<', false, 5],
    ['=100%', '=', '=', false, 100],
    ['＞95%', '>', '＞', true, 95],
    ['＜5%', '<', '＜', true, 5],
    ['＝100%', '=', '＝', true, 100],
    ['>=95%', '≥', '>=', true, 95],
    ['<=5%', '≤', '<=', true, 5],
    ['＞＝90％', '≥', '＞＝', true, 90],
    ['＜＝10％', '≤', '＜＝', true, 10],
    ['≧95%', '≥', '≧', true, 95],
    ['≦5%', '≤', '≦', true, 5],
    ['≥≥95%', '≥', '≥≥', true, 95],
    ['==100%', '=', '==', true, 100],
    ['=>95%', '≥', '=>', true, 95],
    ['≥ 95%', '≥', '≥', true, 95],
    ['> = 95%', '≥', '> =', true, 95],
  ];
  it.each(cases)('%s → %s', (raw, direction, directionRaw, needsNormalising, number) => {
    const v = parseValue(raw);
    expect(pick(v, ['direction', 'directionRaw', 'directionNeedsNormalising', 'directionSource', 'number', 'unit'])).toEqual({
      direction, directionRaw, directionNeedsNormalising: needsNormalising, directionSource: 'symbol', number, unit: '%',
    });
  });
});

describe('parseValue: direction words', () => {
  const expected: Record<string, string> = {
    大于或等于: '≥', 高于或等于: '≥', 小于或等于: '≤', 低于或等于: '≤', 大于等于: '≥', 小于等于: '≤', 控制在: '≤',
    不低于: '≥', 不少于: '≥', 不小于: '≥', 不得低于: '≥', 不得少于: '≥', 不高于: '≤', 不超过: '≤', 不多于: '≤',
    不大于: '≤', 不得超过: '≤', 不得高于: '≤', 至少: '≥', 最少: '≥', 最多: '≤', 达到: '≥', 低于: '<', 少于: '<',
    小于: '<', 不足: '<', 高于: '>', 大于: '>', 超过: '>', 多于: '>', 等于: '=',
  };
  it('covers every prefix word of the lexicon', () => {
    expect(Object.keys(expected).sort()).toEqual(PREFIX_WORDS.map(([w]) => w).sort());
  });
  it.each(PREFIX_WORDS.map(([w]) => w))('prefix %s', (word) => {
    const v = parseValue(`${word}95%`);
    expect(pick(v, ['direction', 'directionRaw', 'directionSource', 'directionNeedsNormalising', 'number', 'unit', 'tail'])).toEqual({
      direction: expected[word], directionRaw: word, directionSource: 'word', directionNeedsNormalising: false, number: 95, unit: '%', tail: '',
    });
  });

  const suffixExpected: Record<string, string> = {
    及以上: '≥', 或以上: '≥', 以上: '≥', 及以下: '≤', 或以下: '≤', 以下: '≤', 以内: '≤', 之内: '≤', 内: '≤',
  };
  it.each(SUFFIX_WORDS.map(([w]) => w))('suffix %s', (word) => {
    const v = parseValue(`95%${word}`);
    expect(pick(v, ['direction', 'directionRaw', 'directionSource', 'number', 'unit', 'tail'])).toEqual({
      direction: suffixExpected[word], directionRaw: word, directionSource: 'suffix', number: 95, unit: '%', tail: '',
    });
  });

  it('reads trailing forms after other units', () => {
    expect(pick(parseValue('3天以内'), ['kind', 'direction', 'number', 'unit', 'duration'])).toEqual({
      kind: 'duration', direction: '≤', number: 3, unit: '天', duration: { amount: 3, unit: '天' },
    });
    expect(pick(parseValue('500人次以上'), ['direction', 'number', 'unit'])).toEqual({ direction: '≥', number: 500, unit: '人次' });
  });

  it('keeps the leading direction when a suffix repeats it', () => {
    expect(pick(parseValue('不低于95%以上'), ['direction', 'directionRaw', 'tail'])).toEqual({ direction: '≥', directionRaw: '不低于', tail: '' });
  });

  it('marks approximate values, which have no direction', () => {
    expect(pick(parseValue('约95%'), ['approximate', 'direction', 'number', 'tail'])).toEqual({ approximate: true, direction: null, number: 95, tail: '' });
    expect(pick(parseValue('95%左右'), ['approximate', 'direction', 'number', 'tail'])).toEqual({ approximate: true, direction: null, number: 95, tail: '' });
  });

  it('has no direction for a bare number', () => {
    expect(pick(parseValue('95%'), ['direction', 'directionRaw', 'directionSource'])).toEqual({ direction: null, directionRaw: null, directionSource: null });
  });
});

describe('parseValue: numbers', () => {
  const cases: [string, number, string | null][] = [
    ['≥1,234.56万元', 1234.56, '万元'],
    ['≥９５％', 95, '%'],
    ['≥一百二十人次', 120, '人次'],
    ['两千元', 2000, '元'],
    ['三万五千元', 35000, '元'],
    ['十二个', 12, '个'],
    ['≥1.5万', 15000, null],
    ['1.5万人', 1.5, '万人'],
    ['1.5万株', 1.5, '万株'],
    ['≥3万5千人', 35000, '人'],
    ['2亿元', 2, '亿元'],
    ['≤-5%', -5, '%'],
    ['百分之九十五', 95, '%'],
    ['百分之百', 100, '%'],
    ['千分之三', 3, '‰'],
    ['≥95.00', 95, null],
    ['≥ 95 %', 95, '%'],
    ['95(%)', 95, '%'],
    ['≤30（万元）', 30, '万元'],
  ];
  it.each(cases)('%s → %d %s', (raw, number, unit) => {
    const v = parseValue(raw);
    expect(pick(v, ['kind', 'number', 'unit', 'tail', 'isNumeric'])).toEqual({ kind: 'quantity', number, unit, tail: '', isNumeric: true });
  });
});

describe('parseValue: units', () => {
  it.each(UNIT_ENTRIES.map((e) => [e.raw, e.unit, e.unitClass] as const))('unit %s → %s (%s)', (raw, unit, unitClass) => {
    const v = parseValue(`≥15${raw}`);
    expect(pick(v, ['number', 'unit', 'unitRaw', 'unitClass', 'unitSource', 'tail'])).toEqual({
      number: 15, unit, unitRaw: raw, unitClass, unitSource: 'value', tail: '',
    });
    expect(v.kind).toBe(unitClass === 'time' ? 'duration' : 'quantity');
  });

  const compound: [string, string, string, number | null][] = [
    ['≤1000元/人', '元/人', 'money', 1000],
    ['≤800元/人·月', '元/人·月', 'money', 800],
    ['≤800元/人/月', '元/人·月', 'money', 800],
    ['≤3元/平方米', '元/平方米', 'money', 3],
    ['≤3元/㎡', '元/平方米', 'money', 3],
    ['≤20万元/年', '万元/年', 'money', 200000],
    ['≤5万元/公里', '万元/公里', 'money', 50000],
    ['≤200元/户', '元/户', 'money', 200],
    ['≤50元/亩', '元/亩', 'money', 50],
    ['≥1人/年', '人/年', 'people', null],
    ['≥2次/年', '次/年', 'count', null],
    ['≥500立方米/日', '立方米/日', 'volume', null],
    ['≤35μg/m³', 'μg/m³', 'concentration', null],
    ['≤35ug/m3', 'μg/m³', 'concentration', null],
    ['≤10mg/L', 'mg/L', 'concentration', null],
  ];
  it.each(compound)('compound %s', (raw, unit, unitClass, moneyYuan) => {
    const v = parseValue(raw);
    expect(pick(v, ['unit', 'unitClass', 'moneyYuan', 'tail'])).toEqual({ unit, unitClass, moneyYuan, tail: '' });
  });

  it('converts money to 元', () => {
    expect(parseValue('≤50万元').moneyYuan).toBe(500000);
    expect(parseValue('2亿元').moneyYuan).toBe(2e8);
    expect(parseValue('≤3千元').moneyYuan).toBe(3000);
    expect(parseValue('≤1,234.56万元').moneyYuan).toBeCloseTo(12345600, 6);
    expect(parseValue('≤95%').moneyYuan).toBeNull();
  });

  it('does not read the first character of a word as a unit', () => {
    expect(pick(parseValue('≥95项目总成本'), ['unit', 'tail'])).toEqual({ unit: null, tail: '项目总成本' });
    expect(pick(parseValue('≥95人员工作'), ['unit', 'tail'])).toEqual({ unit: null, tail: '人员工作' });
    expect(pick(parseValue('≥95个人'), ['unit', 'tail'])).toEqual({ unit: null, tail: '个人' });
    expect(pick(parseValue('≥95次数'), ['unit', 'tail'])).toEqual({ unit: null, tail: '次数' });
    // A classifier before an object noun keeps its unit; the noun is the tail.
    expect(pick(parseValue('≥3个村庄'), ['unit', 'tail'])).toEqual({ unit: '个', tail: '村庄' });
    expect(pick(parseValue('≥3个行政村'), ['unit', 'tail'])).toEqual({ unit: '个行政村', tail: '' });
  });
});

describe('parseValue: ranges', () => {
  const cases: [string, number, number, string | null][] = [
    ['90%-95%', 90, 95, '%'],
    ['90~95%', 90, 95, '%'],
    ['90～95%', 90, 95, '%'],
    ['90至95', 90, 95, null],
    ['90到95分', 90, 95, '分'],
    ['90—95%', 90, 95, '%'],
    ['10-20万元', 10, 20, '万元'],
  ];
  it.each(cases)('%s', (raw, number, numberMax, unit) => {
    expect(pick(parseValue(raw), ['kind', 'number', 'numberMax', 'unit', 'tail'])).toEqual({ kind: 'range', number, numberMax, unit, tail: '' });
  });
});

describe('parseValue: dates and durations', () => {
  const dates: [string, ParsedValue['date'], string | null][] = [
    ['2025年11月底前', { year: 2025, month: 11, day: null, bound: 'before' }, null],
    ['11月底前', { year: null, month: 11, day: null, bound: 'before' }, null],
    ['年底前', { year: null, month: 12, day: null, bound: 'before' }, null],
    ['年内', { year: null, month: null, day: null, bound: 'within' }, null],
    ['当年', { year: null, month: null, day: null, bound: 'within' }, null],
    ['2025年12月31日前', { year: 2025, month: 12, day: 31, bound: 'before' }, null],
    ['2025年12月完成', { year: 2025, month: 12, day: null, bound: 'by' }, null],
    ['≥2025年12月', { year: 2025, month: 12, day: null, bound: null }, '≥'],
  ];
  it.each(dates)('date %s', (raw, date, direction) => {
    expect(pick(parseValue(raw), ['kind', 'date', 'direction', 'isNumeric', 'tail'])).toEqual({ kind: 'date', date, direction, isNumeric: false, tail: '' });
  });

  const durations: [string, number, string, string | null][] = [
    ['≤15个工作日', 15, '个工作日', '≤'],
    ['15个工作日内', 15, '个工作日', '≤'],
    ['3天内', 3, '天', '≤'],
    ['3日内完成', 3, '天', '≤'],
    ['24小时', 24, '小时', null],
    ['≤2周', 2, '周', '≤'],
    ['≤3个月', 3, '个月', '≤'],
    ['≥5年', 5, '年', '≥'],
    ['三个工作日', 3, '个工作日', null],
  ];
  it.each(durations)('duration %s', (raw, amount, unit, direction) => {
    expect(pick(parseValue(raw), ['kind', 'duration', 'direction', 'unitClass', 'tail'])).toEqual({
      kind: 'duration', duration: { amount, unit }, direction, unitClass: 'time', tail: '',
    });
  });
});

describe('parseValue: qualitative', () => {
  const graded = [
    '达到预期目标', '达到预期', '基本达到', '基本达到预期', '部分达到', '部分达到预期目标', '未达到', '未达到预期', '达成预期指标',
    '部分达成预期指标并具有一定效果', '未达成预期指标', '优', '良', '中', '差', '优良中差', '优/良/中/差', '已建立', '建立并运行',
    '无明显影响', '无明显负面影响', '无负面影响', '合格', '验收合格', '达标', '通过验收',
  ];
  it.each(graded)('graded %s', (raw) => {
    expect(pick(parseValue(raw), ['kind', 'qualitative', 'direction', 'isNumeric'])).toEqual({
      kind: 'qualitative', qualitative: { text: raw, graded: true, vague: false, weak: false }, direction: null, isNumeric: false,
    });
  });

  it.each(['是', '否', '全覆盖', '已完成'])('weak %s', (raw) => {
    expect(parseValue(raw).qualitative).toEqual({ text: raw, graded: true, vague: false, weak: true });
  });

  const vague = [
    '明显提升', '有所改善', '进一步加强', '效果明显', '显著', '有效', '较好', '良好', '持续改善', '逐步提高', '不断完善', '积极推进',
    '较大提升', '及时', '好', '合规', '较好完成', '按时发放', '一般',
  ];
  it.each(vague)('vague %s', (raw) => {
    expect(pick(parseValue(raw), ['kind', 'qualitative'])).toEqual({
      kind: 'qualitative', qualitative: { text: raw, graded: false, vague: true, weak: false },
    });
  });

  it.each(['见方案', '详见附件', '-', '/'])('text %s', (raw) => {
    expect(pick(parseValue(raw), ['kind', 'qualitative', 'isNumeric'])).toEqual({ kind: 'text', qualitative: null, isNumeric: false });
  });
});

describe('parseValue: the sample’s broken values', () => {
  const cases: [string, string][] = [
    ['≥95安全生产', '安全生产'],
    ['≥95经济效益提升%', '经济效益提升%'],
    ['≥95有效化解涉检信访矛盾率（%）', '有效化解涉检信访矛盾率（%）'],
    ['≥95提高劳动效率', '提高劳动效率'],
    ['≥95项目总成本', '项目总成本'],
    ['≥95对象满意度', '对象满意度'],
    ['≥95保证矿井安全运行，增加企业经济效益', '保证矿井安全运行，增加企业经济效益'],
  ];
  it.each(cases)('%s keeps ≥ 95 and the tail', (raw, tail) => {
    expect(pick(parseValue(raw), ['kind', 'direction', 'number', 'unit', 'unitClass', 'tail', 'isNumeric'])).toEqual({
      kind: 'quantity', direction: '≥', number: 95, unit: null, unitClass: null, tail, isNumeric: true,
    });
  });

  it('ignores trailing punctuation as a tail', () => {
    expect(parseValue('≥95%。').tail).toBe('');
  });
});

describe('parseValue: separate symbol and unit fields', () => {
  it('takes symbol and unit from the narrative fields', () => {
    expect(pick(parseValue('99.00', { symbol: '≥', unit: '百分比' }), ['kind', 'direction', 'directionSource', 'number', 'unit', 'unitRaw', 'unitClass', 'unitSource'])).toEqual({
      kind: 'quantity', direction: '≥', directionSource: 'column', number: 99, unit: '%', unitRaw: '百分比', unitClass: 'percent', unitSource: 'column',
    });
  });

  it('splits the joined narrative form', () => {
    expect(pick(parseValue('≥-95.00-百分比'), ['raw', 'direction', 'number', 'unit'])).toEqual({ raw: '95.00', direction: '≥', number: 95, unit: '%' });
    expect(pick(parseValue('=-2.00-万元'), ['direction', 'number', 'unit', 'moneyYuan'])).toEqual({ direction: '=', number: 2, unit: '万元', moneyYuan: 20000 });
  });

  it('normalises a non-canonical symbol column', () => {
    expect(pick(parseValue('90', { symbol: '＞＝' }), ['direction', 'directionRaw', 'directionNeedsNormalising'])).toEqual({
      direction: '≥', directionRaw: '＞＝', directionNeedsNormalising: true,
    });
  });

  it('records a declared type instead of a direction', () => {
    expect(parseValue('达到预期目标', { symbol: '定性' }).declaredType).toBe('qualitative');
    expect(parseValue('', { symbol: '文字描述', unit: '时间精力等' })).toMatchObject({
      kind: 'empty', declaredType: 'qualitative', unit: '时间精力等', unitClass: null,
    });
    expect(parseValue('5', { symbol: '定量（其他）' }).declaredType).toBe('quantitative-other');
    expect(parseValue('5', { symbol: '不适用' }).declaredType).toBe('not-applicable');
  });

  it('lets the value’s own direction and unit win, and flags a unit conflict', () => {
    expect(pick(parseValue('≤95%', { symbol: '≥', unit: '人' }), ['direction', 'unit', 'unitConflict'])).toEqual({ direction: '≤', unit: '%', unitConflict: true });
    expect(parseValue('95%', { unit: '%' }).unitConflict).toBe(false);
    expect(parseValue('95%', { unit: '百分比' }).unitConflict).toBe(false);
  });

  it('uses the unit column for money', () => {
    expect(pick(parseValue('30', { symbol: '≤', unit: '万元' }), ['unitClass', 'moneyYuan'])).toEqual({ unitClass: 'money', moneyYuan: 300000 });
  });
});

describe('parseValue: empty', () => {
  it.each(['', '   ', '\u3000'])('%j is empty', (raw) => {
    expect(pick(parseValue(raw), ['kind', 'raw', 'isNumeric'])).toEqual({ kind: 'empty', raw: '', isNumeric: false });
  });
  it('a direction with nothing after it is empty', () => {
    expect(pick(parseValue('≥'), ['kind', 'direction'])).toEqual({ kind: 'empty', direction: '≥' });
  });
});
