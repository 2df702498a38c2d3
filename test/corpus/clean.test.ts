// Precision: documents written to the rules (corpus/clean) must produce no errors and no warnings.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';

const CLEAN = join(import.meta.dirname, '../../corpus/clean');
const files = existsSync(CLEAN) ? readdirSync(CLEAN).filter((f) => f !== 'README.md').sort() : [];
let linter: Linter;

beforeAll(async () => {
  linter = await createLinter();
});

describe('clean documents', () => {
  it('exist in several layouts', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s has no errors and no warnings, and parses into indicators', async (file) => {
    const result = await linter.lintText(readFileSync(join(CLEAN, file), 'utf8'), { filePath: `corpus/clean/${file}` });
    const loud = result.messages.filter((m) => m.severity !== 'info').map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    expect(loud).toEqual([]);
    expect(result.fatal).toBeUndefined();
    expect(result.score!.projects.length).toBeGreaterThan(0);
    expect(result.score!.grade).toBe('优');
  });
});
