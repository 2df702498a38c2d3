// The bundled CLI's V8 code cache (dist/bundle/cli.v8cache): used when valid, rewritten when missing, stale or corrupt, never an error.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const root = process.cwd();
const SAMPLE = resolve(root, 'corpus/000_88a2649a8df46961.txt');
const ARGS = [SAMPLE, '--no-color', '--no-config', '-f', 'json'];

// Each test gets a fresh copy of the installed package, so that it can break the copy's cache file.
const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});
let copy = '';
let cacheFile = '';
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'jixiao-cache-'));
  copies.push(copy);
  for (const part of ['package.json', 'rules', 'dist/bundle', 'dist/rule-index.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
  cacheFile = join(copy, 'dist/bundle/cli.v8cache');
});

function run(binDir: string) {
  const r = spawnSync(process.execPath, [join(binDir, 'dist/bundle/jixiao-lint.js'), ...ARGS], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The key line the build wrote in front of the shipped cache. */
function keyLine(): Buffer {
  const shipped = readFileSync(join(root, 'dist/bundle/cli.v8cache'));
  return shipped.subarray(0, shipped.indexOf(0x0a) + 1);
}

describe('code cache', () => {
  it('ships warm with the build and is used as is', () => {
    expect(keyLine().toString()).toMatch(/^jixiao-lint [0-9a-f]{16} \d+ v\d/);
    const before = statSync(cacheFile).mtimeMs;
    const expected = run(root);
    expect(run(copy)).toEqual(expected);
    // A cache V8 accepted is not written again.
    expect(statSync(cacheFile).mtimeMs).toBe(before);
  });

  it('is written when missing, and the run is the same without it', () => {
    rmSync(cacheFile);
    const expected = run(root);
    expect(run(copy)).toEqual(expected);
    expect(existsSync(cacheFile)).toBe(true);
    expect(readFileSync(cacheFile).subarray(0, keyLine().length).equals(keyLine())).toBe(true);
  });

  it('ignores a corrupt cache (right key, garbage code) and replaces it', () => {
    const garbage = Buffer.concat([keyLine(), Buffer.alloc(50_000, 0x5a)]);
    writeFileSync(cacheFile, garbage);
    const expected = run(root);
    expect(run(copy)).toEqual(expected);
    expect(readFileSync(cacheFile).equals(garbage)).toBe(false);
  });

  it('ignores a cache of another build or node (key mismatch) and a truncated one', () => {
    const expected = run(root);
    writeFileSync(cacheFile, Buffer.concat([Buffer.from('jixiao-lint 0000000000000000 1 v0 0 x64\n'), readFileSync(join(root, 'dist/bundle/cli.v8cache'))]));
    expect(run(copy)).toEqual(expected);
    writeFileSync(cacheFile, 'jix');
    expect(run(copy)).toEqual(expected);
  });
});
