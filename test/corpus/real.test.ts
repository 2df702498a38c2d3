// Real published excerpts: findings are compared with committed snapshots that were reviewed by hand against ANNOTATIONS.md.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import type { FileResult } from '../../src/model/result.js';

const REAL = join(import.meta.dirname, '../../corpus/real');
const files = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort() : [];
let linter: Linter;

/** A reviewable text form: one line per finding, then the score. */
function findingsText(result: FileResult): string {
  const lines = result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);
  const score = result.score ? `score ${result.score.value} ${result.score.grade}` : 'no score';
  return `${[...lines, score].join('\n')}\n`;
}

beforeAll(async () => {
  linter = await createLinter();
});

describe('real samples', () => {
  it('are all there (one per excerpt in ../shared/samples/real)', () => {
    expect(files).toHaveLength(16);
  });

  it.each(files)('%s matches its reviewed snapshot', async (file) => {
    const result = await linter.lintText(readFileSync(join(REAL, file), 'utf8'), { filePath: `corpus/real/${file}` });
    await expect(findingsText(result)).toMatchFileSnapshot(`../../corpus/snapshots/real/${file.replace(/\.txt$/, '.findings.txt')}`);
  });
});
