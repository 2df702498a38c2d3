// The CLI and configuration: discovery up the tree, --config, --no-config, --print-config, --rules/--rule on top, errors exit 2.
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/api/load-config.js';
import { tempFolder, userRule } from '../config/helpers.js';
import { run } from './fake-io.js';

const SAMPLE = join(import.meta.dirname, '../../corpus/000_88a2649a8df46961.txt');
const tmp = tempFolder('jixiao-cli-config-');
let ruleIds: string[];

interface Printed {
  filePath: string;
  configFile: string | null;
  extends: string[];
  overrides: { index: number }[];
  rulesDirs: string[];
  rules: Record<string, { severity: string; options: Record<string, unknown> }>;
  scoring: { gateCap: number; grades: { min: number | null }[] };
}

async function printConfig(file: string, cwd: string, ...flags: string[]): Promise<Printed> {
  const { code, stdout, stderr } = await run(['--print-config', file, ...flags], { cwd });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Printed;
}

beforeAll(async () => {
  ruleIds = (await loadConfig()).rules.map((r) => r.id);
  tmp.write('jixiao.config.json', {
    rules: { 'value-echoes-name': 'warning' },
    overrides: [{ files: 'strict/**', rules: { 'value-echoes-name': 'error' } }],
    scoring: { gateCap: 40 },
  });
  tmp.write('nested/jixiao.config.json', { extends: 'strict', rules: { 'cost-indicator-form': 'off' } });
  mkdirSync(join(tmp.dir, 'nested/deeper/still'), { recursive: true });
  tmp.write('other/alt.json', { rules: { 'narrative-name-mismatch': 'off' } });
  tmp.write('all-warnings/jixiao.config.json', { rules: Object.fromEntries(ruleIds.map((id) => [id, 'warning'])) });
  copyFileSync(SAMPLE, join(tmp.dir, 'all-warnings/sample.txt'));
  tmp.write('user/rules/satisfaction-not-100.json', userRule('satisfaction-not-100'));
  tmp.write('user/jixiao.config.json', { rulesDirs: ['rules'], rules: { 'satisfaction-not-100': ['warning', { max: 90 }] } });
  copyFileSync(SAMPLE, join(tmp.dir, 'user/sample.txt'));
  tmp.write('broken/jixiao.config.json', { rules: { 'foo-bar': 'off' } });
  tmp.write('more-rules/x-extra.json', userRule('x-extra'));
});
afterAll(() => tmp.cleanup());

describe('discovery', () => {
  it('finds jixiao.config.json in the working folder', async () => {
    const printed = await printConfig('a.txt', tmp.dir);
    expect(printed.configFile).toBe(join(tmp.dir, 'jixiao.config.json'));
    expect(printed.filePath).toBe(join(tmp.dir, 'a.txt'));
  });

  it('walks up the tree and stops at the first one found', async () => {
    const printed = await printConfig('a.txt', join(tmp.dir, 'nested/deeper/still'));
    expect(printed.configFile).toBe(join(tmp.dir, 'nested/jixiao.config.json'));
    expect(printed.extends).toEqual(['jixiao:strict', join(tmp.dir, 'nested/jixiao.config.json')]);
    expect(printed.rules['cost-indicator-form']!.severity).toBe('off');
    // The parent's settings do not leak in.
    expect(printed.rules['value-echoes-name']!.severity).toBe('error');
  });

  it('--config names the file (relative to the working folder); nothing is searched', async () => {
    const printed = await printConfig('a.txt', join(tmp.dir, 'nested'), '--config', '../other/alt.json');
    expect(printed.configFile).toBe(join(tmp.dir, 'other/alt.json'));
    expect(printed.rules['narrative-name-mismatch']!.severity).toBe('off');
    expect(printed.rules['cost-indicator-form']!.severity).not.toBe('off');
  });

  it('--no-config ignores config files: recommended only', async () => {
    const printed = await printConfig('a.txt', tmp.dir, '--no-config');
    expect(printed.configFile).toBeNull();
    expect(printed.extends).toEqual(['jixiao:recommended']);
    expect(printed.rules['value-echoes-name']!.severity).toBe('error');
  });
});

describe('--print-config', () => {
  it('prints the resolved configuration for the file: overrides by glob, rules with options, scoring', async () => {
    const printed = await printConfig('strict/x.txt', tmp.dir);
    expect(Object.keys(printed)).toEqual([
      'filePath', 'configFile', 'basePath', 'extends', 'overrides', 'ignored', 'lang', 'rulesDirs', 'ignorePatterns', 'rules', 'scoring',
    ]);
    expect(printed.overrides.map((o) => o.index)).toEqual([0]);
    expect(printed.rules['value-echoes-name']).toEqual({ severity: 'error', options: {} });
    expect(Object.keys(printed.rules).sort()).toEqual([...ruleIds].sort());
    expect(printed.rules['level3-category-mismatch']!.options).toHaveProperty('minConfidence');
    expect(printed.scoring.gateCap).toBe(40);
    // The open lowest grade band prints as null (JSON has no -Infinity), which a config accepts back.
    expect(printed.scoring.grades.at(-1)!.min).toBeNull();
    expect((await printConfig('plain.txt', tmp.dir)).rules['value-echoes-name']!.severity).toBe('warning');
  });

  it('--rule wins over config and overrides; --rules adds a folder after the config rulesDirs', async () => {
    const printed = await printConfig('strict/x.txt', join(tmp.dir, 'user'), '--rule', 'value-echoes-name=info', '--rules', '../more-rules');
    expect(printed.rules['value-echoes-name']!.severity).toBe('info');
    expect(printed.rulesDirs).toEqual([join(tmp.dir, 'user/rules'), join(tmp.dir, 'more-rules')]);
    expect(printed.rules['x-extra']!.severity).toBe('warning');
    expect(printed.rules['satisfaction-not-100']).toEqual({ severity: 'warning', options: { max: 90 } });
  });

  it('-o writes it to a file', async () => {
    const { code, stdout } = await run(['--print-config', 'a.txt', '-o', 'out/config.json'], { cwd: tmp.dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('cannot be combined with files to lint', async () => {
    const { code, stderr } = await run(['--print-config', 'a.txt', 'b.txt'], { cwd: tmp.dir });
    expect(code).toBe(2);
    expect(stderr).toContain('--print-config');
  });
});

describe('linting with a configuration', () => {
  it('severities from the config decide the exit code; --rule wins', async () => {
    const cwd = join(tmp.dir, 'all-warnings');
    const relaxed = await run(['sample.txt'], { cwd });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/0 个错误/);
    const strict = await run(['sample.txt', '--rule', 'value-echoes-name=error'], { cwd });
    expect(strict.code).toBe(1);
    expect((await run(['sample.txt', '--no-config'], { cwd })).code).toBe(1);
  });

  it('a user rule from the config rules folder fires on the sample', async () => {
    const { code, stdout } = await run(['sample.txt', '-f', 'json'], { cwd: join(tmp.dir, 'user') });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; line: number }[] }[];
    const found = result!.messages.filter((m) => m.ruleId === 'satisfaction-not-100');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.line).toBe(9);
  });
});

describe('configuration errors exit 2', () => {
  it('names the file and the field', async () => {
    const { code, stdout, stderr } = await run(['a.txt'], { cwd: join(tmp.dir, 'broken') });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^jixiao-lint: 配置错误：jixiao\.config\.json 字段 rules\.foo-bar：没有名为“foo-bar”的规则/);
  });

  it('the same for --print-config', async () => {
    const { code, stderr } = await run(['--print-config', 'a.txt'], { cwd: join(tmp.dir, 'broken') });
    expect(code).toBe(2);
    expect(stderr).toContain('字段 rules.foo-bar');
  });

  it('a missing --config file', async () => {
    const { code, stderr } = await run(['a.txt', '--config', 'nope.json'], { cwd: tmp.dir });
    expect(code).toBe(2);
    expect(stderr).toBe('jixiao-lint: 配置错误：nope.json：配置文件不存在。请检查路径（相对于当前目录），或去掉 --config，让程序向上查找 jixiao.config.json\n');
  });

  it('--no-config skips a broken config', async () => {
    expect((await run(['--print-config', 'a.txt', '--no-config'], { cwd: join(tmp.dir, 'broken') })).code).toBe(0);
  });

  it('--rule naming an unknown rule stays an argument error', async () => {
    const { code, stderr } = await run(['a.txt', '--no-config', '--rule', 'value-echoes=off'], { cwd: tmp.dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^jixiao-lint: 参数错误：--rule：没有名为“value-echoes”的规则；是否想写“value-echoes-name”？/);
  });
});

describe('--help', () => {
  it('lists the config options in Chinese', async () => {
    const { stdout } = await run(['--help']);
    for (const text of ['--config <文件>', '--no-config', '--print-config <文件>', 'jixiao.config.json', '配置：', '优先级']) {
      expect(stdout).toContain(text);
    }
  });
});
