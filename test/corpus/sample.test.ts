// The sample document: every Must item of its defects file is found at its line, nothing on the must-not list is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import type { FileResult, Message } from '../../src/model/result.js';

const SAMPLE = join(import.meta.dirname, '../../corpus/000_88a2649a8df46961.txt');
const text = readFileSync(SAMPLE, 'utf8');
const lines = text.split('\n');
let result: FileResult;

const of = (ruleId: string): Message[] => result.messages.filter((m) => m.ruleId === ruleId);
const linesOf = (ruleId: string) => [...new Set(of(ruleId).map((m) => m.line))].sort((a, b) => a - b);

beforeAll(async () => {
  const linter = await createLinter();
  result = await linter.lintText(text, { filePath: 'corpus/000_88a2649a8df46961.txt' });
});

describe('sample 000_88a2649a8df46961: must find', () => {
  it('M1: every table 指标值 that repeats its name (54 rows)', () => {
    const found = of('value-echoes-name');
    expect(found).toHaveLength(54);
    for (const line of [89, 96, 110, 225, 669]) expect(linesOf('value-echoes-name')).toContain(line);
    // Each finding sits on a table value cell of the form `\t≥95<name>`.
    for (const m of found) expect(lines[m.line - 1]).toMatch(/^\t≥95\S/);
  });

  it('M2 + M3: cost indicators not written as ≤ an amount, in tables and narrative', () => {
    expect(linesOf('cost-indicator-form')).toEqual([12, 15, 17, 21, 23, 25, 110, 225, 336, 447, 558, 669]);
    const line15 = of('cost-indicator-form').find((m) => m.line === 15)!;
    expect(line15.message).toContain('没有金额');
  });

  it('M4: the ecological indicator filed under 社会效益指标 (line 688)', () => {
    const m = of('level3-category-mismatch').find((x) => x.line === 688);
    expect(m).toBeDefined();
    expect(m!.message).toContain('生态效益指标');
    expect(m!.path).toEqual(expect.arrayContaining(['table', 'indicators', 'level3']));
  });

  it('M5: narrative 80% vs table 75% for 残疾人保障金 (line 22 vs 180)', () => {
    const found = of('narrative-schedule-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(22);
    expect(lines[21]!.slice(found[0]!.column - 1, found[0]!.endColumn! - 1)).toBe('80%');
    expect(found[0]!.related?.[0]?.line).toBe(180);
    expect(found[0]!.message).toContain('75%');
  });

  it('M6: the checkpoint 十底 on lines 14–24, at its column', () => {
    const found = of('schedule-month-malformed');
    expect(found.map((m) => m.line)).toEqual([14, 16, 18, 20, 22, 24]);
    for (const m of found) {
      expect(lines[m.line - 1]!.slice(m.column - 1, m.endColumn! - 1)).toBe('十底');
      expect(m.suggestion).toContain('十月底');
    }
  });
});

describe('sample 000_88a2649a8df46961: must not find', () => {
  it('no budget mismatch (all six amounts agree)', () => {
    expect(of('narrative-budget-mismatch')).toEqual([]);
  });

  it('no schedule or checkpoint mismatch for the other five projects, none for 人员类/日常公用', () => {
    expect(of('narrative-schedule-mismatch').every((m) => m.project === '残疾人保障金')).toBe(true);
    expect(of('narrative-checkpoint-mismatch')).toEqual([]);
  });
});

describe('sample 000_88a2649a8df46961: result and score', () => {
  it('scores every project and the document, with grades and deductions', () => {
    expect(result.fatal).toBeUndefined();
    const score = result.score!;
    expect(score.projects).toHaveLength(8);
    expect(score.grade).toBe('差');
    for (const p of score.projects) {
      expect(p.value).toBeGreaterThanOrEqual(0);
      expect(p.value).toBeLessThanOrEqual(100);
    }
    const table = score.projects.find((p) => p.name === '残疾人保障金')!;
    expect(table.deductions.map((d) => d.ruleId)).toContain('value-echoes-name');
    expect(table.indicators).toHaveLength(9 + 9);
  });

  it('matches the committed snapshot of findings and scores', async () => {
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot('../../corpus/snapshots/000_88a2649a8df46961.json');
  });
});
