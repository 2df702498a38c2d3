// --cache and --cache-location: a cached run prints what a fresh one does; a misused option or an unusable folder exits 2.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './fake-io.js';
import { temporaryFolder } from './temporary-folder.js';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;
temporaryFolder('jixiao-cli-cache-', (path) => (dir = path));

beforeAll(() => {
  mkdirSync(join(dir, 'docs'));
  for (const file of ['corpus/000_88a2649a8df46961.txt', 'corpus/clean/county-bureau-2021-framework.txt']) copyFileSync(join(ROOT, file), join(dir, 'docs', file.split('/').pop()!));
});

describe('--cache', () => {
  it('keeps results in .jixiao-lint-cache by default, and a second run prints the same report and exits the same way', async () => {
    const fresh = await run(['docs', '-f', 'json', '--no-config'], { cwd: dir });
    const first = await run(['docs', '-f', 'json', '--no-config', '--cache'], { cwd: dir });
    expect(existsSync(join(dir, '.jixiao-lint-cache'))).toBe(true);
    const second = await run(['docs', '-f', 'json', '--no-config', '--cache'], { cwd: dir });
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
  });

  it('every text report of a cached run is the one a fresh run writes', async () => {
    await run(['docs', '--no-config', '--cache', '--cache-location', 'formats-cache'], { cwd: dir });
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'csv', 'html', 'summary']) {
      const fresh = await run(['docs', '-f', format, '--no-config'], { cwd: dir });
      const cached = await run(['docs', '-f', format, '--no-config', '--cache', '--cache-location', 'formats-cache'], { cwd: dir });
      expect(cached, format).toEqual(fresh);
    }
  });

  it('--cache-location puts it elsewhere', async () => {
    const result = await run(['docs', '--no-config', '--cache', '--cache-location', 'elsewhere/cache'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readdirSync(join(dir, 'elsewhere/cache')).filter((name) => /^[0-9a-f]{16}$/.test(name))).toHaveLength(1);
  });

  it('--cache-location without --cache is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['docs', '--no-config', '--cache-location', 'x'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('--cache-location');
    expect(stderr).toContain('--cache');
  });

  it('a folder that cannot be used exits 2 naming --cache-location and the folder', async () => {
    writeFileSync(join(dir, 'taken'), '');
    const { code, stderr, stdout } = await run(['docs', '--no-config', '--cache', '--cache-location', 'taken'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--cache-location');
    expect(stderr).toContain('taken');
  });

  it('is listed in --help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('--cache ');
    expect(stdout).toContain('--cache-location <目录>');
  });
});
