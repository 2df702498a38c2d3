// The text grid readers: pipe tables, "cell |" lines, blank-line cells, CSV/TSV, space-separated rows; and detection.
import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  detectGridLayout,
  looksLikeBlankLineCells,
  looksLikeCellLines,
  looksLikeCellPerLineExport,
  looksLikeDelimited,
  looksLikePipeTables,
  looksLikeSpacedRows,
  parseText,
  readBlankLineCells,
  readCellLines,
  readDelimited,
  readPipeTables,
  readRecords,
  readSpacedRows,
  splitLines,
  type Cell,
} from '../../src/parse/index.js';
import { sampleText } from './sample.js';

const lines = (...xs: string[]) => splitLines(xs.join('\n') + '\n');
const texts = (cells: Cell[]) => cells.map((c) => c.text);
/** The 1-based column where `needle` starts in `line`. */
const col = (line: string, needle: string) => line.indexOf(needle) + 1;

describe('pipe tables', () => {
  it('reads a Markdown table, skipping the rule line, with exact spans', () => {
    const src = ['| 一级指标 | 二级指标 | 指标值 |', '|:---|---|---:|', '| 产出指标 | 数量指标 | ≥3 |'];
    const [grid] = readPipeTables(lines(...src));
    expect(grid!.rows.map((r) => texts(r.cells))).toEqual([
      ['一级指标', '二级指标', '指标值'],
      ['产出指标', '数量指标', '≥3'],
    ]);
    const value = grid!.rows[1]!.cells[2]!;
    expect(value.span).toEqual({ line: 3, column: col(src[2]!, '≥3'), endLine: 3, endColumn: col(src[2]!, '≥3') + 2 });
    expect(grid!.rows.every((r) => r.complete)).toBe(true);
  });

  it('treats trailing zero-length pieces as padding and spaced ones as empty cells', () => {
    const [grid] = readPipeTables(lines('| 一级指标 | 二级指标 | 三级指标 | 指标值 |', '| 数量指标 | 人数 | 3 | ||', '| 甲 | | 乙 | 丙 |'));
    const [, short, full] = grid!.rows;
    // "| 3 | ||": a spaced empty cell, then one zero-length piece of padding.
    expect(texts(short!.cells)).toEqual(['数量指标', '人数', '3', '']);
    expect(short!.padding).toBe(1);
    expect(texts(full!.cells)).toEqual(['甲', '', '乙', '丙']);
    const [padded] = readPipeTables(lines('a | b | c | d |', 'x | ||', '1 | 2 | 3 | 4 |'));
    expect(texts(padded!.rows[1]!.cells)).toEqual(['x', '']);
    expect(padded!.rows[1]!.padding).toBe(1);
    expect(padded!.rows[1]!.complete).toBe(false);
  });

  it('joins a row wrapped over several lines (the piece count reaches the table width)', () => {
    const src = ['标题 | |||', '甲 | 乙 |', '丙 | 丁 |', '1 | 2 | 3 | 4 |'];
    const [grid] = readPipeTables(lines(...src));
    expect(grid!.rows.map((r) => texts(r.cells))).toEqual([
      ['标题', ''],
      ['甲', '乙', '丙', '丁'],
      ['1', '2', '3', '4'],
    ]);
    expect(grid!.rows[1]!.cells[2]!.span.line).toBe(3);
  });

  it('continues an open cell on lines without pipes when a pipe line follows', () => {
    const src = ['| 三级指标 | 指标值 | 备注 |', '| 培训 | 第一行', '第二行 | 无 |'];
    const [grid] = readPipeTables(lines(...src));
    const cell = grid!.rows[1]!.cells[1]!;
    expect(cell.text).toBe('第一行\n第二行');
    expect(cell.lines.map((l) => l.span.line)).toEqual([2, 3]);
    expect(texts(grid!.rows[1]!.cells)).toEqual(['培训', '第一行\n第二行', '无']);
  });

  it('reads CRLF text like LF text', () => {
    const text = '| a | b | c |\n| 1 | 2 | 3 |\n';
    expect(readPipeTables(splitLines(text.replace(/\n/g, '\r\n')))).toEqual(readPipeTables(splitLines(text)));
  });

  it('marks a row cut off by the end of the text as incomplete', () => {
    const [grid] = readPipeTables(lines('| a | b | c | d |', '| 1 | 2 | 3 | 4 |', '| 5 | 6'));
    expect(grid!.rows.map((r) => r.complete)).toEqual([true, true, false]);
  });

  it('does not take "cell |" lines for a pipe table', () => {
    expect(readPipeTables(lines('一级指标 |', '二级指标 |', '指标值 | |'))).toEqual([]);
  });
});

describe('"cell |" lines (html tables flattened one cell per line)', () => {
  it('ends a row at padding or at a bare pipe, and counts the padding', () => {
    const grid = readCellLines(lines('项目名称 |', '测试项目 | |', '一级指标 |', '二级指标 |', '指标值 |', '|', '数量指标 |', '5 | |'));
    expect(grid!.rows.map((r) => [texts(r.cells), r.padding, r.complete])).toEqual([
      [['项目名称', '测试项目'], 1, true],
      [['一级指标', '二级指标', '指标值'], 0, true],
      [['数量指标', '5'], 1, true],
    ]);
  });

  it('joins text lines right before a "… |" line into one cell, once the table has begun', () => {
    const grid = readCellLines(lines('前言不是单元格', '甲 |', '乙的第一行', '乙的第二行 | |'));
    expect(texts(grid!.rows[0]!.cells)).toEqual(['甲', '乙的第一行\n乙的第二行']);
    expect(grid!.firstLine).toBe(2);
  });

  it('cuts a row longer than the table width (a row end the converter did not write)', () => {
    const grid = readCellLines(lines('标题 | ||', 'a |', 'b |', 'c |', 'd |', 'e | ||'));
    expect(grid!.rows.map((r) => texts(r.cells))).toEqual([['标题'], ['a', 'b', 'c'], ['d', 'e']]);
    expect(grid!.rows.map((r) => r.complete)).toEqual([true, true, true]);
  });

  it('keeps text cut off at the end as an incomplete row', () => {
    const grid = readCellLines(lines('a | ||', 'b |', '被截断'));
    const last = grid!.rows[grid!.rows.length - 1]!;
    expect(texts(last.cells)).toEqual(['b', '被截断']);
    expect(last.complete).toBe(false);
  });

  it('reads "| |||" as an empty cell followed by padding', () => {
    const grid = readCellLines(lines('其他资金 |', '| ||'));
    expect(grid!.rows.map((r) => [texts(r.cells), r.padding])).toEqual([[['其他资金', ''], 2]]);
  });
});

describe('blank-line cells', () => {
  it('reads one cell per paragraph; a line of spaces is an empty cell', () => {
    const grid = readBlankLineCells(lines('一级', '', '二级', '', ' ', '', '多行', '单元格'));
    expect(grid!.stream).toBe(true);
    expect(texts(grid!.rows[0]!.cells)).toEqual(['一级', '二级', '', '多行\n单元格']);
    expect(grid!.rows[0]!.cells[2]!.span).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 1 });
  });
});

describe('delimited text (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const src = ['三级指标,指标值', '"人数, 含线上",">=3"', '"说""明""",2', '"跨', '行",3'];
    const records = readRecords(lines(...src), ',');
    expect(records.map(texts)).toEqual([
      ['三级指标', '指标值'],
      ['人数, 含线上', '>=3'],
      ['说"明"', '2'],
      ['跨\n行', '3'],
    ]);
    // The span covers what was written inside the quotes.
    expect(records[1]![0]!.span).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 9 });
    expect(records[3]![0]!.span).toMatchObject({ line: 4, endLine: 5 });
  });

  it('keeps empty fields, reads CRLF, and runs an unterminated quote to the end', () => {
    expect(readRecords(splitLines('a,,c\r\n,b,\r\n'), ',').map(texts)).toEqual([['a', '', 'c'], ['', 'b', '']]);
    expect(readRecords(splitLines('a,"open\nrest'), ',').map(texts)).toEqual([['a', 'open\nrest']]);
  });

  it('detects comma, tab and semicolon', () => {
    expect(detectDelimiter(lines('a,b,c', '1,2,3'))).toBe(',');
    expect(detectDelimiter(lines('a\tb\tc', '1\t2\t3'))).toBe('\t');
    expect(detectDelimiter(lines('a;b;c', '1;2,5;3'))).toBe(';');
    expect(detectDelimiter(lines('一段没有分隔符的文字', '另一段'))).toBeNull();
  });

  it('reads a grid with every record as a complete row', () => {
    const grid = readDelimited(lines('a\tb\tc', '1\t\t3'), '\t');
    expect(grid!.rows.map((r) => [texts(r.cells), r.complete])).toEqual([
      [['a', 'b', 'c'], true],
      [['1', '', '3'], true],
    ]);
  });
});

describe('space-separated rows', () => {
  it('splits on runs of spaces (also U+3000) with exact spans', () => {
    const grid = readSpacedRows(lines('成本指标  经济成本指标\u3000≤65万元'));
    const cells = grid!.rows[0]!.cells;
    expect(texts(cells)).toEqual(['成本指标', '经济成本指标', '≤65万元']);
    expect(cells[2]!.span).toEqual({ line: 1, column: 14, endLine: 1, endColumn: 19 });
  });
});

const PIPE = lines(
  '| 测试项目绩效目标表 | ||||',
  '| 项目名称 | 测试项目 | 预算数(万元) | 12.5 | |',
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 计量单位 |',
  '| 产出指标 | 数量指标 | 培训人次 | ≥100 | 人次 |',
  '| 质量指标 | 合格率 | ≥95 | % | |',
);
const CELL_LINES = lines('项目名称 |', '测试项目 | ||', '一级指标 |', '二级指标 |', '三级指标 |', '指标值 |', '|', '产出指标 |', '数量指标 |', '培训人次 |', '≥100 |', '|');
const CSV = lines('项目名称,测试项目,,', '一级指标,二级指标,三级指标,指标值', '产出指标,数量指标,培训人次,≥100');
const BLANK = lines('项目名称', '', '测试项目', '', '一级指标', '', '二级指标', '', '三级指标', '', '指标值', '', '产出指标', '', '数量指标', '', '培训人次', '', '≥100');
const SPACED = lines('项目名称 测试项目', '一级指标 二级指标 三级指标 指标值', '产出指标 数量指标 培训人次 ≥100');
const textOf = (ls: ReturnType<typeof lines>) => ls.map((l) => l.text).join('\n');

describe('format detection', () => {
  it('picks the reader by content, in order', () => {
    expect(detectGridLayout(textOf(PIPE))).toBe('pipe');
    expect(detectGridLayout(textOf(CELL_LINES))).toBe('cell-lines');
    expect(detectGridLayout(textOf(CSV))).toBe('delimited');
    expect(detectGridLayout(textOf(BLANK))).toBe('blank-line');
    expect(detectGridLayout(textOf(SPACED))).toBe('spaced');
    expect(detectGridLayout('一段说明文字，没有表格。\n第二段。')).toBeNull();
  });

  it('answers the looksLike… questions for each layout', () => {
    expect(looksLikePipeTables(textOf(PIPE))).toBe(true);
    expect(looksLikePipeTables(textOf(CELL_LINES))).toBe(false);
    expect(looksLikeCellLines(textOf(CELL_LINES))).toBe(true);
    expect(looksLikeDelimited(textOf(CSV))).toBe(true);
    expect(looksLikeBlankLineCells(textOf(BLANK))).toBe(true);
    expect(looksLikeSpacedRows(textOf(SPACED))).toBe(true);
    expect(looksLikeSpacedRows('产出指标 数量指标 培训人次 ≥100')).toBe(false);
  });

  it('keeps the cell-per-line export on its own path', () => {
    expect(looksLikeCellPerLineExport(sampleText)).toBe(true);
    expect(parseText(sampleText, 'sample.txt').format).toBe('text');
  });

  it('parses the same table from every layout', () => {
    for (const [text, format] of [
      [textOf(PIPE), 'markdown'],
      [textOf(CELL_LINES), 'text'],
      [textOf(CSV), 'csv'],
      [textOf(BLANK), 'text'],
      [textOf(SPACED), 'text'],
    ] as const) {
      const doc = parseText(text, 'x');
      expect(doc.format).toBe(format);
      const table = doc.projects[0]!.table!;
      expect(table.name?.text).toBe('测试项目');
      const first = table.indicators[0]!;
      expect([first.level1?.text, first.level2?.text, first.level3?.text, first.target?.text]).toEqual(['产出指标', '数量指标', '培训人次', '≥100']);
    }
  });

  it('reads the pipe example: merged 一级, unit column, budget in 万元 from the label', () => {
    const table = parseText(textOf(PIPE), 'x').projects[0]!.table!;
    expect(table.budget).toMatchObject({ raw: '12.5', value: 125000 });
    expect(table.indicators.map((i) => [i.level1?.text, i.level1Inherited, i.level3?.text, i.target?.text, i.unit?.text])).toEqual([
      ['产出指标', false, '培训人次', '≥100', '人次'],
      ['产出指标', true, '合格率', '≥95', '%'],
    ]);
  });

  it('reads TSV and reports it as tsv; a CRLF CSV gives the same model as LF', () => {
    const tsv = '项目名称\t测试项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥100\n';
    expect(parseText(tsv, 'x').format).toBe('tsv');
    const csv = textOf(CSV) + '\n';
    expect(parseText(csv.replace(/\n/g, '\r\n'), 'x')).toEqual(parseText(csv, 'x'));
  });

  it('reads a header wrapped over two lines of a pipe table', () => {
    const doc = parseText(
      ['项目名称 | 测试项目 | | |', '一级指标 | 二级指标 |', '三级指标 | 指标值 |', '产出指标 | 数量指标 | 培训人次 | ≥100 |'].join('\n'),
      'x',
    );
    const table = doc.projects[0]!.table!;
    expect(table.header.map((h) => h.text)).toEqual(['一级指标', '二级指标', '三级指标', '指标值']);
    expect(table.indicators[0]!.target?.text).toBe('≥100');
  });
});
