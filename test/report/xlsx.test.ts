// The xlsx format: three sheets with Chinese headers, frozen header rows and filters; fatal files listed; same bytes every time.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXCEL_MAX_ROWS, formatXlsx, xlsxWriter } from '../../src/report/xlsx.js';
import { all, clean, fatal, fatalOnly, linted, workbook } from './fixtures.js';

const context = { cwd: '/repo', lang: 'zh' as const, color: true };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === undefined ? null : v);
    }
    rows.push(cells);
  });
  return rows;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('xlsx', () => {
  it('has the sheets 文档, 项目, 问题 with frozen, filtered, bold Chinese headers', async () => {
    const book = await load(await formatXlsx(all, context));
    expect(book.worksheets.map((s) => s.name)).toEqual(['文档', '项目', '问题']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.autoFilter).toBeDefined();
      for (let c = 1; c <= sheet.columnCount; c++) {
        const width = sheet.getColumn(c).width!;
        expect(width).toBeGreaterThanOrEqual(6);
        expect(width).toBeLessThanOrEqual(60);
      }
    }
    expect(values(book.getWorksheet('问题')!)[0]).toEqual(['文件', '行', '列', '位置', '严重程度', '规则', '项目', '三级指标', '指标值', '消息', '建议']);
  });

  it('文档: one row per file, fatal and clean files included, in the given order', async () => {
    const rows = values((await load(await formatXlsx(all, context))).getWorksheet('文档')!);
    expect(rows).toEqual([
      ['文件', '格式', '得分', '等级', '结论', '错误', '警告', '提示', '无法检查的原因'],
      ['corpus/市教育局.txt', 'text', 72.5, '中', '协商完善', 1, 1, 1, null],
      ['各单位/乙单位 "2024".xlsx', 'xlsx', 55, '差', '不得进入预算', 1, 1, 0, null],
      ['missing.txt', 'unknown', null, null, null, 1, 0, 0, '无法读取文件：ENOENT'],
      ['clean.txt', 'text', null, null, null, 0, 0, 0, null],
      ['/elsewhere/坏文件.docx', 'docx', null, null, null, 1, 0, 0, '无法解析：不是 Word 文档'],
    ]);
  });

  it('项目: every scored project with kind, budget, grade, gates and the three largest deductions', async () => {
    const book = await load(await formatXlsx([linted, workbook], context));
    const rows = values(book.getWorksheet('项目')!);
    expect(rows).toEqual([
      ['文件', '项目', '类型', '预算', '得分', '等级', '门槛规则', '主要扣分'],
      ['corpus/市教育局.txt', '乙', '项目支出', null, 60.5, '中', null, 'vague-target −2；basis-missing −0.5'],
      ['corpus/市教育局.txt', '校舍维修', '项目支出', 120, 85, '良', null, 'cost-indicator-form −5'],
      ['各单位/乙单位 "2024".xlsx', '农村饮水安全', '项目支出', 350.5, 55, '差', 'target-contradiction', 'target-contradiction −10；vague-target −4；basis-missing −1'],
    ]);
    const fill = book.getWorksheet('项目')!.getRow(4).getCell(6).fill as { fgColor?: { argb?: string } };
    expect(fill.fgColor?.argb).toBe('FFFFC7CE');
  });

  it('问题: the findings as in the csv, native locations, indicators, line breaks and formula-like text kept as text', async () => {
    const rows = values((await load(await formatXlsx([workbook, fatalOnly], context))).getWorksheet('问题')!);
    expect(rows.slice(1)).toEqual([
      ['各单位/乙单位 "2024".xlsx', 9, 3, 'Sheet1!C7', '错误', 'target-contradiction', '农村饮水安全', '水质达标率', '≥ 95%', '指标值“≥ 95%”与叙述不符, 见 <总体目标> & “年度目标”', '统一为“≥ 98%”,\n并说明依据'],
      ['各单位/乙单位 "2024".xlsx', 10, 3, 'Sheet1!C8', '警告', 'vague-target', '农村饮水安全', '群众生活改善', '明显改善', '=SUM(A1) 不是可衡量的目标', ''],
      ['/elsewhere/坏文件.docx', 1, 1, '', '错误', 'fatal', '', '', '', '无法解析：不是 Word 文档', ''],
    ]);
  });

  it('gives identical bytes for identical input, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-01T08:00:00Z'));
    const a = await formatXlsx(all, context);
    vi.setSystemTime(new Date('2031-11-30T23:59:58Z'));
    const b = await formatXlsx(all, { ...context, color: false });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const core = new TextDecoder().decode(unzipSync(a)['docProps/core.xml']);
    expect(core).toContain('2000-01-01T00:00:00Z');
    expect(core).not.toMatch(/2024|2031/);
  });

  it('is a valid workbook for no results and for a clean or fatal file alone', async () => {
    for (const input of [[], [clean], [fatal]]) {
      const book = await load(await formatXlsx(input, context));
      expect(book.worksheets).toHaveLength(3);
    }
  });

  it('is written one file at a time: empty head and parts, the workbook as the tail, the same bytes as the whole form', async () => {
    const writer = xlsxWriter(context);
    expect(writer.head).toEqual(new Uint8Array(0));
    for (const result of all) expect(writer.add(result)).toEqual(new Uint8Array(0));
    const { head, tail } = await writer.end();
    expect(head).toBeUndefined();
    expect(Buffer.from(tail).equals(Buffer.from(await formatXlsx(all, context)))).toBe(true);
  });

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
        expect(values(part)[0]).toEqual(rows[0]);
        expect(part.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(part.getRow(1).font?.bold).toBe(true);
        expect(part.autoFilter).toBeDefined();
      }
      expect(continued.flatMap((part) => values(part).slice(1))).toEqual(rows.slice(1));
    }
    expect(split.worksheets.map((s) => s.name)).toEqual(expected);
    expect(expected).toContain('问题 (3)');
  });

  it('keeps one sheet per table up to the limit exactly, with the same bytes as Excel\'s own limit', async () => {
    const longest = Math.max(...(await load(await formatXlsx(all, context))).worksheets.map((sheet) => values(sheet).length));
    const atLimit = await formatXlsx(all, context, { maxRows: longest });
    expect(Buffer.from(atLimit).equals(Buffer.from(await formatXlsx(all, context, { maxRows: EXCEL_MAX_ROWS })))).toBe(true);
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(() => xlsxWriter(context, { maxRows: 1 })).toThrow(RangeError);
  });
});
