// Every configuration mistake is a ConfigurationError that names the file and the field and says what is wrong.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/api/load-config.js';
import { CONFIG_OBJECT_SOURCE } from '../../src/config/load.js';
import { OPTIONS_SOURCE } from '../../src/config/resolve.js';
import { configError, tempFolder, userRule } from './helpers.js';

const tmp = tempFolder();
afterAll(() => tmp.cleanup());

let n = 0;
/** Writes a config file in its own folder and loads it; returns the error and the file. */
async function failWith(content: unknown): Promise<{ file: string; field: string; reason: string }> {
  const file = tmp.write(`case${n++}/jixiao.config.json`, content);
  const error = await configError(loadConfig({ configFile: file, cwd: tmp.dir }));
  expect(error.file).toBe(file);
  return error;
}

describe('config file errors: file and field', () => {
  it('broken JSON', async () => {
    const e = await failWith('{ "rules": ');
    expect(e.field).toBe('');
    expect(e.reason).toMatch(/^不是合法的 JSON/);
  });

  it('not an object', async () => {
    const e = await failWith('[1, 2]');
    expect(e.reason).toBe('配置应为 JSON 对象');
  });

  it('a missing --config file', async () => {
    const file = join(tmp.dir, 'nowhere.json');
    const e = await configError(loadConfig({ configFile: 'nowhere.json', cwd: tmp.dir }));
    expect(e).toMatchObject({ file, field: '', reason: '配置文件不存在' });
  });

  it('an unknown top-level field', async () => {
    expect(await failWith({ rule: {} })).toMatchObject({ field: 'rule', reason: '未知的字段“rule”' });
  });

  it('a field of the wrong type', async () => {
    expect(await failWith({ rulesDirs: 'my-rules' })).toMatchObject({ field: 'rulesDirs', reason: 'rulesDirs 应为字符串数组' });
    expect(await failWith({ lang: 'fr' })).toMatchObject({ field: 'lang' });
    expect(await failWith({ extends: 3 })).toMatchObject({ field: 'extends', reason: '应为字符串或字符串数组' });
    expect(await failWith({ ignorePatterns: [''] })).toMatchObject({ field: 'ignorePatterns[0]' });
  });

  it('a bad severity, in each spelling', async () => {
    const reason = '严重程度必须是 error、warning、info 或 off';
    expect(await failWith({ rules: { 'value-echoes-name': 'warn' } })).toMatchObject({ field: 'rules.value-echoes-name', reason });
    expect(await failWith({ rules: { 'value-echoes-name': ['loud', {}] } })).toMatchObject({ field: 'rules.value-echoes-name[0]', reason });
    expect(await failWith({ rules: { 'value-echoes-name': { severity: 2 } } })).toMatchObject({ field: 'rules.value-echoes-name.severity', reason });
  });

  it('a rule entry of the wrong shape', async () => {
    expect((await failWith({ rules: { 'value-echoes-name': ['error', {}, 3] } })).field).toBe('rules.value-echoes-name');
    expect(await failWith({ rules: { 'value-echoes-name': { severity: 'off', option: {} } } }))
      .toMatchObject({ field: 'rules.value-echoes-name.option', reason: '未知的字段“option”' });
    expect((await failWith({ rules: { 'value-echoes-name': ['error', { x: { y: 1 } }] } })).field).toBe('rules.value-echoes-name[1].x');
  });

  it('an unknown rule id, with the nearest id suggested', async () => {
    const e = await failWith({ rules: { 'value-echo-name': 'off' } });
    expect(e.field).toBe('rules.value-echo-name');
    expect(e.reason).toContain('没有名为“value-echo-name”的规则');
    expect(e.reason).toContain('value-echoes-name');
  });

  it('an unknown rule id inside an override', async () => {
    const e = await failWith({ overrides: [{ files: '*.txt', rules: {} }, { files: '*.txt', rules: { 'foo-bar': 'off' } }] });
    expect(e.field).toBe('overrides[1].rules.foo-bar');
  });

  it('an override without files', async () => {
    expect(await failWith({ overrides: [{ rules: {} }] })).toMatchObject({ field: 'overrides[0].files' });
    expect(await failWith({ overrides: [{ files: [], rules: {} }] })).toMatchObject({ field: 'overrides[0].files', reason: '不能为空数组' });
  });

  it('an unknown option, and an option of the wrong type', async () => {
    const unknown = await failWith({ rules: { 'level3-category-mismatch': ['warning', { confidence: 0.9 }] } });
    expect(unknown.field).toBe('rules.level3-category-mismatch[1].confidence');
    expect(unknown.reason).toContain('没有选项“confidence”');
    expect(unknown.reason).toContain('minConfidence');

    const wrong = await failWith({ rules: { 'level3-category-mismatch': { options: { minConfidence: '0.9' } } } });
    expect(wrong.field).toBe('rules.level3-category-mismatch.options.minConfidence');
    expect(wrong.reason).toContain('应为数字');

    const none = await failWith({ rules: { 'value-echoes-name': ['error', { max: 1 }] } });
    expect(none.reason).toContain('该规则没有选项');
  });

  it('scoring: wrong types and unknown fields under scoring', async () => {
    expect(await failWith({ scoring: { gateCap: '59' } })).toMatchObject({ field: 'scoring.gateCap' });
    expect(await failWith({ scoring: { dimensions: { relevance: { points: 0 } } } })).toMatchObject({ field: 'scoring.dimensions.relevance.points' });
    expect(await failWith({ scoring: { gatecap: 50 } })).toMatchObject({ field: 'scoring.gatecap', reason: '未知的字段“gatecap”' });
    expect(await failWith({ scoring: { grades: [{ min: 0, grade: 'A', consequence: '', consequenceEn: '' }] } })).toMatchObject({ field: 'scoring.grades[0].grade' });
  });

  it('a rules folder that does not exist', async () => {
    const e = await failWith({ rulesDirs: ['rules', 'no-such-folder'] });
    expect(e.field).toBe('rulesDirs[0]');
    expect(e.reason).toContain('不存在');
  });

  it('a bad rule file in a config rules folder names the rule file', async () => {
    tmp.write('badrules/rules/x-bad.json', userRule('x-bad', { scope: 'galaxy' }));
    const file = tmp.write('badrules/jixiao.config.json', { rulesDirs: ['rules'] });
    const e = await configError(loadConfig({ configFile: file, cwd: tmp.dir }));
    expect(e.file).toBe(join(tmp.dir, 'badrules/rules/x-bad.json'));
    expect(e.field).toBe('scope');
  });
});

describe('extends errors', () => {
  it('an unknown preset', async () => {
    const e = await failWith({ extends: ['jixiao:recommended', 'eslint:all'] });
    expect(e.field).toBe('extends[1]');
    expect(e.reason).toContain('未知的预设“eslint:all”');
  });

  it('a missing extended file is named by the extending file and field', async () => {
    const e = await failWith({ extends: './base.json' });
    expect(e.field).toBe('extends');
    expect(e.reason).toContain('找不到要继承的配置文件');
    expect(e.reason).toContain('base.json');
  });

  it('a cycle through two files', async () => {
    const a = tmp.write('cycle/a.json', { extends: './b.json' });
    tmp.write('cycle/b.json', { extends: ['recommended', './a.json'] });
    const e = await configError(loadConfig({ configFile: a, cwd: tmp.dir }));
    expect(e.file).toBe(join(tmp.dir, 'cycle/b.json'));
    expect(e.field).toBe('extends[1]');
    expect(e.reason).toMatch(/^循环继承：.*a\.json → .*b\.json → .*a\.json$/);
  });

  it('a config extending itself', async () => {
    const e = await failWith({ extends: './jixiao.config.json' });
    expect(e.reason).toMatch(/^循环继承/);
  });

  it('an error inside an extended file names that file', async () => {
    const base = tmp.write('ext/base/base.json', { rules: { 'no-such-rule': 'off' } });
    const top = tmp.write('ext/jixiao.config.json', { extends: './base/base.json' });
    const e = await configError(loadConfig({ configFile: top, cwd: tmp.dir }));
    expect(e).toMatchObject({ file: base, field: 'rules.no-such-rule' });
  });
});

describe('config objects and the rules option', () => {
  it('a config object is named <config>', async () => {
    const e = await configError(loadConfig({ cwd: tmp.dir, config: { rules: { 'foo-bar': 'off' } } }));
    expect(e).toMatchObject({ file: CONFIG_OBJECT_SOURCE, field: 'rules.foo-bar' });
  });

  it('the rules option (the CLI --rule) is checked too', async () => {
    const e = await configError(loadConfig({ cwd: tmp.dir, rules: { 'foo-bar': { severity: 'off' } } }));
    expect(e).toMatchObject({ file: OPTIONS_SOURCE, field: 'rules.foo-bar' });
    const opt = await configError(loadConfig({ cwd: tmp.dir, rules: { 'level3-category-mismatch': { options: { minConfidence: true } } } }));
    expect(opt.field).toBe('rules.level3-category-mismatch.options.minConfidence');
  });
});
