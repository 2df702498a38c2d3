// The bundled CLI (package.json's bin, written by `npm run build`): same output as dist/src/cli/main.js, its worker, and the pre-validated rule index.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const { bin } = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
const binFile = resolve(root, bin['jixiao-lint']!);
const SAMPLE = 'corpus/000_88a2649a8df46961.txt';

function run(file: string, args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [file, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A copy of the installed package without node_modules: the bundle must carry every dependency itself.
const copy = mkdtempSync(join(tmpdir(), 'jixiao-bundle-'));
for (const part of ['package.json', 'rules', 'dist/bundle', 'dist/rule-index.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('bundled CLI', () => {
  it('prints what the unbundled CLI prints', () => {
    const bundled = run(binFile, [SAMPLE, '--no-color', '-f', 'json']);
    const plain = run(join(root, 'dist/src/cli/main.js'), [SAMPLE, '--no-color', '-f', 'json']);
    expect(bundled.code).toBe(1);
    expect(bundled).toEqual(plain);
  });

  it('lints on worker threads from the bundle', () => {
    const files = ['corpus/clean', SAMPLE];
    const pooled = run(binFile, [...files, '--concurrency', '2', '-f', 'json']);
    const single = run(binFile, [...files, '--concurrency', 'off', '-f', 'json']);
    expect(pooled.stderr).toBe('');
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('runs from a copy without node_modules', () => {
    const { code, stdout } = run(join(copy, bin['jixiao-lint']!), [join(root, SAMPLE), '--no-color', '--no-config']);
    expect(code).toBe(1);
    expect(stdout).toContain('unit-required');
  });

  it('still validates a built-in rule changed after the build: exit 2 naming file and field', () => {
    const file = join(copy, 'rules', 'unit-required.json');
    const rule = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...rule, severity: 'fatal' }));
    try {
      const { code, stderr } = run(join(copy, bin['jixiao-lint']!), [join(root, SAMPLE), '--no-config']);
      expect(code).toBe(2);
      expect(stderr).toContain('unit-required.json');
      expect(stderr).toContain('字段 severity');
    } finally {
      writeFileSync(file, readFileSync(join(root, 'rules', 'unit-required.json')));
    }
  });

  it('validates a user rule folder with the schema: exit 2 naming file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-rules-'));
    try {
      writeFileSync(join(dir, 'my-rule.json'), JSON.stringify({ id: 'my-rule', family: 'Z' }));
      const { code, stderr } = run(binFile, [SAMPLE, '--no-config', '--rules', dir]);
      expect(code).toBe(2);
      expect(stderr).toContain('my-rule.json');
      expect(stderr).toContain('字段 family');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
