// Narrative indicator lists: splitting entries where names contain commas, and reading each entry's fields and spans.
import { describe, expect, it } from 'vitest';
import { isIndicatorListLine, parseIndicatorList, splitEntries } from '../../src/parse/narrative/indicator-list.js';
import type { Indicator } from '../../src/model/document.js';
import { columnOf, line, sampleDoc } from './sample.js';

/** Parses a one-line list standing alone on line 1. */
const entries = (text: string): Indicator[] => parseIndicatorList({ number: 1, text });
const texts = (i: Indicator) => ({
  level2: i.level2?.text ?? null,
  level3: i.level3?.text ?? null,
  description: i.description?.text ?? null,
  symbol: i.symbol?.text ?? null,
  target: i.target?.text ?? null,
  unit: i.unit?.text ?? null,
  basis: i.basis?.text ?? null,
});
const onLine = (n: number): Indicator[] => parseIndicatorList({ number: n, text: line(n) });

describe('the five example entries', () => {
  it('二级-三级-描述-描述-符号-值-单位-依据', () => {
    const [i] = entries('数量指标-按照人数发放-按照人数发放-发放人数-≥-99.00-百分比-发放人数占应发比重');
    expect(texts(i!)).toEqual({
      level2: '数量指标', level3: '按照人数发放', description: '按照人数发放-发放人数',
      symbol: '≥', target: '99.00', unit: '百分比', basis: '发放人数占应发比重',
    });
  });

  it('no description: 二级-三级-符号-值-单位-依据', () => {
    const [i] = entries('数量指标-有效化解涉检信访矛盾率-≥-95-百分比-有效化解涉检信访矛盾率');
    expect(texts(i!)).toEqual({
      level2: '数量指标', level3: '有效化解涉检信访矛盾率', description: null,
      symbol: '≥', target: '95', unit: '百分比', basis: '有效化解涉检信访矛盾率',
    });
  });

  it('文字描述 as symbol with an empty value', () => {
    const [i] = entries('成本指标-资金成本-确保以最小代价解决群众反映问题-解决问题所需成本-文字描述--时间精力等-解决问题所需成本');
    expect(texts(i!)).toEqual({
      level2: '成本指标', level3: '资金成本', description: '确保以最小代价解决群众反映问题-解决问题所需成本',
      symbol: '文字描述', target: null, unit: '时间精力等', basis: '解决问题所需成本',
    });
  });

  it('= with a money value and a two-part basis', () => {
    const [i] = entries('数量指标-安保环保安全生产食药监管项目金额-2万元-=-2.00-万元-项目库测算表-拨付情况');
    expect(texts(i!)).toEqual({
      level2: '数量指标', level3: '安保环保安全生产食药监管项目金额', description: '2万元',
      symbol: '=', target: '2.00', unit: '万元', basis: '项目库测算表-拨付情况',
    });
  });

  it('服务对象满意度 as 二级 label', () => {
    const [i] = entries('服务对象满意度-残疾人满意率-≥-95.00-百分比-残疾人满意率');
    expect(texts(i!)).toEqual({
      level2: '服务对象满意度', level3: '残疾人满意率', description: null,
      symbol: '≥', target: '95.00', unit: '百分比', basis: '残疾人满意率',
    });
  });

  it('marks narrative entries as such, with no 一级 and nothing inherited', () => {
    const [i] = entries('数量指标-有效化解涉检信访矛盾率-≥-95-百分比-有效化解涉检信访矛盾率');
    expect(i).toMatchObject({ origin: 'narrative', level1: null, level1Inherited: false, level2Inherited: false, extra: {} });
  });
});

describe('symbols glued to names', () => {
  it('splits 保持信访总体趋势平稳≥ into a description and the symbol (line 15)', () => {
    const list = onLine(15);
    const i = list.find((x) => x.level3?.text === '保持信访总体趋势平稳')!;
    const glued = columnOf(15, '保持信访总体趋势平稳≥');
    expect(i.description).toEqual({ text: '保持信访总体趋势平稳', span: { line: 15, column: glued, endLine: 15, endColumn: glued + 10 } });
    expect(i.symbol?.span).toEqual({ line: 15, column: glued + 10, endLine: 15, endColumn: glued + 11 });
    expect(i.target?.text).toBe('95');
    expect(i.unit?.text).toBe('百分比');
    expect(i.basis).toBeNull();
  });

  it('takes field 1 as the 三级 name when it carries the symbol (line 19)', () => {
    const i = onLine(19)[1]!;
    expect(texts(i)).toEqual({
      level2: '质量指标', level3: '机构的综合实力，人才的专业水平', description: null,
      symbol: '≥', target: '95.00', unit: '百分比', basis: '机构的综合实力-人才的专业水平',
    });
  });
});

describe('splitting lists into entries', () => {
  it('keeps 发放成功比重 with the previous basis on line 9', () => {
    const list = onLine(9);
    expect(list).toHaveLength(9);
    expect(list[2]!.basis?.text).toBe('准确发放比重，发放成功比重');
    expect(list[3]!.level2?.text).toBe('经济效益指标');
  });

  it('keeps 保证企业安全运行，增加企业经济效益 whole on line 17', () => {
    const list = onLine(17);
    expect(list).toHaveLength(8);
    expect(list[3]!.level3?.text).toBe('保证企业安全运行，增加企业经济效益');
    expect(list[3]!.basis?.text).toBe('保证企业安全运行，增加企业经济效益');
  });

  it('keeps 机构的综合实力，人才的专业水平 whole on line 19', () => {
    const list = onLine(19);
    expect(list).toHaveLength(7);
    expect(list.map((i) => i.level2?.text)).toEqual([
      '数量指标', '质量指标', '时效指标', '社会效益指标', '生态效益指标', '可持续影响力指标', '满意度指标',
    ]);
  });

  it('strips the final 。 and a trailing tab or NBSP', () => {
    const last23 = onLine(23).at(-1)!; // line 23 ends in "。\t"
    expect(last23.basis?.text).toBe('残疾人满意率');
    expect(last23.span.endColumn).toBe(line(23).lastIndexOf('。') + 1);
    const last21 = onLine(21).at(-1)!; // line 21 ends in "。\u00a0"
    expect(last21.basis?.text).toBe('群众满意数量占总数的比例');
  });

  it('splits only at a comma followed by a 二级 label and a hyphen', () => {
    const text = '数量指标-甲，乙-≥-1-个-丙，质量指标-丁-≥-2-个-戊，满意度-己-≥-90-%-庚';
    expect(splitEntries(text).map((r) => text.slice(r.start, r.end))).toEqual([
      '数量指标-甲，乙-≥-1-个-丙',
      '质量指标-丁-≥-2-个-戊',
      '满意度-己-≥-90-%-庚',
    ]);
  });

  it('recognises list lines and nothing else', () => {
    expect(isIndicatorListLine(line(9))).toBe(true);
    expect(isIndicatorListLine(line(8))).toBe(false);
    expect(isIndicatorListLine('人员类经费绩效目标')).toBe(false);
  });

  it('gives every field its exact span on the line', () => {
    const [first] = onLine(9);
    expect(first!.level2?.span).toEqual({ line: 9, column: 1, endLine: 9, endColumn: 5 });
    expect(first!.span).toEqual({ line: 9, column: 1, endLine: 9, endColumn: columnOf(9, '，时效指标') });
    for (const n of [9, 12, 15, 17, 19, 21, 23, 25]) {
      for (const i of onLine(n)) {
        for (const field of [i.level2, i.level3, i.description, i.symbol, i.target, i.unit, i.basis]) {
          if (field === null) continue;
          expect(field.span.line).toBe(n);
          expect(line(n).slice(field.span.column - 1, field.span.endColumn - 1)).toBe(field.text);
        }
      }
    }
  });
});

describe('indicator counts per narrative part', () => {
  it('counts the entries of each list line', () => {
    const counts = sampleDoc.projects.filter((p) => p.narrative).map((p) => [p.narrative!.name.text, p.narrative!.indicators.length]);
    expect(counts).toEqual([
      ['人员经费', 9],
      ['日常公用经费', 9],
      ['信访维稳（保险）', 9],
      ['安保环保、安全生产、食药监管', 8],
      ['乡镇人大工作站经费', 7],
      ['人武、党团妇建设、纪检、宣传经费', 8],
      ['预算残疾人保障金', 9],
      ['河渠清理及河长制项目', 9],
    ]);
  });
});
