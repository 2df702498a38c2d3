// Tests for cost amounts against the budget and the unit cost × quantity pairing.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/model/index.js';
import { isPerUnitCostName, isTotalCostName, pairUnitCost, perUnitParts, wholeCostYuan } from '../../src/facts/definitions/money-budget.js';
import { parseValue } from '../../src/grammar/value.js';

const SPAN = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const text = (t: string) => ({ text: t, span: SPAN });
function row(level2: string, name: string, value: string, level1 = '产出指标'): Indicator {
  return {
    origin: 'table', level1: text(level1), level1Inherited: false, level2: text(level2), level2Inherited: false,
    level3: text(name), description: null, target: text(value), symbol: null, unit: null, basis: null, extra: {}, span: SPAN,
  };
}

describe('cost names', () => {
  it('tells totals from per-unit costs', () => {
    expect(isTotalCostName('项目总成本')).toBe(true);
    expect(isTotalCostName('经费总额（万元）')).toBe(true);
    expect(isTotalCostName('项目支出')).toBe(true);
    expect(isTotalCostName('清淤作业成本')).toBe(false);
    expect(isTotalCostName('人均总成本')).toBe(false);
    expect(isPerUnitCostName('人均培训成本')).toBe(true);
    expect(isPerUnitCostName('补助标准')).toBe(true);
    expect(isPerUnitCostName('项目总成本')).toBe(false);
  });
});

describe('wholeCostYuan', () => {
  it('converts 万元 and leaves per-unit money and non-cost rows out', () => {
    expect(wholeCostYuan(parseValue('≤45万元'), '项目总成本', 'ECON_COST')).toBe(450000);
    expect(wholeCostYuan(parseValue('≤800元/人'), '培训成本', 'ECON_COST')).toBeNull();
    expect(wholeCostYuan(parseValue('≤3000元'), '人均补助', 'ECON_COST')).toBeNull();
    expect(wholeCostYuan(parseValue('=2万元'), '项目金额', 'QTY')).toBeNull();
    expect(wholeCostYuan(parseValue('≥95%'), '项目总成本', 'ECON_COST')).toBeNull();
  });
});

describe('perUnitParts', () => {
  it('splits the denominator and its period', () => {
    expect(perUnitParts(parseValue('≤300元/人·月'))).toEqual({ base: '人', period: '月' });
    expect(perUnitParts(parseValue('≤3元/㎡'))).toEqual({ base: '平方米', period: null });
    expect(perUnitParts(parseValue('≤2万元'))).toBeNull();
  });
});

describe('pairUnitCost', () => {
  it('multiplies by the matching quantity and compares with the budget', () => {
    const cost = row('成本指标', '人均培训成本', '≤1200元/人');
    const p = pairUnitCost(cost, [row('数量指标', '培训人数', '≥50人'), cost], 60000);
    expect(p?.product).toBe(60000);
    expect(p?.ratio).toBe(1);
    expect(p?.soleCost).toBe(true);
  });
  it('scales monthly standards to a year and 万平方米 to 平方米', () => {
    const monthly = row('成本指标', '人均岗位补贴', '≤1000元/人·月');
    expect(pairUnitCost(monthly, [row('数量指标', '公益岗位人数', '=10人'), monthly], 120000)?.ratio).toBe(1);
    const area = row('成本指标', '单位面积保洁成本', '≤3元/平方米');
    expect(pairUnitCost(area, [row('数量指标', '保洁面积', '=18万平方米'), area], 540000)?.ratio).toBe(1);
  });
  it('prefers the closer of budget and total-cost row, and notes other cost rows', () => {
    const cost = row('成本指标', '人均培训成本', '≤1000元/人');
    const p = pairUnitCost(cost, [row('数量指标', '培训人数', '≥20人'), cost, row('成本指标', '项目总成本', '≤2万元')], 60000);
    expect(p?.referenceLabel).toContain('项目总成本');
    expect(p?.ratio).toBe(1);
    expect(p?.soleCost).toBe(false);
  });
  it('gives up when there is nothing or too much to pair with', () => {
    const cost = row('成本指标', '人均培训成本', '≤1000元/人');
    expect(pairUnitCost(cost, [cost, row('数量指标', '培训场次', '≥5场')], 60000)).toBeNull();
    expect(pairUnitCost(cost, [cost, row('数量指标', '培训人数', '≥20人'), row('数量指标', '结业人数', '≥18人')], 60000)).toBeNull();
    const daily = row('成本指标', '会议人均成本', '≤450元/人·天');
    expect(pairUnitCost(daily, [daily, row('数量指标', '参会人数', '≥40人')], 60000)).toBeNull();
  });
});
