// The summary format (--summary): rankings with ties in file order, the largest deductions, counts by rule, written at the end.
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import { formatSummary, summaryWriter } from '../../src/report/score-summary.js';
import { all, fatal, linted, workbook } from './fixtures.js';

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
    expect(writer.end().tail).toBe(formatSummary(all, context));
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

  it('counts findings by rule, a file given twice once', () => {
    const text = formatSummary([linted, linted, workbook], context);
    expect(section(text, '三、')).toContain('vague-target | 3 | 0 | 3 | 0 | 2 | 目标模糊');
  });
});
