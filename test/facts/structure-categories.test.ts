// Category-label facts: a 三级 name that is only a category (R-STRUCT-07) and the nearest standard label (R-STRUCT-03).
import { describe, expect, it } from 'vitest';
import { effectiveLevel3, isShiftedNarrativeEntry, level3CategoryMatch, nearestLabel } from '../../src/facts/definitions/structure-categories.js';
import type { Indicator, SourcedText } from '../../src/model/index.js';

const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const t = (text: string): SourcedText | null => (text === '' ? null : { text, span });

function row(level1: string, level2: string, level3: string): Indicator {
  return {
    origin: 'table', level1: t(level1), level1Inherited: false, level2: t(level2), level2Inherited: false, level3: t(level3),
    description: null, target: null, symbol: null, unit: null, basis: null, extra: {}, span,
  };
}

describe('level3CategoryMatch', () => {
  it.each([
    ['产出指标', '质量指标', '质量指标', 'QUAL'],
    ['效益指标', '生态效益指标', '生态效益指标', 'ECO_BEN'],
    ['', '生态效益指标', '生态效益指标', 'ECO_BEN'],
    ['产出指标', '数量指标', '数量', 'QTY'],
    ['效益指标', '生态效益指标', '社会效益', 'SOC_BEN'],
    ['满意度指标', '服务对象满意度指标', '满意度', 'SAT_SUB'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度指标', 'SAT_SUB'],
    ['满意度指标', '服务对象满意度指标', '满意度指标', 'SATISFACTION'],
  ])('%s | %s | %s is only a category (%s)', (l1, l2, l3, key) => {
    expect(level3CategoryMatch(row(l1, l2, l3))?.key).toBe(key);
  });

  it.each([
    ['产出指标', '质量指标', '工程验收合格率'],
    ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度'],
    ['效益指标', '可持续影响指标', '长效管护机制建立情况'],
    ['产出指标', '质量指标', ''],
  ])('%s | %s | %s is a real name', (l1, l2, l3) => {
    expect(level3CategoryMatch(row(l1, l2, l3))).toBeNull();
  });
});

describe('nearestLabel', () => {
  const level1 = ['产出指标', '成本指标', '效益指标', '满意度指标'];
  it.each([['产出值', '产出指标'], ['效益值', '效益指标'], ['满意度值', '满意度指标']])('%s → %s', (label, near) => {
    expect(nearestLabel(label, level1)).toBe(near);
  });
  it('gives nothing for an unrelated label', () => {
    expect(nearestLabel('决策', level1)).toBeNull();
    expect(nearestLabel('实施效果指标', level1)).toBeNull();
  });
});

describe('isShiftedNarrativeEntry and effectiveLevel3', () => {
  const entry = (l2: string, l3: string, description: string): Indicator => ({
    ...row('', l2, l3), origin: 'narrative', level1: null, description: t(description),
  });

  it('recognises a 一级-二级-三级 entry and reads its name from the next field', () => {
    const shifted = entry('产出指标', '数量指标', '培训人次-培训总人次');
    expect(isShiftedNarrativeEntry(shifted)).toBe(true);
    expect(effectiveLevel3(shifted)?.text).toBe('培训人次');
    expect(level3CategoryMatch(shifted)).toBeNull();
  });

  it('leaves ordinary entries and table rows alone', () => {
    expect(isShiftedNarrativeEntry(entry('数量指标', '培训人次', ''))).toBe(false);
    expect(isShiftedNarrativeEntry(entry('质量指标', '质量指标', ''))).toBe(false);
    expect(isShiftedNarrativeEntry(row('产出指标', '数量指标', '数量指标'))).toBe(false);
  });
});

describe('isShiftedNarrativeEntry on satisfaction and cost', () => {
  const entry = (l2: string, l3: string): Indicator => ({ ...row('', l2, l3), origin: 'narrative', level1: null });
  it.each([
    ['满意度指标', '服务对象满意度指标', true],
    ['满意度指标', '群众满意度', false],
    ['成本指标', '经济成本指标', true],
    ['产出指标', '社会效益指标', false],
  ])('%s-%s → %s', (l2, l3, shifted) => {
    expect(isShiftedNarrativeEntry(entry(l2, l3))).toBe(shifted);
  });
});
