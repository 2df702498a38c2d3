// runCli in-process: help, version, argument errors and configuration errors map to the documented exit codes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './fake-io.js';
import { temporaryFolder } from './temporary-folder.js';

describe('runCli: help and version', () => {
  it('--help prints Chinese help with exit codes and examples, exit 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^用法：jixiao-lint /);
    for (const text of ['选项：', '--format', '--max-warnings', '退出码：', '示例：', '2  无法运行']) {
      expect(stdout).toContain(text);
    }
  });

  it('-v prints the package version, exit 0', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('no path: help and a message on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('用法：');
    expect(stderr).toContain('请至少指定一个要检查的文件');
  });
});

describe('runCli: bad arguments exit 2', () => {
  it('unknown option: commander message on stderr', async () => {
    const { code, stdout, stderr } = await run(['--bogus', 'a.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("unknown option '--bogus'");
    expect(stderr).toContain('jixiao-lint --help');
  });

  it('missing option value', async () => {
    expect((await run(['a.txt', '--format'])).code).toBe(2);
  });

  it('unknown format names the known ones', async () => {
    const { code, stderr } = await run(['-f', 'xml', 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('jixiao-lint: 参数错误：未知的输出格式“xml”；可用的格式：stylish, json, sarif, junit, csv, xlsx, html, summary\n');
  });

  it('--rule with an unknown severity', async () => {
    const { code, stderr } = await run(['--rule', 'foo=loud', 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('--rule foo=loud');
    expect(stderr).toContain('error、warning、info、off');
  });

  it('--rule without =', async () => {
    expect((await run(['--rule', 'foo', 'a.txt'])).code).toBe(2);
  });

  it('--max-warnings that is not a number', async () => {
    const { code, stderr } = await run(['--max-warnings', 'many', 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings');
  });

  it('--lang other than zh or en', async () => {
    const { code, stderr } = await run(['--lang', 'fr', 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('--lang');
  });
});

describe('runCli: configuration errors exit 2', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const bad = {
      id: 'x-bad', family: 'C', scope: 'indicator', severity: 'error', dimension: 'measurability', title: 't', message: 'm',
      conditions: { all: [{ fact: 'noSuchFact', operator: 'equal', value: true }] },
    };
    await writeFile(join(dir, 'x-bad.json'), JSON.stringify(bad));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a missing rules folder is named', async () => {
    const { code, stdout, stderr } = await run(['--rules', '/nonexistent', 'a.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^jixiao-lint: 配置错误：\/nonexistent：/);
  });

  it('a rule naming an unknown fact: file and field are named', async () => {
    const { code, stdout, stderr } = await run(['--rules', dir, 'a.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('jixiao-lint: 配置错误：');
    expect(stderr).toContain(join(dir, 'x-bad.json'));
    expect(stderr).toContain('字段 conditions.all[0].fact');
    expect(stderr).toContain('noSuchFact');
  });

  it('--rule naming a rule that does not exist', async () => {
    const { code, stderr } = await run(['--rule', 'no-such-rule=off', 'a.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-rule');
  });
});

describe('runCli: linting', () => {
  let dir: string;
  temporaryFolder('jixiao-cli-', (path) => (dir = path));

  it('an unreadable file gets a fatal result and exit 1', async () => {
    const { code, stdout } = await run(['missing.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('missing.txt');
    expect(stdout).toContain('1 个错误');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('json to a file in a new folder: nothing on stdout, the FileResult[] in the file', async () => {
    const { code, stdout } = await run(['missing.txt', '-f', 'json', '-o', 'out/deep/report.json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const results = JSON.parse(await readFile(join(dir, 'out/deep/report.json'), 'utf8')) as { filePath: string; fatal?: unknown }[];
    expect(results).toHaveLength(1);
    expect(results[0]!.filePath).toBe('missing.txt');
    expect(results[0]!.fatal).toBeDefined();
  });

  it('colour follows FORCE_COLOR and --no-color', async () => {
    expect((await run(['missing.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await run(['missing.txt', '--no-color'], { cwd: dir, isTTY: true })).stdout).not.toMatch(/\u001b\[/);
  });

  it('--print-model on an unreadable file: exit 2 and the file named on stderr', async () => {
    const { code, stdout, stderr } = await run(['--print-model', 'missing.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('[]\n');
    expect(stderr).toContain('missing.txt');
  });
});
