// Presets: recommended = recommended rules at their severity, the rest off; strict = every rule on, info raised to warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type LoadedConfig } from '../../src/api/load-config.js';
import { presetName, presetSettings } from '../../src/config/presets.js';
import { tempFolder, userRule } from './helpers.js';

const tmp = tempFolder();
let recommended: LoadedConfig;
let strict: LoadedConfig;
let none: LoadedConfig;

beforeAll(async () => {
  tmp.write('rules/x-not-recommended.json', userRule('x-not-recommended', { recommended: false }));
  tmp.write('rules/x-info.json', userRule('x-info', { severity: 'info' }));
  tmp.write('rules/x-error.json', userRule('x-error', { severity: 'error' }));
  const load = (config: object) => loadConfig({ cwd: tmp.dir, rulesDirs: ['rules'], config });
  recommended = await load({ extends: 'jixiao:recommended' });
  strict = await load({ extends: 'strict' });
  none = await loadConfig({ cwd: tmp.dir, rulesDirs: ['rules'] });
});
afterAll(() => tmp.cleanup());

describe('presets', () => {
  it('names: recommended, strict, with or without the jixiao: prefix', () => {
    expect(presetName('recommended')).toBe('recommended');
    expect(presetName('jixiao:strict')).toBe('strict');
    expect(presetName('all')).toBeNull();
    expect(presetName('jixiao:all')).toBeNull();
  });

  it('recommended: recommended rules at their own severity, the others off', () => {
    const rules = recommended.forFile(null).rules;
    expect(rules['x-not-recommended']!.severity).toBe('off');
    expect(rules['x-info']!.severity).toBe('info');
    expect(rules['x-error']!.severity).toBe('error');
    for (const rule of recommended.rules) expect(rules[rule.id]!.severity).toBe(rule.recommended ? rule.severity : 'off');
  });

  it('strict: every rule on; info raised to warning; errors and warnings unchanged', () => {
    const rules = strict.forFile(null).rules;
    expect(rules['x-not-recommended']!.severity).toBe('warning');
    expect(rules['x-info']!.severity).toBe('warning');
    expect(rules['x-error']!.severity).toBe('error');
    for (const rule of strict.rules) expect(rules[rule.id]!.severity).toBe(rule.severity === 'info' ? 'warning' : rule.severity);
  });

  it('the two differ exactly on the rules that are not recommended or are info', () => {
    const a = recommended.forFile(null).rules;
    const b = strict.forFile(null).rules;
    const differing = Object.keys(a).filter((id) => a[id]!.severity !== b[id]!.severity).sort();
    const expected = recommended.rules.filter((r) => !r.recommended || r.severity === 'info').map((r) => r.id).sort();
    expect(differing).toEqual(expected);
    expect(differing).toEqual(expect.arrayContaining(['x-info', 'x-not-recommended']));
    // Presets set no options: both keep the rules' defaults.
    for (const id of Object.keys(a)) expect(a[id]!.options).toEqual(b[id]!.options);
  });

  it('no configuration at all means recommended', () => {
    expect(none.forFile(null).rules).toEqual(recommended.forFile(null).rules);
    expect(none.config.extends).toEqual(['jixiao:recommended']);
  });

  it('a config that names no preset builds on recommended', async () => {
    const loaded = await loadConfig({ cwd: tmp.dir, rulesDirs: ['rules'], config: { rules: { 'x-error': 'warning' } } });
    expect(loaded.config.extends).toEqual(['jixiao:recommended', '<config>']);
    expect(loaded.forFile(null).rules['x-not-recommended']!.severity).toBe('off');
    expect(loaded.forFile(null).rules['x-error']!.severity).toBe('warning');
  });

  it('presetSettings covers every rule', () => {
    expect(Object.keys(presetSettings('strict', strict.rules)).sort()).toEqual(strict.rules.map((r) => r.id).sort());
  });
});
