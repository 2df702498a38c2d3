// In-thread batches read the next file while linting the current one: results keep their order, equal lone results, and an unreadable file stays its own.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/output/api/read-ahead');
const SOURCES = ['corpus/clean/single-project-2025.txt', 'corpus/real/001-jingyan-mata-town-project-targets-2023.txt', 'corpus/clean/single-project-2025.md', 'corpus/real/004-ningxiang-batang-town-infrastructure-2021.txt'];
const names = SOURCES.map((file, i) => `${'abcd'[i]}-${file.split('/').at(-1)!}`);

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  SOURCES.forEach((file, i) => copyFileSync(join(ROOT, file), join(DIR, names[i]!)));
});

describe('read-ahead in an in-thread batch', () => {
  it('gives each file the result it gets alone, in order, while a file that vanished after listing gets its own fatal result', async () => {
    const linter = await createLinter({ cwd: ROOT });
    const alone = await Promise.all(names.map((n) => linter.lintFile(join(DIR, n))));
    // Listed, then the second file is removed before any read starts: its read (begun ahead) must fail alone.
    const results = await linter.lintFiles([DIR], { concurrency: 'off', onStart: () => rmSync(join(DIR, names[1]!)) });
    expect(results.map((r) => r.filePath)).toEqual(alone.map((r) => r.filePath));
    expect(results[1]!.fatal?.message).toContain('无法读取文件');
    for (const i of [0, 2, 3]) expect(results[i]).toEqual(alone[i]);
    expect(alone.every((r) => r.fatal === undefined)).toBe(true);
  });
});
