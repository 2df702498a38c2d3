// Precedence, lowest first: preset < config rules (extended files first) < matching overrides (in order) < the rules option (--rule).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/api/load-config.js';
import { DEFAULT_SCORING } from '../../src/score/scoring-config.js';
import { tempFolder, userRule } from './helpers.js';

const tmp = tempFolder();
let top: string;

beforeAll(() => {
  tmp.write('shared/rules/x-sat.json', userRule('x-sat', { recommended: false, options: { max: 99, label: '满意度', words: ['a'] } }));
  // A shared base two folders up, with its own rule folder (relative to itself) and an override.
  tmp.write('shared/base.json', {
    extends: 'strict',
    rulesDirs: ['rules'],
    rules: { 'x-sat': ['error', { max: 95 }], 'value-echoes-name': 'warning' },
    overrides: [{ files: '2023/**', rules: { 'x-sat': 'info' } }],
    scoring: { gateCap: 50, dimensions: { relevance: { points: 30 } } },
    lang: 'en',
    ignorePatterns: ['drafts/'],
  });
  top = tmp.write('bureau/jixiao.config.json', {
    extends: '../shared/base.json',
    rules: { 'x-sat': { options: { label: '满意' } }, 'cost-indicator-form': 'warning' },
    overrides: [
      { files: ['2023/*.txt', '2024/*.txt'], excludedFiles: '**/*-final.txt', rules: { 'x-sat': ['warning', { max: 90 }] } },
      { files: '2024/**', rules: { 'x-sat': 'off' } },
    ],
    scoring: { ruleCapShare: 0.4, grades: [{ min: 85, grade: '优', consequence: '好', consequenceEn: 'good' }, { min: null, grade: '差', consequence: '差', consequenceEn: 'poor' }] },
  });
});
afterAll(() => tmp.cleanup());

const load = (extra: object = {}) => loadConfig({ cwd: join(tmp.dir, 'bureau'), configFile: 'jixiao.config.json', ...extra });

describe('precedence', () => {
  it('the chain is applied in order: preset, extended file, the config', async () => {
    const { config } = await load();
    expect(config.extends).toEqual(['jixiao:strict', join(tmp.dir, 'shared/base.json'), top]);
    expect(config.configFile).toBe(top);
    expect(config.basePath).toBe(join(tmp.dir, 'bureau'));
    expect(config.rulesDirs).toEqual([join(tmp.dir, 'shared/rules')]);
  });

  it('config rules beat the preset; the extending config beats the extended; options merge by name', async () => {
    const rules = (await load()).forFile('other.txt').rules;
    expect(rules['x-sat']).toEqual({ severity: 'error', options: { max: 95, label: '满意', words: ['a'] } });
    expect(rules['value-echoes-name']!.severity).toBe('warning');
    expect(rules['cost-indicator-form']!.severity).toBe('warning');
  });

  it('overrides beat config rules, later overrides beat earlier ones, extended overrides come first', async () => {
    const loaded = await load();
    expect(loaded.forFile('2023/a.txt').rules['x-sat']).toEqual({ severity: 'warning', options: { max: 90, label: '满意', words: ['a'] } });
    expect(loaded.forFile('2023/a.txt').overrides.map((o) => o.index)).toEqual([0, 0]);
    expect(loaded.forFile('2023/sub/a.txt').rules['x-sat']!.severity).toBe('info');
    expect(loaded.forFile('2024/a.txt').rules['x-sat']!.severity).toBe('off');
    // excludedFiles: the first override of the config skips *-final.txt; the shared one still applies.
    expect(loaded.forFile('2023/a-final.txt').rules['x-sat']).toEqual({ severity: 'info', options: { max: 95, label: '满意', words: ['a'] } });
  });

  it('the rules option (--rule) beats everything, overrides included', async () => {
    const loaded = await load({ rules: { 'x-sat': { severity: 'info' }, 'cost-indicator-form': { severity: 'off' } } });
    expect(loaded.forFile('2024/a.txt').rules['x-sat']!.severity).toBe('info');
    expect(loaded.forFile('2023/a.txt').rules['x-sat']).toEqual({ severity: 'info', options: { max: 90, label: '满意', words: ['a'] } });
    expect(loaded.forFile('x.txt').rules['cost-indicator-form']!.severity).toBe('off');
  });

  it('lang: the option beats the config', async () => {
    expect((await load()).config.lang).toBe('en');
    expect((await load({ lang: 'zh' })).config.lang).toBe('zh');
  });

  it('scoring: each layer deep-merged over the defaults; grade bands replace; null is an open lower bound', async () => {
    const { scoring } = (await load()).config;
    expect(scoring.gateCap).toBe(50);
    expect(scoring.ruleCapShare).toBe(0.4);
    expect(scoring.dimensions.relevance).toEqual({ ...DEFAULT_SCORING.dimensions.relevance, points: 30 });
    expect(scoring.dimensions.completeness).toEqual(DEFAULT_SCORING.dimensions.completeness);
    expect(scoring.grades.map((g) => [g.grade, g.min])).toEqual([['优', 85], ['差', -Infinity]]);
  });

  it('ignorePatterns from every layer, relative to the top config folder', async () => {
    const loaded = await load();
    expect(loaded.config.ignorePatterns).toEqual(['drafts/']);
    expect(loaded.forFile('drafts/a.txt').ignored).toBe(true);
    expect(loaded.forFile('a.txt').ignored).toBe(false);
  });

  it('a config file and a config object: the object applies on top, relative to cwd', async () => {
    const loaded = await load({ config: { rules: { 'x-sat': 'info' } } });
    expect(loaded.config.extends.at(-1)).toBe('<config>');
    expect(loaded.forFile('x.txt').rules['x-sat']!.severity).toBe('info');
    expect(loaded.forFile('2023/a.txt').rules['x-sat']!.severity).toBe('warning');
  });

  it('a severity-only setting keeps options from below; an options-only setting keeps the severity', async () => {
    const loaded = await loadConfig({
      cwd: tmp.dir,
      config: { extends: './bureau/jixiao.config.json', rules: { 'x-sat': 'warning', 'level3-category-mismatch': { options: { minConfidence: 0.95 } } } },
    });
    expect(loaded.forFile(null).rules['x-sat']).toEqual({ severity: 'warning', options: { max: 95, label: '满意', words: ['a'] } });
    expect(loaded.forFile(null).rules['level3-category-mismatch']).toEqual({ severity: 'warning', options: { minConfidence: 0.95 } });
  });
});
