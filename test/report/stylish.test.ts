// The stylish report: exact plain output, CJK alignment, fatal and clean files, English labels, colour only on request.
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import { displayWidth } from '../../src/report/width.js';
import type { ReportContext } from '../../src/report/context.js';
import { clean, fatal, linted } from './fixtures.js';

const plain: ReportContext = { cwd: '/repo', lang: 'zh', color: false };
const ANSI = /\u001b\[/;

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('错误')).toBe(4);
    expect(displayWidth('得分（中）：')).toBe(12);
    expect(displayWidth('Ａ１')).toBe(4); // full-width Latin and digits
  });

  it('ignores ANSI codes and combining marks, counts curly quotes as one', () => {
    expect(displayWidth('\u001b[31m错误\u001b[39m')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('“值”')).toBe(4);
  });
});

describe('stylish', () => {
  it('prints the exact plain report', () => {
    expect(formatStylish([linted, fatal, clean], plain)).toBe(
      [
        'corpus/市教育局.txt',
        '  12:5       错误  成本指标“印刷费”的指标值“100”不是金额上限  cost-indicator-form',
        '                   建议：写成“≤ 100 万元”',
        '                   参见 180:2：叙述中写的是 120 万元',
        '  Sheet1!C7  警告  Target is vague                            vague-target',
        '  7:1        提示  缺少指标值确定依据                         basis-missing',
        '  得分 72.5（中）：协商完善',
        '  项目排名：',
        '    1.  校舍维修  85    良  cost-indicator-form −5',
        '    2.  乙        60.5  中  vague-target −2，basis-missing −0.5',
        '',
        'missing.txt',
        '  1:1  错误  无法读取文件：ENOENT  fatal',
        '',
        '✖ 共 4 个问题（2 个错误，1 个警告，1 个提示），2 个文件',
        '',
      ].join('\n'),
    );
  });

  it('aligns the rule ids by display width, not by string length', () => {
    const lines = formatStylish([linted], plain).split('\n').filter((l) => / (cost-indicator-form|vague-target|basis-missing)$/.test(l));
    const columns = lines.map((l) => displayWidth(l.slice(0, l.lastIndexOf(' ') + 1)));
    expect(lines).toHaveLength(3);
    expect(new Set(columns).size).toBe(1);
  });

  it('a very long message pushes only its own rule id right', () => {
    const long = { ...linted.messages[1]!, message: '很长的消息'.repeat(20), ruleId: 'long-rule' };
    const out = formatStylish([{ ...linted, messages: [linted.messages[1]!, long], score: undefined }], plain);
    // The message column is padded to its cap (64 columns), not to the 200-column message.
    expect(out).toContain(`  Sheet1!C7  警告  Target is vague${' '.repeat(64 - 15)}  vague-target\n`);
    expect(out).toContain(`  Sheet1!C7  警告  ${'很长的消息'.repeat(20)}  long-rule\n`);
  });

  it('plain output has no ANSI codes and no trailing spaces', () => {
    const out = formatStylish([linted, fatal, clean], plain);
    expect(out).not.toMatch(ANSI);
    for (const line of out.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('colours severities only when asked', () => {
    const out = formatStylish([linted], { ...plain, color: true });
    expect(out).toMatch(ANSI);
    expect(out).toContain('\u001b[31m错误\u001b[39m');
    expect(out).toContain('\u001b[33m警告\u001b[39m');
  });

  it('shows a fatal error even when the result has no message for it', () => {
    const bare = { ...fatal, messages: [], errorCount: 0 };
    expect(formatStylish([bare], plain)).toBe('missing.txt\n  1:1  错误  无法读取文件：ENOENT  fatal\n\n✖ 共 1 个问题（1 个错误，0 个警告，0 个提示），1 个文件\n');
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish([clean], plain)).toBe('✔ 没有发现问题\n');
    expect(formatStylish([], plain)).toBe('✔ 没有发现问题\n');
  });

  it('shows the score of a clean file', () => {
    const scored = { ...clean, score: { value: 100, grade: '优' as const, consequence: '直接进入预算', documentDeductions: [], projects: [] } };
    expect(formatStylish([scored], plain)).toBe('clean.txt\n  得分 100（优）：直接进入预算\n\n✔ 没有发现问题\n');
  });

  it('names document deductions and gating rules', () => {
    const score = linted.score!;
    const project = { ...score.projects[0]!, value: 55, grade: '差' as const, gatedBy: ['narrative-budget-mismatch'] };
    const result = {
      ...linted,
      messages: [],
      errorCount: 0, warningCount: 0, infoCount: 0,
      score: {
        ...score,
        documentDeductions: [{ ruleId: 'doc-rule', dimension: 'completeness', count: 2, points: 3 }],
        projects: [project],
      },
    };
    expect(formatStylish([result], plain)).toContain('  文档扣分：doc-rule −3\n');
    expect(formatStylish([result], plain)).toContain('    1.  乙  55  差  vague-target −2，basis-missing −0.5；门槛规则：narrative-budget-mismatch\n');
  });

  it('uses English words with lang en', () => {
    const out = formatStylish([linted, fatal], { ...plain, lang: 'en' });
    expect(out).toContain('  12:5       error    成本指标');
    expect(out).toContain('Suggestion: 写成“≤ 100 万元”');
    expect(out).toContain('See 180:2: 叙述中写的是 120 万元');
    expect(out).toContain('  Score 72.5 (fair): 协商完善');
    expect(out.endsWith('✖ 4 problems (2 errors, 1 warning, 1 info), 2 files\n')).toBe(true);
  });

  it('keeps paths outside the working folder as given', () => {
    expect(formatStylish([{ ...fatal, filePath: '/elsewhere/a.txt' }], plain)).toContain('/elsewhere/a.txt\n');
  });
});
