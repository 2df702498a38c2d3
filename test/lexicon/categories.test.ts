// Tests for the category labels: every §1.5 synonym, parent-dependent labels, standard names, allowed pairs.
import { describe, expect, it } from 'vitest';
import {
  allowedChildren,
  canonicalLevel1,
  canonicalLevel2,
  frameworkVariant,
  isAllowedChild,
  isCategoryLabel,
  isEvaluationFrameworkLabel,
  LEVEL2_KEYS,
  level1Label,
  level2Label,
  matchCategoryLabel,
  type Level1Key,
  type Level2Key,
} from '../../src/lexicon/categories.js';

describe('canonicalLevel1', () => {
  const cases: [string, Level1Key][] = [
    ['产出指标', 'OUTPUT'], ['产出', 'OUTPUT'], ['产出类指标', 'OUTPUT'], ['产出(工作量)指标', 'OUTPUT'], ['产出（工作量）指标', 'OUTPUT'],
    ['成本指标', 'COST'], ['成本', 'COST'], ['投入成本指标', 'COST'], ['投入指标', 'COST'],
    ['效益指标', 'BENEFIT'], ['效果指标', 'BENEFIT'], ['效益', 'BENEFIT'], ['效果', 'BENEFIT'],
    ['满意度指标', 'SATISFACTION'], ['满意度', 'SATISFACTION'], ['服务对象满意度指标', 'SATISFACTION'],
    ['社会公众或服务对象满意度指标', 'SATISFACTION'],
    [' 产出 指标 ', 'OUTPUT'], ['一、产出指标', 'OUTPUT'], ['1.效益指标', 'BENEFIT'], ['（二）成本指标', 'COST'],
  ];
  it.each(cases)('%s → %s', (label, key) => {
    expect(canonicalLevel1(label)).toBe(key);
  });
  it.each(['决策', '过程', '数量指标', '', '安全生产'])('%j is not a 一级 label', (label) => {
    expect(canonicalLevel1(label)).toBeNull();
  });
});

describe('canonicalLevel2', () => {
  const cases: [string, Level2Key][] = [
    ['数量指标', 'QTY'], ['数量', 'QTY'], ['产出数量指标', 'QTY'], ['产出数量', 'QTY'],
    ['质量指标', 'QUAL'], ['质量', 'QUAL'], ['产出质量', 'QUAL'],
    ['时效指标', 'TIME'], ['时效', 'TIME'], ['进度指标', 'TIME'], ['产出进度', 'TIME'], ['时效性指标', 'TIME'],
    ['成本指标', 'ECON_COST'], ['经济成本指标', 'ECON_COST'], ['产出成本', 'ECON_COST'],
    ['社会成本指标', 'SOC_COST'], ['生态环境成本指标', 'ECO_COST'], ['环境成本指标', 'ECO_COST'],
    ['经济效益指标', 'ECON_BEN'], ['经济效益', 'ECON_BEN'], ['社会效益指标', 'SOC_BEN'], ['社会效益', 'SOC_BEN'],
    ['生态效益指标', 'ECO_BEN'], ['环境效益指标', 'ECO_BEN'], ['生态环境效益', 'ECO_BEN'],
    ['可持续影响指标', 'SUSTAIN'], ['可持续发展指标', 'SUSTAIN'], ['可持续影响', 'SUSTAIN'], ['可持续影响力指标', 'SUSTAIN'],
    ['服务对象满意度指标', 'SAT_SUB'], ['满意度指标', 'SAT_SUB'], ['社会公众满意度', 'SAT_SUB'], ['群众满意度', 'SAT_SUB'],
    ['受益对象满意度', 'SAT_SUB'], ['服务对象满意度', 'SAT_SUB'], [' 数量 指标', 'QTY'],
  ];
  it.each(cases)('%s → %s', (label, key) => {
    expect(canonicalLevel2(label)).toBe(key);
  });

  it('reads 成本指标 as ECON_COST under 产出 (2015), under 成本, and alone', () => {
    expect(canonicalLevel2('成本指标', 'OUTPUT')).toBe('ECON_COST');
    expect(canonicalLevel2('成本指标', 'COST')).toBe('ECON_COST');
    expect(canonicalLevel2('成本指标', null)).toBe('ECON_COST');
  });

  it('resolves bare 经济/社会/生态 by the 一级 above', () => {
    expect(canonicalLevel2('经济指标', 'COST')).toBe('ECON_COST');
    expect(canonicalLevel2('经济指标', 'BENEFIT')).toBe('ECON_BEN');
    expect(canonicalLevel2('社会', 'COST')).toBe('SOC_COST');
    expect(canonicalLevel2('生态环境指标', 'BENEFIT')).toBe('ECO_BEN');
    expect(canonicalLevel2('经济指标')).toBeNull();
  });

  it.each(['预算执行率', '资金到位率', '决策', '产出指标', '', '安全生产'])('%j is not a 二级 label', (label) => {
    expect(canonicalLevel2(label)).toBeNull();
  });
});

describe('labels and pairs', () => {
  it('names every key', () => {
    expect(LEVEL2_KEYS.map((k) => level2Label(k))).toEqual([
      '数量指标', '质量指标', '时效指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '经济效益指标', '社会效益指标',
      '生态效益指标', '可持续影响指标', '服务对象满意度指标',
    ]);
    expect(level2Label('ECON_COST', 'OUTPUT')).toBe('成本指标');
    expect(level1Label('SATISFACTION')).toBe('满意度指标');
  });

  it('knows the allowed children', () => {
    expect(allowedChildren('OUTPUT')).toEqual(['QTY', 'QUAL', 'TIME', 'ECON_COST']);
    expect(allowedChildren('COST')).toEqual(['ECON_COST', 'SOC_COST', 'ECO_COST']);
    expect(allowedChildren('BENEFIT')).toEqual(['ECON_BEN', 'SOC_BEN', 'ECO_BEN', 'SUSTAIN']);
    expect(allowedChildren('SATISFACTION')).toEqual(['SAT_SUB']);
    expect(isAllowedChild('BENEFIT', 'QTY')).toBe(false);
    expect(isAllowedChild('SATISFACTION', 'SOC_BEN')).toBe(false);
    expect(isAllowedChild('OUTPUT', 'ECON_COST')).toBe(true);
  });

  it('tells the framework variant', () => {
    expect(frameworkVariant('OUTPUT', 'ECON_COST')).toBe('2015');
    expect(frameworkVariant('COST', 'ECON_COST')).toBe('2021');
    expect(frameworkVariant('OUTPUT', 'QTY')).toBeNull();
  });

  it.each(['决策', '过程', '预算执行率', '资金到位率', '项目管理', '过程指标'])('%s belongs to the evaluation framework', (label) => {
    expect(isEvaluationFrameworkLabel(label)).toBe(true);
  });
  it('does not flag target-table labels as evaluation labels', () => {
    expect(isEvaluationFrameworkLabel('产出指标')).toBe(false);
  });

  it('recognises a category label used as a name', () => {
    expect(isCategoryLabel('质量指标')).toBe(true);
    expect(isCategoryLabel('生态效益指标')).toBe(true);
    expect(isCategoryLabel('产出指标')).toBe(true);
    expect(matchCategoryLabel('生态效益指标')).toEqual({ level: 2, key: 'ECO_BEN' });
    expect(matchCategoryLabel('效益指标')).toEqual({ level: 1, key: 'BENEFIT' });
    expect(isCategoryLabel('生态效益增长率')).toBe(false);
    expect(isCategoryLabel('安全生产')).toBe(false);
    expect(isCategoryLabel('')).toBe(false);
  });
});
