// Family A (structure and completeness): its findings on the sample, and silence on clean documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import type { FileResult, Message } from '../../src/model/result.js';

const ROOT = join(import.meta.dirname, '../..');
const FAMILY_A = [
  'missing-required-column', 'empty-cell', 'unknown-level1-or-level2', 'level-mismatch', 'mixed-framework-versions',
  'missing-core-dimension', 'missing-cost-indicator', 'missing-satisfaction-indicator', 'level3-equals-level2',
  'placeholder-or-junk-text', 'template-residue', 'too-few-or-too-many-indicators', 'duplicate-indicator',
  'missing-goal-text', 'missing-overall-goal', 'weights-not-100', 'unit-required', 'name-length', 'name-too-long',
];

// Each rule's cases and doc examples run in cases.test.ts and doc-examples.test.ts; this file checks the family on the corpus.
describe('family A on the sample and the clean corpus', () => {
  let sample: FileResult;
  const of = (id: string): Message[] => sample.messages.filter((m) => m.ruleId === id);
  const linesOf = (id: string) => [...new Set(of(id).map((m) => m.line))].sort((a, b) => a - b);

  beforeAll(async () => {
    const linter = await createLinter();
    const file = join(ROOT, 'corpus/000_88a2649a8df46961.txt');
    sample = await linter.lintText(readFileSync(file, 'utf8'), { filePath: 'corpus/000_88a2649a8df46961.txt' });
  });

  it('S11: 三级 names that are only a category name (tables 205, 244, 320, 355; narrative 23, 25)', () => {
    expect(linesOf('level3-equals-level2')).toEqual([23, 25, 205, 244, 320, 355]);
    expect(of('level3-equals-level2')).toHaveLength(8);
  });

  it('S12: 安全生产 set twice in the 安保 table, reported at the second with the first related', () => {
    const found = of('duplicate-indicator');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(94);
    expect(found[0]!.related?.[0]?.line).toBe(87);
    expect(found[0]!.message).toContain('数量指标');
    expect(found[0]!.message).toContain('质量指标');
  });

  it('S14: table values without a unit, none in the narrative (which says 百分比)', () => {
    const found = of('unit-required');
    expect(found.length).toBeGreaterThanOrEqual(50);
    expect(found.every((m) => m.line > 40)).toBe(true);
    for (const line of [89, 96, 103, 200, 669]) expect(linesOf('unit-required')).toContain(line);
  });

  it('finds nothing else of family A on the sample that is not listed here', () => {
    const expected = new Set(['level3-equals-level2', 'duplicate-indicator', 'unit-required', 'missing-goal-text']);
    const others = sample.messages.filter((m) => FAMILY_A.includes(m.ruleId) && !expected.has(m.ruleId));
    expect(others.map((m) => `${m.line} ${m.ruleId} ${m.message}`)).toEqual([]);
  });

  const CLEAN = join(ROOT, 'corpus/clean');
  const cleanFiles = existsSync(CLEAN) ? readdirSync(CLEAN).filter((f) => f.endsWith('.txt')).sort() : [];
  it.each(cleanFiles.length > 0 ? cleanFiles : ['(none yet)'])('no family A error or warning on clean %s', async (file) => {
    if (file === '(none yet)') return;
    const linter = await createLinter();
    const result = await linter.lintText(readFileSync(join(CLEAN, file), 'utf8'), { filePath: `corpus/clean/${file}` });
    const loud = result.messages.filter((m) => FAMILY_A.includes(m.ruleId) && m.severity !== 'info');
    expect(loud.map((m) => `${m.line} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});
