// The built CLI as a user runs it (node dist/src/cli/main.js): output and exit codes. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    // A clean environment: no inherited FORCE_COLOR from the test runner.
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('built CLI', () => {
  it('--version', () => {
    expect(cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help', () => {
    const { code, stdout, stderr } = cli('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^用法：jixiao-lint /);
    expect(stdout).toContain('退出码：');
  });

  it('a nonexistent file: exit 1, the file named in the report', () => {
    const { code, stdout } = cli('no-such-file.txt');
    expect(code).toBe(1);
    expect(stdout).toContain('no-such-file.txt');
    expect(stdout).toContain('无法读取文件');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('no arguments: exit 2', () => {
    const { code, stderr } = cli();
    expect(code).toBe(2);
    expect(stderr).toContain('请至少指定一个要检查的文件');
  });
});
