// Families G (relevance, copy-paste), H (schedule, narrative) and personal data on the sample and the clean corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import type { Message } from '../../src/model/result.js';

const RULES = [
  'goal-indicator-consistency', 'boilerplate-across-projects', 'foreign-entity-names', 'long-term-vs-annual', 'time-outside-budget-year',
  'progress-count-mismatch', 'progress-not-monotonic-or-not-100', 'progress-below-policy-floor', 'progress-checkpoint-order',
  'narrative-budget-present', 'narrative-tasks-quantified', 'typo-and-hygiene', 'narrative-structure-claim-mismatch',
  'narrative-indicator-not-in-table', 'personal-name-in-text', 'personal-phone-in-text',
];
const SAMPLE = join(import.meta.dirname, '../../corpus/000_88a2649a8df46961.txt');
const CLEAN = join(import.meta.dirname, '../../corpus/clean');
const text = readFileSync(SAMPLE, 'utf8');
const lines = text.split('\n');
let linter: Linter;
let messages: Message[];

const of = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId);
const linesOf = (ruleId: string) => of(ruleId).map((m) => m.line);
const words = (m: Message) => lines[m.line - 1]!.slice(m.column - 1, m.endColumn! - 1);

beforeAll(async () => {
  // Every rule of the families on at its own severity, including those outside the recommended preset.
  const all = (await createLinter()).rules;
  linter = await createLinter({ rules: Object.fromEntries(all.filter((r) => RULES.includes(r.id)).map((r) => [r.id, { severity: r.severity }])) });
  expect(linter.rules.filter((r) => RULES.includes(r.id))).toHaveLength(RULES.length);
  messages = (await linter.lintText(text, { filePath: 'corpus/000_88a2649a8df46961.txt' })).messages;
});

describe('sample 000: families G, H and personal data', () => {
  it('S19: 全乡 in the overall goal of a 镇 government, at its words', () => {
    const found = of('foreign-entity-names');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(5);
    expect(words(found[0]!)).toBe('全乡');
  });

  it('S15: the petitioner named in the 信访维稳 table (lines 617, 633), at the name', () => {
    const found = of('personal-name-in-text');
    expect(found.map((m) => m.line)).toEqual([617, 633]);
    for (const m of found) expect(words(m)).toBe('王庆合');
    expect(of('personal-phone-in-text')).toEqual([]);
  });

  it('S9: structure claims that do not match the listed 二级 categories (lines 8, 11, 14, 16, 18, 20)', () => {
    expect(linesOf('narrative-structure-claim-mismatch')).toEqual([8, 11, 14, 16, 18, 20]);
    const renda = of('narrative-structure-claim-mismatch').find((m) => m.line === 18)!;
    expect(renda.message).toContain('产出指标、效益指标');
    expect(renda.message).toContain('项目表中有4个（数量指标、质量指标、时效指标、成本指标）');
  });

  it('S8 and S10: narrative indicators the table does not carry, with the nearest table row', () => {
    const found = of('narrative-indicator-not-in-table');
    const s8 = found.find((m) => m.line === 17 && m.message.includes('保证企业安全运行'))!;
    expect(s8.message).toContain('保证矿井安全运行');
    expect(s8.related?.[0]?.line).toBe(115);
    const s10 = found.filter((m) => m.line === 15).map((m) => m.message).join();
    for (const name of ['环保信访投诉办结率', '形成正能量的社会风气', '维护社会稳定时间']) expect(s10).toContain(name);
    // Identical names and generic satisfaction wordings pass: nothing from 残疾人保障金 (23) or 河渠清理 (25).
    expect(linesOf('narrative-indicator-not-in-table').filter((l) => l === 23 || l === 25)).toEqual([]);
  });

  it('the overall goal (line 5) states no quantity at all', () => {
    expect(linesOf('narrative-tasks-quantified')).toEqual([5]);
  });

  it('must not: no schedule findings (人员类/日常公用 at 九月底 75% are another fund type), no budget or year findings', () => {
    for (const id of [
      'progress-count-mismatch', 'progress-not-monotonic-or-not-100', 'progress-below-policy-floor', 'progress-checkpoint-order',
      'narrative-budget-present', 'time-outside-budget-year', 'long-term-vs-annual', 'goal-indicator-consistency',
      'boilerplate-across-projects', 'typo-and-hygiene',
    ]) expect(of(id), id).toEqual([]);
  });
});

describe('clean documents: no finding of these families', () => {
  const files = existsSync(CLEAN) ? readdirSync(CLEAN).filter((f) => f.endsWith('.txt')).sort() : [];
  it.each(files)('%s', async (file) => {
    const result = await linter.lintText(readFileSync(join(CLEAN, file), 'utf8'), { filePath: `corpus/clean/${file}` });
    const ours = result.messages.filter((m) => RULES.includes(m.ruleId)).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    expect(ours).toEqual([]);
  });
});
