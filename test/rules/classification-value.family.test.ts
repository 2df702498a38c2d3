// Families B (classification) and C (value form): their findings on the sample, and silence on clean documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import type { FileResult, Message } from '../../src/model/result.js';

const ROOT = join(import.meta.dirname, '../..');
const FAMILY_B = [
  'quality-vs-benefit-confusion', 'satisfaction-as-benefit', 'input-as-output', 'activity-as-benefit',
  'irrelevant-filler-indicator', 'social-eco-cost-polarity', 'satisfaction-without-subject',
];
const FAMILY_C = [
  'value-not-parseable', 'name-contains-value', 'name-is-goal-statement', 'vague-qualitative-value',
  'qualitative-where-quantifiable', 'missing-direction', 'direction-symbol-normalisation', 'range-value',
  'quantitative-other-needs-note', 'unit-value-mismatch', 'percent-out-of-range', 'ge-100-percent', 'degenerate-value',
];
const MINE = [...FAMILY_B, ...FAMILY_C];

// Each rule's cases and doc examples run in cases.test.ts and doc-examples.test.ts; this file checks the family on the corpus.
describe('families B and C on the sample (strict preset: every rule on)', () => {
  let sample: FileResult;
  const of = (id: string): Message[] => sample.messages.filter((m) => m.ruleId === id);
  const linesOf = (id: string) => [...new Set(of(id).map((m) => m.line))].sort((a, b) => a - b);

  beforeAll(async () => {
    const linter = await createLinter({ cwd: ROOT, config: { extends: ['jixiao:strict'] } });
    const file = join(ROOT, 'corpus/000_88a2649a8df46961.txt');
    sample = await linter.lintText(readFileSync(file, 'utf8'), { filePath: 'corpus/000_88a2649a8df46961.txt' });
  });

  it('S2, S4, S6: payment rate as cost (25, 334), spending progress (12) and project money (17) as quantity', () => {
    expect(linesOf('input-as-output')).toEqual([12, 17, 25, 334]);
    const table = of('input-as-output').find((m) => m.line === 334)!;
    expect(table.message).toContain('项目资金支付率');
    expect(table.path).toEqual(['projects', 7, 'table', 'indicators', 3, 'level3']);
  });

  it('S5: a time measured in percent (line 15); a cost measured in percent under 经济效益 (line 12)', () => {
    expect(linesOf('unit-value-mismatch')).toEqual([12, 15]);
    const s5 = of('unit-value-mismatch').find((m) => m.line === 15)!;
    expect(s5.message).toContain('维护社会稳定时间');
    expect(s5.message).toContain('日期或时长');
  });

  it('S17: satisfaction without a subject (143, 369, 480, 591 and their narrative entries)', () => {
    for (const line of [143, 369, 480, 591, 21, 25]) expect(linesOf('satisfaction-without-subject')).toContain(line);
    // 服务对象满意度 (line 702) names the generic subject; 残疾人满意率 names its subject.
    expect(linesOf('satisfaction-without-subject')).not.toContain(702);
    expect(linesOf('satisfaction-without-subject')).not.toContain(258);
  });

  it('S1, S18: aims and slogans as names (17, 108, 431, 452, 459, 570, 681)', () => {
    for (const line of [17, 108, 431, 452, 459, 570, 681]) expect(linesOf('name-is-goal-statement')).toContain(line);
    // Measurable names stay silent: 工作任务完成及时率, 维护社会稳定时间 (a time, whose unit is the problem).
    expect(of('name-is-goal-statement').map((m) => m.indicator?.level3)).not.toContain('工作任务完成及时率');
    expect(of('name-is-goal-statement').map((m) => m.indicator?.level3)).not.toContain('维护社会稳定时间');
  });

  it('does not pile onto the value cells that value-echoes-name, unit-required and cost-indicator-form already report', () => {
    const valueRules = FAMILY_C.filter((id) => id !== 'unit-value-mismatch' && id !== 'name-is-goal-statement');
    const found = sample.messages.filter((m) => valueRules.includes(m.ruleId));
    expect(found.map((m) => `${m.line} ${m.ruleId}`)).toEqual([]);
  });

  it('every finding of the two families sits on a line of the sample that holds an indicator', () => {
    const mine = sample.messages.filter((m) => MINE.includes(m.ruleId));
    expect(mine.length).toBeGreaterThan(0);
    for (const m of mine) expect(m.line === 9 || m.line === 12 || m.line === 15 || m.line >= 17).toBe(true);
  });
});

describe('families B and C stay silent on clean documents (strict preset)', () => {
  const CLEAN = join(ROOT, 'corpus/clean');
  const files = existsSync(CLEAN) ? readdirSync(CLEAN).filter((f) => f.endsWith('.txt')).sort() : [];
  it.each(files.length > 0 ? files : ['(none yet)'])('%s', async (file) => {
    if (file === '(none yet)') return;
    const linter = await createLinter({ cwd: ROOT, config: { extends: ['jixiao:strict'] } });
    const result = await linter.lintText(readFileSync(join(CLEAN, file), 'utf8'), { filePath: `corpus/clean/${file}` });
    const mine = result.messages.filter((m) => MINE.includes(m.ruleId));
    expect(mine.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});
