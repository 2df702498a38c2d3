// The README's Configuration example is a valid config, with the user rule from "Rules are data" in its rules folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/api/load-config.js';
import { configError, tempFolder } from './helpers.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const tmp = tempFolder();
afterAll(() => tmp.cleanup());

function jsonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
const example = jsonBlocks(section)[0]!;
const userRule = jsonBlocks(readme).find((b) => b.includes('"id": "satisfaction-not-100"'))!;

describe('README: Configuration', () => {
  it('has an example config and the user rule it refers to', () => {
    expect(example).toBeDefined();
    expect(userRule).toBeDefined();
  });

  it('the example loads, and resolves as the README says', async () => {
    tmp.write('bureau-rules/satisfaction-not-100.json', userRule);
    const configFile = tmp.write('jixiao.config.json', example);
    const loaded = await loadConfig({ configFile, cwd: tmp.dir });
    const plain = loaded.forFile('2024/甲单位.txt');
    expect(plain.rules['satisfaction-not-100']).toEqual({ severity: 'error', options: { max: 98 } });
    expect(plain.rules['narrative-name-mismatch']!.severity).toBe('off');
    expect(plain.rules['level3-category-mismatch']).toEqual({ severity: 'warning', options: { minConfidence: 0.9 } });
    expect(loaded.forFile('2023/甲单位.txt').rules['narrative-schedule-mismatch']!.severity).toBe('warning');
    expect(loaded.forFile('草稿/甲单位.txt').rules['value-echoes-name']!.severity).toBe('info');
    expect(loaded.forFile('x/甲.draft.txt').rules['value-echoes-name']!.severity).toBe('info');
    expect(loaded.forFile('drafts/final-甲.txt').rules['value-echoes-name']!.severity).toBe('error');
    expect(loaded.forFile('archive/old.txt').ignored).toBe(true);
    expect(loaded.config.scoring.gateCap).toBe(55);
    expect(Object.values(loaded.config.scoring.dimensions).reduce((s, d) => s + d.points, 0)).toBe(100);
  });

  it('the error quoted in the README is the one a user gets', async () => {
    const file = tmp.write('quoted/jixiao.config.json', { rules: { 'level3-category-mismatch': ['warning', { minConfidence: '0.9' }] } });
    const e = await configError(loadConfig({ configFile: file, cwd: tmp.dir }));
    expect(section).toContain(`字段 ${e.field}：${e.reason}`);
  });
});
