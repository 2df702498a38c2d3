// The XLSX reader: every visible sheet as a grid, merged ranges kept, values shown as the sheet shows them, cells located as Sheet1!C7.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import { parseNative } from '../../src/parse/index.js';
import { cellLocation, columnLetters, formatNumber, readXlsx, sheetReference } from '../../src/read/xlsx.js';
import { xlsx } from './builders.js';

describe('locations', () => {
  it('writes A1 references, quoting sheet names a formula would quote', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(sheetReference('Sheet1')).toBe('Sheet1');
    expect(sheetReference('项目绩效目标表')).toBe('项目绩效目标表');
    expect(sheetReference('My Sheet')).toBe("'My Sheet'");
    expect(sheetReference("Bob's")).toBe("'Bob''s'");
    expect(sheetReference('2025')).toBe("'2025'");
    expect(cellLocation('Sheet1', 7, 3)).toBe('Sheet1!C7');
  });

  it('shows numbers as their format does', () => {
    expect(formatNumber(0.25, '0%')).toBe('25%');
    expect(formatNumber(0.955, '0.0%')).toBe('95.5%');
    expect(formatNumber(20000, '0.00')).toBe('20000.00');
    expect(formatNumber(1234567.5, '#,##0.00')).toBe('1,234,567.50');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(12, 'General')).toBe('12');
  });
});

describe('readXlsx', () => {
  it('reads every visible sheet, keeps merged ranges as covered cells located at their top-left cell', async () => {
    const bytes = await xlsx((wb) => {
      const sheet = wb.addWorksheet('Sheet1');
      sheet.getCell('B2').value = '标题';
      sheet.mergeCells('B2:D2');
      sheet.getCell('B3').value = '一级';
      sheet.mergeCells('B3:B4');
      sheet.getCell('C3').value = 'x';
      sheet.getCell('C4').value = 'y';
      sheet.getCell('D4').value = 0.25;
      sheet.getCell('D4').numFmt = '0%';
      sheet.getCell('D3').value = { formula: '1+1', result: 2 };
      wb.addWorksheet('隐藏').state = 'hidden';
      wb.getWorksheet('隐藏')!.getCell('A1').value = '不读';
      const second = wb.addWorksheet('My Sheet');
      second.getCell('A1').value = { richText: [{ text: '富' }, { text: '文本' }] };
      second.getCell('A2').value = new Date(Date.UTC(2025, 2, 31));
    });
    const doc = await readXlsx(bytes);
    expect(doc).toMatchObject({ format: 'xlsx', layout: 'sheets' });
    expect(doc.blocks).toHaveLength(2);
    const [first, second] = doc.blocks;
    if (first?.kind !== 'table' || second?.kind !== 'table') throw new Error('tables expected');
    expect(first.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['标题', '', ''],
      ['一级', 'x', '2'],
      ['', 'y', '25%'],
    ]);
    expect(first.rows[0]![1]).toEqual({ text: '', location: 'Sheet1!B2', merged: 'left' });
    expect(first.rows[2]![0]).toEqual({ text: '', location: 'Sheet1!B3', merged: 'above' });
    expect(first.rows[2]![2]!.location).toBe('Sheet1!D4');
    expect(second.rows.map((r) => r.map((c) => `${c.location}=${c.text}`))).toEqual([["'My Sheet'!A1=富文本"], ["'My Sheet'!A2=2025-03-31"]]);
  });

  it('parses an indicator sheet into indicators whose spans are located at their cells', async () => {
    const bytes = await xlsx((wb) => {
      const s = wb.addWorksheet('Sheet1');
      s.addRow(['培训项目绩效目标表']);
      s.mergeCells('A1:D1');
      s.addRow(['项目名称', '培训项目']);
      s.mergeCells('B2:D2');
      s.addRow(['预算数（万元）', 12.5]);
      s.addRow(['一级指标', '二级指标', '三级指标', '指标值']);
      s.addRow(['产出指标', '数量指标', '培训人次', '≥100人次']);
      s.addRow([null, '质量指标', '培训合格率', '≥95%']);
      s.mergeCells('A5:A6');
    });
    const doc = parseNative(await readXlsx(bytes), 'x.xlsx');
    const table = doc.projects[0]!.table!;
    expect(table.title?.span.location).toBe('Sheet1!A1');
    expect(table.name?.text).toBe('培训项目');
    expect(table.budget?.value).toBe(125000);
    expect(table.budget?.span.location).toBe('Sheet1!B3');
    expect(table.indicators.map((i) => [i.level1?.text, i.level1Inherited, i.level3?.span.location, i.target?.span.location])).toEqual([
      ['产出指标', false, 'Sheet1!C5', 'Sheet1!D5'],
      ['产出指标', true, 'Sheet1!C6', 'Sheet1!D6'],
    ]);
  });

  it('gives an unrelated spreadsheet "no indicator table found", not a crash and not a clean pass', async () => {
    const bytes = await xlsx((wb) => {
      const s = wb.addWorksheet('通讯录');
      s.addRow(['姓名', '部门', '分机']);
      s.addRow(['张三', '办公室', 8001]);
    });
    const result = await (await createLinter()).lintBuffer(bytes, { filePath: '通讯录.xlsx' });
    expect(result.fatal).toBeUndefined();
    expect(result.format).toBe('xlsx');
    const finding = result.messages.find((m) => m.ruleId === 'no-indicator-table');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/^未找到绩效指标表/);
  });
});
