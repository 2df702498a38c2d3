// Tests for the basis vocabulary and facts: standard types, named sources, cost grounds, placeholders and copied columns.
import { describe, expect, it } from 'vitest';
import { basisGroundsCost, basisNamesSource, basisStandardOf, isPlaceholderBasis } from '../../src/lexicon/basis-standards.js';
import { basisRepeatsName } from '../../src/facts/definitions/basis-standard.js';
import type { Indicator } from '../../src/model/index.js';

const SPAN = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const text = (t: string) => ({ text: t, span: SPAN });
function row(name: string, basis: string, description = name): Indicator {
  return {
    origin: 'table', level1: text('产出指标'), level1Inherited: false, level2: text('数量指标'), level2Inherited: false,
    level3: text(name), description: text(description), target: text('≥95%'), symbol: null, unit: null, basis: text(basis), extra: {}, span: SPAN,
  };
}

describe('basisStandardOf', () => {
  const cases: [string, string | null][] = [
    ['计划标准：2025年工作计划', '计划标准'], ['历史标准（2024年实际完成98%）', '历史标准'], ['预算支出标准', '预算支出标准'],
    ['支出标准：《会议费管理办法》', '预算支出标准'], ['国家标准：GB 3838-2002', '行业标准'], ['其它标准', '其他标准'],
    ['领导要求', null], ['≥95%', null], ['安全生产', null], ['', null],
  ];
  it.each(cases)('%s → %s', (basis, standard) => {
    expect(basisStandardOf(basis)).toBe(standard);
  });
});

describe('basisNamesSource', () => {
  it.each(['计划标准：《2025年河长制工作方案》', '行业标准：CJJ/T 126', '历史标准：2024年实际完成98%', '计划标准：柳泉镇垃圾收集点选址清单', '其他标准：财预〔2021〕101号', '历史标准：上年实际完成96%'])(
    '%s names a source', (basis) => {
      expect(basisNamesSource(basis)).toBe(true);
    },
  );
  it.each(['计划标准', '行业标准', '计划标准：年度工作计划', '历史标准：往年情况'])('%s does not', (basis) => {
    expect(basisNamesSource(basis)).toBe(false);
  });
});

describe('basisGroundsCost and placeholders', () => {
  it('accepts budgets, estimates, standards and money figures for costs', () => {
    expect(basisGroundsCost('计划标准：项目预算测算表')).toBe(true);
    expect(basisGroundsCost('历史标准：2024年实际支出1.9万元')).toBe(true);
    expect(basisGroundsCost('行业标准：《XX省会议费管理办法》')).toBe(true);
    expect(basisGroundsCost('历史标准')).toBe(false);
  });
  it('treats dashes, slashes and 无 as empty', () => {
    for (const cell of ['', '-', '/', '—', '无', ' ']) expect(isPlaceholderBasis(cell)).toBe(true);
    expect(isPlaceholderBasis('计划标准')).toBe(false);
  });
});

describe('basisRepeatsName', () => {
  it('sees a basis that only repeats the name or the description', () => {
    expect(basisRepeatsName(row('安全生产', '安全生产'))).toBe(true);
    expect(basisRepeatsName(row('项目资金支付率', '资金支付占总额的比率', '资金支付占总额的比率'))).toBe(true);
    expect(basisRepeatsName(row('有效化解涉检信访矛盾率（%）', '有效化解涉检信访矛盾率（%）'))).toBe(true);
  });
  it('does not count a basis that names a standard type', () => {
    expect(basisRepeatsName(row('计划完成率', '计划标准：计划完成率按年度计划'))).toBe(false);
    expect(basisRepeatsName(row('安全生产检查次数', '计划标准：2025年安全生产工作要点'))).toBe(false);
  });
});
