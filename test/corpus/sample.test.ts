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

describe('sample 000_88a2649a8df46961: should find (S1–S19)', () => {
  const at = (ruleId: string, line: number) => of(ruleId).filter((m) => m.line === line);
  const textAt = (m: Message) => lines[m.line - 1]!.slice(m.column - 1, m.endLine === m.line ? m.endColumn! - 1 : undefined);

  it('S1: 提高劳动效率 is an aim, not a measure (table 108, narrative 17)', () => {
    expect(at('name-is-goal-statement', 108)).toHaveLength(1);
    expect(at('name-is-goal-statement', 17).some((m) => m.message.includes('提高劳动效率'))).toBe(true);
  });

  it('S2: a payment rate filed as a cost (line 334)', () => {
    expect(at('input-as-output', 334)).toHaveLength(1);
  });

  it('S3: 支付准确性 under 时效, 计划指标完成率 under 经济效益 (line 9)', () => {
    const found = at('level3-category-mismatch', 9).map((m) => m.message);
    expect(found.some((t) => t.includes('支付准确性') && t.includes('质量指标'))).toBe(true);
    expect(found.some((t) => t.includes('计划指标完成率'))).toBe(true);
  });

  it('S4: 支出成本 under 经济效益, spending progress as an output (line 12)', () => {
    expect(at('level3-category-mismatch', 12).some((m) => m.message.includes('支出成本'))).toBe(true);
    expect(at('input-as-output', 12).some((m) => m.message.includes('保证资金的支出进度'))).toBe(true);
  });

  it('S5: a time measured in percent (line 15)', () => {
    expect(at('unit-value-mismatch', 15).some((m) => m.message.includes('维护社会稳定时间'))).toBe(true);
  });

  it('S6: the project money used as an output quantity (line 17)', () => {
    expect(at('input-as-output', 17).some((m) => m.message.includes('项目金额'))).toBe(true);
  });

  it('S7: narrative and table project names differ (line 16 vs 47)', () => {
    const [m] = of('narrative-name-mismatch');
    expect(m?.line).toBe(16);
    expect(m?.related?.[0]?.line).toBe(47);
  });

  it('S8: narrative 企业 vs table 矿井 (line 17 vs 115)', () => {
    expect(at('narrative-indicator-not-in-table', 17).some((m) => m.message.includes('保证企业安全运行') && m.related?.[0]?.line === 115)).toBe(true);
  });

  it('S9: structure claims that do not match the lists (lines 8, 11, 14–20)', () => {
    expect(linesOf('narrative-structure-claim-mismatch')).toEqual(expect.arrayContaining([8, 11, 18]));
  });

  it('S10: 信访维稳 narrative indicators absent from its table (line 15)', () => {
    const names = at('narrative-indicator-not-in-table', 15).map((m) => m.message).join(' ');
    for (const name of ['环保信访投诉办结率', '形成正能量的社会风气', '维护社会稳定时间']) expect(names).toContain(name);
  });

  it('S11: 三级 names that are just the 二级 name (205, 244, 320, 355)', () => {
    expect(linesOf('level3-equals-level2')).toEqual(expect.arrayContaining([205, 244, 320, 355]));
  });

  it('S12: 安全生产 under both 数量指标 and 质量指标 (second at 94, first at 87)', () => {
    const [m] = of('duplicate-indicator');
    expect(m?.line).toBe(94);
    expect(m?.related?.[0]?.line).toBe(87);
  });

  it('S13: the basis repeats the name instead of a standard (every row, e.g. line 90)', () => {
    expect(of('basis-not-in-enum')).toHaveLength(54);
    expect(at('basis-not-in-enum', 90)).toHaveLength(1);
  });

  it('S14: numeric targets without a unit', () => {
    expect(of('unit-required').length).toBeGreaterThanOrEqual(50);
    expect(at('unit-required', 89)).toHaveLength(1);
  });

  it('S15: a private person named in a fund purpose (617, 633)', () => {
    const found = of('personal-name-in-text');
    expect(found.map((m) => m.line)).toEqual([617, 633]);
    for (const m of found) expect(textAt(m)).toBe('王庆合');
  });

  it('S16: satisfaction targets of 99% (lines 9, 12)', () => {
    expect(linesOf('satisfaction-range')).toEqual([9, 12]);
  });

  it('S17: satisfaction without saying whose (143, 369, 480, 591)', () => {
    expect(linesOf('satisfaction-without-subject')).toEqual(expect.arrayContaining([143, 369, 480, 591]));
  });

  it('S18: aims and slogans as indicator names (431, 452, 570, 681)', () => {
    expect(linesOf('name-is-goal-statement')).toEqual(expect.arrayContaining([431, 452, 570, 681]));
  });

  it('S19: 全乡 in a 镇 document (line 5)', () => {
    const [m] = of('foreign-entity-names');
    expect(m?.line).toBe(5);
    expect(textAt(m!)).toBe('全乡');
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
