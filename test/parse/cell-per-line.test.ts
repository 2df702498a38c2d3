// The one-cell-per-line tables: multi-line cells, blank lines inside rows, merged cells, block fields and counts.
import { describe, expect, it } from 'vitest';
import type { ProjectTable } from '../../src/model/document.js';
import { assembleRows } from '../../src/parse/cell-per-line/rows.js';
import { tokenizeCells } from '../../src/parse/cell-per-line/tokenize.js';
import { splitLines } from '../../src/parse/lines.js';
import { line, projectByTableName, sampleDoc, sampleText } from './sample.js';

const table = (name: string): ProjectTable => projectByTableName(sampleDoc, name).table!;
/** The tables in document order (projects list them in narrative order). */
const tables = sampleDoc.projects
  .filter((p) => p.table)
  .map((p) => p.table!)
  .sort((a, b) => a.span.line - b.span.line);
const span = (l: number, column: number, length: number) => ({ line: l, column, endLine: l, endColumn: column + length });

describe('tokenizing cells', () => {
  const lines = splitLines(sampleText);

  it('joins a cell continued on a line without TAB (lines 73–74)', () => {
    const chunks = tokenizeCells(lines.slice(71, 75));
    expect(chunks).toHaveLength(1);
    const [label, goal] = chunks[0]!;
    expect(label!.text).toBe('绩效目标');
    expect(goal!.text).toBe('1.保障项目覆盖率，提高项目完成质量\n2.完成安保、环保、安全生产、应急、食药监管项目');
    expect(goal!.span).toEqual({ line: 73, column: 2, endLine: 74, endColumn: line(74).length + 1 });
    expect(goal!.lines.map((l) => l.span)).toEqual([span(73, 2, line(73).length - 1), span(74, 1, line(74).length)]);
  });

  it('treats a line of spaces as a separator and a lone TAB as an empty cell', () => {
    const chunks = tokenizeCells(lines.slice(74, 97)); // lines 75–97
    expect(chunks.map((c) => c.length)).toEqual([6, 6, 6]);
    const emptyFirst = chunks[2]![0]!;
    expect(emptyFirst).toEqual({ text: '', span: span(92, 2, 0), lines: [] });
  });

  it('keeps the cells of the 时效指标 row cut by blank lines (lines 210–219) in four chunks', () => {
    const chunks = tokenizeCells(lines.slice(209, 219));
    expect(chunks.map((c) => c.length)).toEqual([3, 1, 1, 1]);
    const rows = assembleRows(chunks, 6);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.map((c) => [c.text, c.span.line])).toEqual([
      ['', 210],
      ['时效指标', 211],
      ['开展工作时效性', 212],
      ['开展工作时效性', 214],
      ['≥95开展工作时效性', 216],
      ['开展工作时效性', 218],
    ]);
  });
});

describe('assembling rows', () => {
  const cell = (text: string, n: number) => ({ text, span: span(n, 2, text.length), lines: [] });
  it('does not join a short row with a following full row', () => {
    const rows = assembleRows([[cell('a', 1), cell('b', 2)], [cell('c', 4), cell('d', 5), cell('e', 6)]], 3);
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['a', 'b', ''], ['c', 'd', 'e']]);
  });
  it('splits an over-long chunk into rows of the header width', () => {
    const rows = assembleRows([[cell('a', 1), cell('b', 2), cell('c', 3), cell('d', 4)]], 2);
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

describe('tables of the sample', () => {
  it('finds six tables with their titles (bookmarks stripped, columns kept)', () => {
    expect(tables.map((t) => t.title?.text)).toEqual([
      '1.安保、环保、安全生产、应急、食药监管绩效目标表',
      '2.残疾人保障金绩效目标表',
      '3.河渠清理及河长制项目绩效目标表',
      '4.人武、党团妇建设、纪检、宣传经费绩效目标表',
      '5.乡镇人大工作站绩效目标表',
      '6.信访维稳（保险）绩效目标表',
    ]);
    const title = tables[0]!.title!;
    expect(title.span).toEqual(span(40, 32, 25));
    expect(line(40).slice(title.span.column - 1, title.span.endColumn - 1)).toBe(title.text);
  });

  it('reads 9 indicator rows in each table: 54 in all', () => {
    expect(tables.map((t) => t.indicators.length)).toEqual([9, 9, 9, 9, 9, 9]);
    expect(tables.flatMap((t) => t.indicators)).toHaveLength(54);
    expect(tables.flatMap((t) => t.indicators).every((i) => i.origin === 'table')).toBe(true);
  });

  it('reads the block fields by label', () => {
    const t = table('安保、环保、安全生产、应急、食药监管');
    expect(t.unitLine).toEqual({ text: '497001玉田县亮甲店镇人民政府本级', span: span(41, 2, 19) });
    expect(t.moneyUnit).toBe('元');
    expect(t.code).toEqual({ text: '13022925P00JXC419912G', span: span(45, 2, 21) });
    expect(t.name).toEqual({ text: '安保、环保、安全生产、应急、食药监管', span: span(47, 2, 18) });
    expect(t.budget).toEqual({ value: 20000, raw: '20000.00', span: span(51, 2, 8) });
    expect(t.fiscalFunds).toEqual({ value: 20000, raw: '20000.00', span: span(53, 2, 8) });
    expect(t.otherFunds).toBeNull();
    expect(t.purpose).toEqual({ text: '用于安保、环保、安全生产、应急、食药监管', span: span(58, 2, 20) });
  });

  it('splits the 绩效目标 cell into one goal per numbered line', () => {
    const goals = table('安保、环保、安全生产、应急、食药监管').goals;
    expect(goals).toEqual([
      { text: '1.保障项目覆盖率，提高项目完成质量', span: span(73, 2, 18) },
      { text: '2.完成安保、环保、安全生产、应急、食药监管项目', span: span(74, 1, 24) },
    ]);
  });

  it('reads the 残疾人保障金 schedule with 75% on line 180, label spans from the first row', () => {
    const schedule = table('残疾人保障金').schedule!;
    expect(schedule.checkpoints.map((c) => [c.label.text, c.month, c.malformed, c.percent?.value])).toEqual([
      ['3月底', 3, false, 25],
      ['6月底', 6, false, 50],
      ['10月底', 10, false, 75],
      ['12月底', 12, false, 100],
    ]);
    expect(schedule.checkpoints[2]!.label.span).toEqual(span(174, 2, 4));
    expect(schedule.checkpoints[2]!.percent).toEqual({ value: 75, raw: '75%', span: span(180, 2, 3) });
  });

  it('reads the header row', () => {
    const header = table('残疾人保障金').header;
    expect(header.map((h) => h.text)).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    expect(header[0]!.span).toEqual(span(189, 2, 4));
  });

  it('reads the 时效指标 row spread over lines 210–218 with each cell span', () => {
    const row = table('残疾人保障金').indicators[2]!;
    expect(row.level1).toEqual({ text: '产出指标', span: span(196, 2, 4) });
    expect(row.level1Inherited).toBe(true);
    expect(row.level2).toEqual({ text: '时效指标', span: span(211, 2, 4) });
    expect(row.level3).toEqual({ text: '开展工作时效性', span: span(212, 2, 7) });
    expect(row.description).toEqual({ text: '开展工作时效性', span: span(214, 2, 7) });
    expect(row.target).toEqual({ text: '≥95开展工作时效性', span: span(216, 2, 10) });
    expect(row.basis).toEqual({ text: '开展工作时效性', span: span(218, 2, 7) });
    expect(row.span).toEqual({ line: 210, column: 2, endLine: 218, endColumn: 9 });
    // The row after it is intact: blank lines inside one row do not shift the next.
    expect(table('残疾人保障金').indicators[3]!.level2?.text).toBe('成本指标');
  });

  it('carries merged 一级 cells down, keeping the original span', () => {
    const rows = table('安保、环保、安全生产、应急、食药监管').indicators;
    expect(rows.map((r) => [r.level1?.text, r.level1Inherited])).toEqual([
      ['产出指标', false], ['产出指标', true], ['产出指标', true], ['产出指标', true],
      ['效益指标', false], ['效益指标', true], ['效益指标', true], ['效益指标', true],
      ['满意度指标', false],
    ]);
    expect(rows[3]!.level1?.span).toEqual(span(85, 2, 4));
    expect(rows[5]!.level1?.span).toEqual(span(113, 2, 4));
    expect(rows.every((r) => !r.level2Inherited)).toBe(true);
  });

  it('reads table rows into their columns', () => {
    const row = table('安保、环保、安全生产、应急、食药监管').indicators[0]!;
    expect(row).toMatchObject({
      level2: { text: '数量指标', span: span(86, 2, 4) },
      level3: { text: '安全生产', span: span(87, 2, 4) },
      description: { text: '安全生产', span: span(88, 2, 4) },
      target: { text: '≥95安全生产', span: span(89, 2, 7) },
      basis: { text: '安全生产', span: span(90, 2, 4) },
      symbol: null,
      unit: null,
      extra: {},
    });
    expect(table('信访维稳（保险）').indicators[6]!.level2?.text).toBe('社会效益指标');
    expect(table('信访维稳（保险）').indicators[6]!.level3).toEqual({ text: '生态效益增长率', span: span(688, 2, 7) });
  });

  it('reads the amounts of all six tables', () => {
    expect(tables.map((t) => t.budget?.value)).toEqual([20000, 102000, 20000, 30000, 20000, 30000]);
  });

  it('sets the document unit from the tables unit line', () => {
    expect(sampleDoc.unitCode).toEqual({ text: '497001', span: span(41, 2, 6) });
    expect(sampleDoc.unitName).toEqual({ text: '玉田县亮甲店镇人民政府', span: span(41, 8, 11) });
  });
});
