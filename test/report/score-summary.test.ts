// The summary format (--summary): rankings with ties in file order, the largest deductions, counts by rule, written at the end.
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import { chunksOf } from '../../src/report/pieces.js';
import { formatSummary, summaryWriter } from '../../src/report/score-summary.js';
import { all, fatal, linted, workbook } from './fixtures.js';
import { textOf } from './piecewise.js';

const context = { cwd: '/repo', lang: 'zh' as const, color: false, rules: { 'vague-target': { title: '目标模糊' } } };
const twin = (r: FileResult, filePath: string): FileResult => ({ ...r, filePath });
/** The lines of a numbered section, without its heading and column headings. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  const end = lines.indexOf('', start);
  return lines.slice(start + 2, end).map((line) => line.trim().split(/\s{2,}/).join(' | '));
}

describe('summary', () => {
  it('writes nothing per file and the whole text at the end', () => {
    const writer = summaryWriter(context);
    expect(writer.head).toBe('');
    expect(all.map((r) => writer.add(r))).toEqual(['', '', '', '', '']);
    expect(textOf(writer.end().tail)).toBe(formatSummary(all, context));
  });

  it('gives its tail in pieces of a few lines each, made as they are pulled, that join into the same text', () => {
    const whole = formatSummary(all, context);
    const writer = summaryWriter(context, { rowsPerPiece: 3 });
    for (const r of all) writer.add(r);
    const tail = writer.end().tail;
    expect(typeof tail).not.toBe('string');
    const pieces = [...chunksOf(tail)];
    expect(pieces.join('')).toBe(whole);
    expect(pieces.every((piece) => piece.split('\n').length - 1 <= 3)).toBe(true);
    expect(pieces.length).toBe(Math.ceil((whole.split('\n').length - 1) / 3));
  });

  it('ranks documents and projects by score, equal scores in file order, unscored last', () => {
    const text = formatSummary([fatal, twin(linted, '/repo/c.txt'), twin(linted, '/repo/a.txt'), workbook], context);
    expect(section(text, '一、').map((line) => line.split(' | ').slice(0, 4).join(' '))).toEqual([
      '1 72.5 中 c.txt',
      '2 72.5 中 a.txt',
      '3 55 差 各单位/乙单位 "2024".xlsx',
      '4 — — missing.txt',
    ]);
    expect(section(text, '二、').map((line) => line.split(' | ').slice(1, 5).join(' '))).toEqual([
      '85 良 校舍维修 c.txt',
      '85 良 校舍维修 a.txt',
      '60.5 中 乙 c.txt',
      '60.5 中 乙 a.txt',
      '55 差 农村饮水安全 各单位/乙单位 "2024".xlsx',
    ]);
  });

  it('names the three largest deductions that cost points, labelled by project when a document has several', () => {
    const points = (ruleId: string, p: number) => ({ ruleId, dimension: '完整性', count: 1, points: p });
    const project = { ...workbook.score!.projects[0]!, deductions: [points('a', 0), points('z', 1), points('b', 0), points('y', 3), points('x', 0.5)] };
    const zeros = { ...workbook, score: { ...workbook.score!, documentDeductions: [], projects: [project] } };
    const nothing = { ...workbook, filePath: 'none.xlsx', score: { ...workbook.score!, value: 50, documentDeductions: [points('a', 0)], projects: [] } };
    const text = formatSummary([linted, zeros, nothing], context);
    expect(section(text, '一、').map((line) => line.split(' | ')[5])).toEqual([
      'cost-indicator-form −5（校舍维修）；vague-target −2（乙）；basis-missing −0.5（乙）',
      'y −3；z −1；x −0.5',
      '无',
    ]);
  });

  it('ends with the documents to revise, by grade and unreadable, each kind only when there are some', () => {
    const list = (text: string): string[] => text.slice(text.indexOf('五、')).split('\n');
    expect(list(formatSummary(all, context))).toEqual([
      '五、须修改的文档',
      '  差（不得进入预算，须重新编制）1 个：',
      '    各单位/乙单位 "2024".xlsx  55 分',
      '  中（须修改后重报）1 个：',
      '    corpus/市教育局.txt  72.5 分',
      '  无法检查（须提供可读的文件）2 个：',
      '    missing.txt  无法读取文件：ENOENT',
      '    /elsewhere/坏文件.docx  无法解析：不是 Word 文档',
      '',
      '共 5 个文档，4 个错误',
      '',
    ]);
    expect(list(formatSummary([workbook], context)).slice(0, 3)).toEqual(['五、须修改的文档', '  差（不得进入预算，须重新编制）1 个：', '    各单位/乙单位 "2024".xlsx  55 分']);
    expect(list(formatSummary([], context))).toEqual(['五、须修改的文档', '  无：所有文档都在“良”及以上', '', '共 0 个文档，0 个错误', '']);
  });

  it('counts findings by rule, a file given twice once', () => {
    const text = formatSummary([linted, linted, workbook], context);
    expect(section(text, '三、')).toContain('vague-target | 3 | 0 | 3 | 0 | 2 | 目标模糊');
  });
});
