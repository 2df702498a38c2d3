// The xlsx format: three sheets with Chinese headers, frozen header rows and filters; fatal files listed; every row read back; same bytes every time; written as files come.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import { findingRows } from '../../src/report/findings.js';
import { EXCEL_MAX_ROWS, formatXlsx, mayHoldNonXml, xlsxWriter } from '../../src/report/xlsx.js';
import { chunksOf } from '../../src/report/pieces.js';
import { all, clean, fatal, fatalOnly, linted, workbook } from './fixtures.js';

const context = { cwd: '/repo', lang: 'zh' as const, color: true };

const DOCUMENT_HEADERS = ['文件', '格式', '得分', '等级', '结论', '错误', '警告', '提示', '无法检查的原因'];
const PROJECT_HEADERS = ['文件', '项目', '类型', '预算', '得分', '等级', '门槛规则', '主要扣分'];
const FINDING_HEADERS = ['文件', '行', '列', '位置', '严重程度', '规则', '项目', '三级指标', '指标值', '消息', '建议'];
const GRADE_FILL: Record<string, string> = { 优: 'FFC6EFCE', 良: 'FFDDEBF7', 中: 'FFFFEB9C', 差: 'FFFFC7CE' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

function values(sheet: ExcelJS.Worksheet, columns = sheet.columnCount): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= columns; c++) {
      const v = row.getCell(c).value;
      cells.push(v === undefined ? null : v);
    }
    rows.push(cells);
  });
  return rows;
}

/** The 问题 rows a workbook should hold: the findings table, an empty text being no cell. */
function expectedFindings(results: readonly FileResult[]): unknown[][] {
  return findingRows(results, context).map((row) => row.map((cell) => (cell === '' ? null : cell)));
}

/** Many files of twenty findings each, for the tests that need the zip to produce bytes along the way. */
function manyResults(count: number): FileResult[] {
  const messages = Array.from({ length: 10 }, (_, n) => workbook.messages.map((m) => ({ ...m, line: m.line + 10 * n }))).flat();
  return Array.from({ length: count }, (_, index) => ({ ...workbook, filePath: `/repo/批量/单位${index}.xlsx`, messages }));
}

/** The dates of every entry in a zip's central directory (DOS time and date fields). */
function zipEntryDates(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dates: number[] = [];
  for (let at = 0; at + 46 <= bytes.byteLength; at++) {
    if (view.getUint32(at, true) === 0x02014b50) dates.push(view.getUint32(at + 12, true));
  }
  return dates;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('xlsx', () => {
  it('has the sheets 文档, 项目, 问题 in that order, with frozen, filtered, bold Chinese headers', async () => {
    const book = await load(await formatXlsx(all, context));
    expect(book.worksheets.map((s) => s.name)).toEqual(['文档', '项目', '问题']);
    const headers = [DOCUMENT_HEADERS, PROJECT_HEADERS, FINDING_HEADERS];
    book.worksheets.forEach((sheet, index) => {
      expect(values(sheet)[0]).toEqual(headers[index]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      for (let c = 1; c <= headers[index]!.length; c++) expect(sheet.getRow(1).getCell(c).font?.bold).toBe(true);
      expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
      expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + headers[index]!.length)}1`);
      for (let c = 1; c <= sheet.columnCount; c++) {
        const width = sheet.getColumn(c).width!;
        expect(width).toBeGreaterThanOrEqual(6);
        expect(width).toBeLessThanOrEqual(60);
      }
    });
    // 问题's widths are fixed (its columns are written before its rows): the free text at the cap.
    const findings = book.getWorksheet('问题')!;
    expect([1, 6, 10, 11].map((c) => findings.getColumn(c).width)).toEqual([40, 38, 60, 60]);
    // 文档's are fitted: the longest path, 各单位/乙单位 "2024".xlsx, is 25 columns wide, plus a margin.
    expect(book.getWorksheet('文档')!.getColumn(1).width).toBe(27);
  });

  it('文档: one row per file, fatal and clean files included, in the given order, numbers as numbers, grades coloured', async () => {
    const sheet = (await load(await formatXlsx(all, context))).getWorksheet('文档')!;
    expect(values(sheet)).toEqual([
      DOCUMENT_HEADERS,
      ['corpus/市教育局.txt', 'text', 72.5, '中', '协商完善', 1, 1, 1, null],
      ['各单位/乙单位 "2024".xlsx', 'xlsx', 55, '差', '不得进入预算', 1, 1, 0, null],
      ['missing.txt', 'unknown', null, null, null, 1, 0, 0, '无法读取文件：ENOENT'],
      ['clean.txt', 'text', null, null, null, 0, 0, 0, null],
      ['/elsewhere/坏文件.docx', 'docx', null, null, null, 1, 0, 0, '无法解析：不是 Word 文档'],
    ]);
    const fills = [2, 3, 4].map((r) => (sheet.getRow(r).getCell(4).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb);
    expect(fills).toEqual([GRADE_FILL['中'], GRADE_FILL['差'], undefined]);
    expect(sheet.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Number);
  });

  it('项目: every scored project with kind, budget, grade, gates and the three largest deductions, grades coloured', async () => {
    const book = await load(await formatXlsx([linted, workbook], context));
    const sheet = book.getWorksheet('项目')!;
    const rows = values(sheet);
    expect(rows).toEqual([
      PROJECT_HEADERS,
      ['corpus/市教育局.txt', '乙', '项目支出', null, 60.5, '中', null, 'vague-target −2；basis-missing −0.5'],
      ['corpus/市教育局.txt', '校舍维修', '项目支出', 120, 85, '良', null, 'cost-indicator-form −5'],
      ['各单位/乙单位 "2024".xlsx', '农村饮水安全', '项目支出', 350.5, 55, '差', 'target-contradiction', 'target-contradiction −10；vague-target −4；basis-missing −1'],
    ]);
    rows.slice(1).forEach((row, index) => {
      const fill = sheet.getRow(index + 2).getCell(6).fill as { fgColor?: { argb?: string } };
      expect(fill.fgColor?.argb).toBe(GRADE_FILL[row[5] as string]);
      expect(sheet.getRow(index + 2).getCell(5).fill).toBeUndefined();
    });
  });

  it('问题: every finding as findingRows gives it, native locations, indicators, line breaks and formula-like text kept as text', async () => {
    const rows = values((await load(await formatXlsx(all, context))).getWorksheet('问题')!);
    expect(rows.slice(1)).toEqual(expectedFindings(all));
    const some = values((await load(await formatXlsx([workbook, fatalOnly], context))).getWorksheet('问题')!);
    expect(some.slice(1)).toEqual([
      ['各单位/乙单位 "2024".xlsx', 9, 3, 'Sheet1!C7', '错误', 'target-contradiction', '农村饮水安全', '水质达标率', '≥ 95%', '指标值“≥ 95%”与叙述不符, 见 <总体目标> & “年度目标”', '统一为“≥ 98%”,\n并说明依据'],
      ['各单位/乙单位 "2024".xlsx', 10, 3, 'Sheet1!C8', '警告', 'vague-target', '农村饮水安全', '群众生活改善', '明显改善', '=SUM(A1) 不是可衡量的目标', null],
      ['/elsewhere/坏文件.docx', 1, 1, null, '错误', 'fatal', null, null, null, '无法解析：不是 Word 文档', null],
    ]);
  });

  it('keeps the file valid XML when the text holds characters XML 1.0 forbids, each shown as U+FFFD', async () => {
    const hostile: FileResult = {
      ...workbook,
      filePath: '/repo/坏\u0001名.xlsx',
      messages: [{ ...workbook.messages[0]!, message: `控制\u0000字符\u001f、孤立代理\ud800与\udc00、非字符\uffff\ufffe、删除\u007f、表情\ud83d\ude00、制表\t换行\n` }],
    };
    const bytes = await formatXlsx([hostile], context);
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      const xml = new TextDecoder('utf-8', { fatal: true }).decode(data); // valid UTF-8, or this throws
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u);
    }
    const book = await load(bytes);
    const [row] = values(book.getWorksheet('问题')!).slice(1);
    expect(row![0]).toBe('坏\uFFFD名.xlsx');
    expect(row![9]).toBe('控制\uFFFD字符\uFFFD、孤立代理\uFFFD与\uFFFD、非字符\uFFFD\uFFFD、删除\uFFFD、表情\ud83d\ude00、制表\t换行\n');
    expect(values(book.getWorksheet('文档')!)[1]![0]).toBe('坏\uFFFD名.xlsx');
  });

  it('gives identical bytes for identical input, whatever the clock says, every zip entry dated 2000-01-01', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-01T08:00:00Z'));
    const a = await formatXlsx(all, context);
    vi.setSystemTime(new Date('2031-11-30T23:59:58Z'));
    const b = await formatXlsx(all, { ...context, color: false });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const core = new TextDecoder().decode(unzipSync(a)['docProps/core.xml']);
    expect(core).toContain('2000-01-01T00:00:00Z');
    expect(core).not.toMatch(/2024|2031/);
    const dosMidnight2000 = ((2000 - 1980) << 25) | (1 << 21) | (1 << 16);
    const dates = zipEntryDates(a);
    expect(dates.length).toBe(Object.keys(unzipSync(a)).length);
    expect(new Set(dates)).toEqual(new Set([dosMidnight2000]));
  });

  it('is a valid workbook for no results and for a clean or fatal file alone', async () => {
    for (const input of [[], [clean], [fatal]]) {
      const book = await load(await formatXlsx(input, context));
      expect(book.worksheets.map((s) => s.name)).toEqual(['文档', '项目', '问题']);
      expect(values(book.getWorksheet('问题')!).slice(1)).toEqual(expectedFindings(input));
    }
  });

  it('is written as files come: empty head, parts and tail the same bytes as the whole form', async () => {
    const writer = xlsxWriter(context);
    expect(writer.head).toEqual(new Uint8Array(0));
    const parts: Uint8Array[] = [];
    for (const result of all) parts.push(await writer.add(result));
    for (const part of parts) expect(part).toBeInstanceOf(Uint8Array);
    const { head, tail } = await writer.end();
    expect(head).toBeUndefined();
    const written = Buffer.concat([...parts, ...chunksOf(tail)]);
    expect(written.equals(Buffer.from(await formatXlsx(all, context)))).toBe(true);
  });

  it('hands out the zip as rows come, keeping back only the zip window and what the thread pool has in hand', async () => {
    const results = manyResults(500);
    const writer = xlsxWriter(context);
    // Each add() given at once unless MAX_PENDING_PIECES wait in zlib's pool: then it is a promise, awaited here as
    // the CLI does, so what waits never exceeds the bound however fast results come.
    const parts: Uint8Array[] = [];
    let waited = 0;
    for (const result of results) {
      const part = writer.add(result);
      if (part instanceof Promise) waited += 1;
      parts.push(await part);
    }
    const tail = [...chunksOf((await writer.end()).tail)];
    const before = parts.reduce((sum, part) => sum + part.byteLength, 0);
    const after = tail.reduce((sum, part) => sum + part.byteLength, 0);
    // No await here lets the pool's callbacks run, so the writer must have held some files back.
    expect(waited).toBeGreaterThan(0);
    // Handed out in many pieces along the way (the sheet XML is deflated a 256 KB piece at a time: ~22 here).
    expect(parts.filter((part) => part.byteLength > 0).length).toBeGreaterThan(10);
    // The tail: what the pool still had of 问题 (at most MAX_PENDING_PIECES of its ~22 pieces, more of them the
    // busier the machine), 文档 and 项目 (a row per file, written at the end), and the small parts: a quarter at most.
    expect(before).toBeGreaterThan(0.7 * (before + after));
    const whole = Buffer.concat([...parts, ...tail]);
    expect(whole.equals(Buffer.from(await formatXlsx(results, context)))).toBe(true);
    const book = await load(whole);
    expect(values(book.getWorksheet('问题')!).slice(1)).toEqual(expectedFindings(results));
  }, 60_000);

  it('goes on in further sheets past the row limit, each with the header, frozen and filtered, and no row lost', async () => {
    const whole = await load(await formatXlsx(all, context));
    const maxRows = 3; // the header and two rows per sheet
    const split = await load(await formatXlsx(all, context, { maxRows }));
    const expected: string[] = [];
    for (const sheet of whole.worksheets) {
      const rows = values(sheet);
      const parts = Math.max(1, Math.ceil((rows.length - 1) / (maxRows - 1)));
      for (let n = 1; n <= parts; n++) expected.push(n === 1 ? sheet.name : `${sheet.name} (${n})`);
      const continued = split.worksheets.filter((s) => s.name === sheet.name || s.name.startsWith(`${sheet.name} (`));
      expect(continued.length).toBe(parts);
      for (const part of continued) {
        expect(part.rowCount).toBeLessThanOrEqual(maxRows);
        expect(values(part, rows[0]!.length)[0]).toEqual(rows[0]);
        expect(part.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(part.getRow(1).font?.bold).toBe(true);
        expect(part.autoFilter).toBeDefined();
      }
      expect(continued.flatMap((part) => values(part, rows[0]!.length).slice(1))).toEqual(rows.slice(1));
    }
    expect(split.worksheets.map((s) => s.name)).toEqual(expected);
    expect(expected).toContain('问题 (3)');
    expect(expected).toContain('文档 (3)');
  });

  it('keeps one sheet per table up to the limit exactly, with the same bytes as Excel\'s own limit', async () => {
    const longest = Math.max(...(await load(await formatXlsx(all, context))).worksheets.map((sheet) => values(sheet).length));
    const atLimit = await formatXlsx(all, context, { maxRows: longest });
    expect(Buffer.from(atLimit).equals(Buffer.from(await formatXlsx(all, context, { maxRows: EXCEL_MAX_ROWS })))).toBe(true);
    expect((await load(await formatXlsx(all, context, { maxRows: longest - 1 }))).worksheets.length).toBeGreaterThan(3);
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(() => xlsxWriter(context, { maxRows: 1 })).toThrow(RangeError);
  });
});

describe('mayHoldNonXml', () => {
  // The characters cellValue replaces (the NOT_XML of xlsx.ts); the check must never miss one.
  const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const tricky = fc.constantFrom('\u0000', '\u0008', '\t', '\n', '\u000b', '\r', '\u001f', ' ', '\u007f', '\ud800', '\udc00', '\ud83d\ude00', '\ufffd', '\ufffe', '\uffff', '绩', 'a');

  it('is true for every text the regex would change (3,000 generated texts)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: tricky, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        if (notXml.test(text)) expect(mayHoldNonXml(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is false for plain Chinese text with tabs and line breaks, and true once a surrogate appears (the regex then decides)', () => {
    expect(mayHoldNonXml('指标值“≥95%”\t换行\r\n，万元（2025年）')).toBe(false);
    expect(mayHoldNonXml('表情\ud83d\ude00')).toBe(true);
  });
});
