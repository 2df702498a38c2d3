// Placeholder, junk and template-residue detection (R-STRUCT-08).
import { describe, expect, it } from 'vitest';
import { cellFindings, findPlaceholder, findTemplateResidue, withoutTemplateResidue } from '../../src/lexicon/placeholder-text.js';

describe('findPlaceholder', () => {
  it.each([
    ['-', '-'], ['/', '/'], ['***', '***'], ['……', '……'], ['？', '？'], ['_', '_'],
    ['无', '无'], ['无。', '无'], [' 同上 ', '同上'], ['暂无', '暂无'], ['N/A', 'N/A'],
    ['XX村道路硬化长度', 'XX'], ['完成××村道路硬化', '××'], ['某某社区', '某某'], ['○○镇', '○○'],
    ['详见附件', '详见附件'], ['详见附件1', '详见附件'], ['数量待定', '待定'],
    ['\u3000待填写！', '待填写'], ['n / a', 'n/a'], ['NULL;', 'NULL'], ['  -  ', '-'],
  ])('%s → %s', (text, found) => {
    expect(findPlaceholder(text)).toBe(found);
  });

  it.each([
    '王庄村道路硬化长度', '受益人数同上年持平', '策略宣传覆盖率', 'XXL号垃圾桶数量', '2025年12月底前（具体日期待定，以批复为准）',
    '行业标准：《城市道路清扫保洁质量与评价标准》，详见附件2第三节规定的考核口径', '≥95%', '',
    '   ', '无人机', '同上年', '100%', '!', '无无无无无',
  ])('%s is content', (text) => {
    expect(findPlaceholder(text)).toBeNull();
  });

  it('accepts a bare 无 as a value, not as a name', () => {
    expect(findPlaceholder('无', true)).toBeNull();
    expect(findPlaceholder('无', false)).toBe('无');
    expect(findPlaceholder('-', true)).toBe('-');
  });
});

describe('findTemplateResidue', () => {
  it.each([
    ['种植作物成活率(≥**%)', ['(≥**%)']],
    ['补助成本(≤**元/株)', ['(≤**元/株)']],
    ['★受益脱贫户人口数(≥**户)', ['★', '(≥**户)']],
    ['指标1:公用经费标准', ['指标1:']],
    ['时效指标（必填）', ['（必填）']],
    ['请填写项目完成时间', ['请填写']],
    ['示例：道路保洁达标率', ['示例：']],
    ['受益人数（≥XX人）', ['（≥XX人）']],
  ])('%s → %j', (text, found) => {
    expect(findTemplateResidue(text)).toEqual(found);
  });

  it.each(['氮氧化物(NOx)排放削减量', 'X射线检查设备(X光机)数量', '补助申请填写完成时间', '有效化解矛盾率（%）', '三级指标（个性指标）'])(
    '%s has none', (text) => {
      expect(findTemplateResidue(text)).toEqual([]);
    },
  );

  it('cuts the hints out, leaving the content', () => {
    expect(withoutTemplateResidue('★种植数量(≥**株)')).toBe('种植数量');
  });
});

describe('cellFindings', () => {
  it('reads the placeholder without the hints, and the hints', () => {
    expect(cellFindings('受益人数（≥XX人）', true, false)).toEqual({ placeholder: null, residue: ['（≥XX人）'] });
    expect(cellFindings('XX村（必填）', true, false)).toEqual({ placeholder: 'XX', residue: ['（必填）'] });
    expect(cellFindings('（必填）', true, false)).toEqual({ placeholder: null, residue: ['（必填）'] });
    expect(cellFindings('无', true, false)).toEqual({ placeholder: '无', residue: [] });
  });

  it('reads hints only when the cell is not read for placeholders, and finds nothing in content', () => {
    expect(cellFindings('XX', false, false)).toBeNull();
    expect(cellFindings('★XX', false, false)).toEqual({ placeholder: null, residue: ['★'] });
    expect(cellFindings('道路硬化长度', true, false)).toBeNull();
    expect(cellFindings('无', true, true)).toBeNull();
  });
});
