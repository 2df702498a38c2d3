// The csv format: BOM, Chinese headers, RFC 4180 quoting, CRLF, fatal files, deterministic.
import { describe, expect, it } from 'vitest';
import { csvField, defuse, formatCsv } from '../../src/report/csv.js';
import { all, clean, fatal, fatalOnly, linted, workbook } from './fixtures.js';

const context = { cwd: '/repo', lang: 'zh' as const, color: true };
const HEADER = '文件,行,列,位置,严重程度,规则,项目,三级指标,指标值,消息,建议';

/** A small RFC 4180 reader, to check the output round-trips. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('csv', () => {
  it('starts with a BOM and the Chinese header, ends with CRLF', () => {
    const out = formatCsv([clean], context);
    expect(out).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('has one row per finding, fatal files included, in the given order', () => {
    const rows = readCsv(formatCsv(all, context).slice(1));
    expect(rows[0]!.join(',')).toBe(HEADER);
    expect(rows.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ['corpus/市教育局.txt', 'cost-indicator-form'],
      ['corpus/市教育局.txt', 'vague-target'],
      ['corpus/市教育局.txt', 'basis-missing'],
      ['各单位/乙单位 "2024".xlsx', 'target-contradiction'],
      ['各单位/乙单位 "2024".xlsx', 'vague-target'],
      ['missing.txt', 'fatal'],
      ['/elsewhere/坏文件.docx', 'fatal'],
    ]);
    expect(rows[7]).toEqual(['/elsewhere/坏文件.docx', '1', '1', '', '错误', 'fatal', '', '', '', '无法解析：不是 Word 文档', '']);
    expect(rows.every((r) => r.length === 11)).toBe(true);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps native locations and indicators', () => {
    const out = formatCsv([workbook], context);
    expect(out).toContain('"各单位/乙单位 ""2024"".xlsx",9,3,Sheet1!C7,错误,target-contradiction,农村饮水安全,水质达标率,≥ 95%,');
    expect(out).toContain('"统一为“≥ 98%”,\n并说明依据"');
    const rows = readCsv(out.slice(1));
    expect(rows[1]).toEqual([
      '各单位/乙单位 "2024".xlsx', '9', '3', 'Sheet1!C7', '错误', 'target-contradiction', '农村饮水安全', '水质达标率', '≥ 95%',
      '指标值“≥ 95%”与叙述不符, 见 <总体目标> & “年度目标”', '统一为“≥ 98%”,\n并说明依据',
    ]);
    // A message that a spreadsheet would run as a formula is defused.
    expect(rows[2]![9]).toBe("'=SUM(A1) 不是可衡量的目标");
  });

  it('defuses formulas but not numbers or a lone dash', () => {
    expect(['=1+1', '@x', '+cmd', '-cmd', '-5', '+3.5%', '-', '≥ 95%'].map(defuse)).toEqual([
      "'=1+1", "'@x", "'+cmd", "'-cmd", '-5', '+3.5%', '-', '≥ 95%',
    ]);
    expect(csvField(12)).toBe('12');
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('uses English severity words with --lang en, headers stay Chinese', () => {
    const rows = readCsv(formatCsv([linted], { ...context, lang: 'en' }).slice(1));
    expect(rows[0]!.join(',')).toBe(HEADER);
    expect(rows.slice(1).map((r) => r[4])).toEqual(['error', 'warning', 'info']);
  });

  it('is deterministic and uncoloured', () => {
    expect(formatCsv(all, { ...context, color: false })).toBe(formatCsv(all, context));
    expect(formatCsv(all, context)).not.toMatch(/\u001b\[/);
    expect(formatCsv([fatal], context)).toBe(`\uFEFF${HEADER}\r\nmissing.txt,1,1,,错误,fatal,,,,无法读取文件：ENOENT,\r\n`);
    void fatalOnly;
  });
});
