// Families D (direction), E (money) and F (basis): findings on the sample, the must-not list, and silence on clean documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import type { FileResult, Message } from '../../src/model/result.js';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'corpus/000_88a2649a8df46961.txt');
const CLEAN = join(ROOT, 'corpus/clean');
const RULES = [
  'negative-indicator-with-ge', 'positive-indicator-with-le', 'satisfaction-range', 'deadline-direction',
  'cost-exceeds-budget', 'cost-far-below-budget', 'unit-cost-times-quantity', 'cost-basis-should-be-budget-standard',
  'budget-total-reconciliation', 'conservative-100-everywhere',
  'basis-missing', 'basis-not-in-enum', 'basis-without-source', 'basis-copy-paste',
];
const cleanFiles = existsSync(CLEAN) ? readdirSync(CLEAN).filter((f) => !f.endsWith('.md')).sort() : [];

let linter: Linter;
let sample: FileResult;
const lines = readFileSync(SAMPLE, 'utf8').split('\n');
const of = (id: string): Message[] => sample.messages.filter((m) => m.ruleId === id);
const linesOf = (id: string) => of(id).map((m) => m.line);

beforeAll(async () => {
  // The two advisory rules are out of the recommended preset; switch them on so that they are checked too.
  linter = await createLinter({ rules: { 'unit-cost-times-quantity': { severity: 'warning' }, 'basis-without-source': { severity: 'info' } } });
  expect(RULES.every((id) => linter.ruleSet.byId.has(id))).toBe(true);
  sample = await linter.lintText(readFileSync(SAMPLE, 'utf8'), { filePath: 'corpus/000_88a2649a8df46961.txt' });
});

describe('D/E/F on the sample', () => {
  it('S16: the ≥99% satisfaction targets of 人员类 (line 9) and 日常公用 (line 12), not the ≥95 ones', () => {
    expect(linesOf('satisfaction-range')).toEqual([9, 9, 9, 12, 12, 12]);
    for (const m of of('satisfaction-range')) expect(m.message).toContain('99');
  });

  it('S13: every table row whose basis is not a standard type (54 rows, at the basis cell), e.g. line 90', () => {
    const found = of('basis-not-in-enum');
    expect(found).toHaveLength(54);
    expect(linesOf('basis-not-in-enum')).toContain(90);
    for (const m of found) expect(m.path).toEqual(expect.arrayContaining(['table', 'indicators', 'basis']));
    // The cell reported is the last of its row: a line of its own in the one-cell-per-line layout.
    for (const m of found) expect(lines[m.line - 1]!.startsWith('\t')).toBe(true);
  });

  it('S13: each of the six tables copies its names into the basis column, reported once per table', () => {
    expect(linesOf('basis-copy-paste')).toEqual([90, 201, 316, 427, 538, 649]);
  });

  it('the cost named 支出成本 under 经济效益 with ≥99% (line 12) is the only wrong-way negative indicator', () => {
    expect(linesOf('negative-indicator-with-ge')).toEqual([12]);
    expect(of('negative-indicator-with-ge')[0]!.message).toContain('支出成本');
  });

  it('every fund sets all its targets at 95–100% (one info per fund)', () => {
    expect(of('conservative-100-everywhere')).toHaveLength(8);
    expect(of('conservative-100-everywhere').every((m) => m.severity === 'info')).toBe(true);
  });

  it('must not: amounts agree, no stated total, no per-unit costs, no dates, no ≤ on positive rates', () => {
    for (const id of ['cost-exceeds-budget', 'cost-far-below-budget', 'unit-cost-times-quantity', 'budget-total-reconciliation',
      'basis-missing', 'deadline-direction', 'positive-indicator-with-le', 'cost-basis-should-be-budget-standard', 'basis-without-source']) {
      expect(of(id), id).toEqual([]);
    }
  });
});

describe('D/E/F on the clean corpus', () => {
  it.each(cleanFiles)('%s: no finding of any severity', async (file) => {
    const result = await linter.lintText(readFileSync(join(CLEAN, file), 'utf8'), { filePath: `corpus/clean/${file}` });
    const mine = result.messages.filter((m) => RULES.includes(m.ruleId)).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    expect(mine).toEqual([]);
  });
});
