// createLinter with a configuration: per-file settings from overrides, ignorePatterns, scoring, lang, user rule folders.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import type { FileResult } from '../../src/model/result.js';
import { configError, tempFolder, userRule } from '../config/helpers.js';

const SAMPLE = join(import.meta.dirname, '../../corpus/000_88a2649a8df46961.txt');
const text = readFileSync(SAMPLE, 'utf8');
const tmp = tempFolder('jixiao-api-');

const byRule = (result: FileResult | undefined, ruleId: string) => (result?.messages ?? []).filter((m) => m.ruleId === ruleId);

beforeAll(() => {
  for (const folder of ['a', 'b', 'c', 'drafts']) {
    mkdirSync(join(tmp.dir, 'units', folder), { recursive: true });
    copyFileSync(SAMPLE, join(tmp.dir, 'units', folder, 'report.txt'));
  }
  // The README's user rule, in a folder the config names.
  tmp.write('units/my-rules/satisfaction-not-100.json', userRule('satisfaction-not-100'));
  tmp.write('units/jixiao.config.json', {
    rulesDirs: ['my-rules'],
    rules: { 'satisfaction-not-100': ['warning', { max: 90 }] },
    overrides: [
      { files: '{a,b}/*.txt', rules: { 'value-echoes-name': 'off' } },
      { files: '**/c/**', rules: { 'cost-indicator-form': 'warning', 'satisfaction-not-100': 'off' } },
    ],
    ignorePatterns: ['drafts'],
  });
});
afterAll(() => tmp.cleanup());

describe('createLinter with a config file', () => {
  let linter: Linter;
  let results: FileResult[];

  beforeAll(async () => {
    linter = await createLinter({ cwd: join(tmp.dir, 'units'), configFile: 'jixiao.config.json' });
    results = await linter.lintFiles(['.']);
  });

  it('ignorePatterns skip files; the others are linted', () => {
    expect(results.map((r) => r.filePath)).toEqual([join('a', 'report.txt'), join('b', 'report.txt'), join('c', 'report.txt')]);
  });

  it('a file named outright is linted even when ignorePatterns match it', async () => {
    const named = await linter.lintFiles([join('drafts', 'report.txt')]);
    expect(named.map((r) => r.filePath)).toEqual([join('drafts', 'report.txt')]);
    expect(await linter.lintFiles(['drafts'])).toEqual([]);
  });

  it('each file gets the rules of its matching overrides', () => {
    const [a, b, c] = results;
    expect(byRule(a, 'value-echoes-name')).toHaveLength(0);
    expect(byRule(b, 'value-echoes-name')).toHaveLength(0);
    expect(byRule(c, 'value-echoes-name').length).toBeGreaterThan(0);
    expect(byRule(a, 'cost-indicator-form').every((m) => m.severity === 'error')).toBe(true);
    expect(byRule(c, 'cost-indicator-form').length).toBeGreaterThan(0);
    expect(byRule(c, 'cost-indicator-form').every((m) => m.severity === 'warning')).toBe(true);
    // Files with the same overrides give the same findings.
    expect(a!.messages).toEqual(b!.messages);
  });

  it('a user rule from the config rules folder fires on the sample, with the option from the config', () => {
    const found = byRule(results[0], 'satisfaction-not-100');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 9 });
    expect(found[0]!.message).toMatch(/^满意度指标“主管部门满意度”定为“≥99/);
    expect(byRule(results[2], 'satisfaction-not-100')).toHaveLength(0);
  });

  it('the score follows the per-file rule set (turned-off rules deduct nothing)', () => {
    const deducted = (r: FileResult | undefined) => r!.score!.projects.flatMap((p) => p.deductions.map((d) => d.ruleId));
    expect(deducted(results[0])).not.toContain('value-echoes-name');
    expect(deducted(results[2])).toContain('value-echoes-name');
  });

  it('lintText applies overrides by its filePath (relative to cwd)', async () => {
    const inA = await linter.lintText(text, { filePath: 'a/other.txt' });
    const noPath = await linter.lintText(text);
    expect(byRule(inA, 'value-echoes-name')).toHaveLength(0);
    expect(byRule(noPath, 'value-echoes-name').length).toBeGreaterThan(0);
  });

  it('configFor and calculateConfigForFile show the effective configuration', async () => {
    const forC = linter.configFor('c/report.txt');
    expect(forC.rules['cost-indicator-form']!.severity).toBe('warning');
    expect(forC.overrides).toEqual([{ source: join(tmp.dir, 'units/jixiao.config.json'), index: 1, files: ['**/c/**'], excludedFiles: [] }]);
    expect(forC.rulesDirs).toEqual([join(tmp.dir, 'units/my-rules')]);
    expect(await linter.calculateConfigForFile('c/report.txt')).toEqual(forC);
    expect(linter.configFor('drafts/report.txt').ignored).toBe(true);
    expect(linter.configFor(null).filePath).toBeNull();
  });
});

describe('createLinter with a config object', () => {
  it('scoring reaches the scores: grade bands and consequences from the config', async () => {
    const linter = await createLinter({
      config: { scoring: { grades: [{ min: null, grade: '良', consequence: '按配置的等级', consequenceEn: 'configured' }] } },
    });
    const result = await linter.lintText(text, { filePath: 'a.txt' });
    expect(result.score!.grade).toBe('良');
    expect(result.score!.consequence).toBe('按配置的等级');
    expect(result.score!.projects.every((p) => p.grade === '良')).toBe(true);
  });

  it('lang from the config; the lang option wins', async () => {
    expect((await createLinter({ config: { lang: 'en' } })).lang).toBe('en');
    expect((await createLinter({ config: { lang: 'en' }, lang: 'zh' })).lang).toBe('zh');
    expect((await createLinter()).lang).toBe('zh');
  });

  it('rules and overrides in an object, matched from cwd', async () => {
    const linter = await createLinter({
      cwd: tmp.dir,
      config: { rules: { 'value-echoes-name': 'off' }, overrides: [{ files: '*.strict.txt', rules: { 'value-echoes-name': 'error' } }] },
    });
    expect(byRule(await linter.lintText(text, { filePath: 'x.txt' }), 'value-echoes-name')).toHaveLength(0);
    expect(byRule(await linter.lintText(text, { filePath: 'deep/x.strict.txt' }), 'value-echoes-name').length).toBeGreaterThan(0);
  });

  it('rejects a bad config with a ConfigurationError and never prints', async () => {
    const e = await configError(createLinter({ config: { rules: { 'value-echoes-name': 'warn' } } as never }));
    expect(e.field).toBe('rules.value-echoes-name');
  });
});
