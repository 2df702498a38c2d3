// Every rule file is schema-valid and comes with a doc (fixed headings) and valid/invalid cases.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRule } from '../../src/engine/load-rules.js';
import { FACTS } from '../../src/facts/index.js';
import { RuleCasesSchema } from '../../src/testing/case-schema.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');
const HEADINGS = ['规则说明', '错误示例', '正确示例', '何时可以关闭'];
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json')).sort();

describe('rule files', () => {
  it('exist', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  describe.each(ruleFiles)('%s', (file) => {
    const id = file.replace(/\.json$/, '');
    const path = join(RULES_DIR, file);

    it('is a valid rule whose facts, operators and placeholders exist', () => {
      const rule = loadRule({ file: path, text: readFileSync(path, 'utf8') }, FACTS);
      expect(rule.id).toBe(id);
    });

    it('has a doc with the fixed headings, in order', () => {
      const doc = join(RULES_DIR, `${id}.md`);
      expect(existsSync(doc), `${id}.md 缺失`).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${id}：`));
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings).toEqual(HEADINGS);
    });

    it('has schema-valid cases with valid and invalid examples', () => {
      const cases = join(RULES_DIR, `${id}.cases.json`);
      expect(existsSync(cases), `${id}.cases.json 缺失`).toBe(true);
      const parsed = RuleCasesSchema.safeParse(JSON.parse(readFileSync(cases, 'utf8')));
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
    });
  });

  it('leaves no doc or case file without its rule', () => {
    const ids = new Set(ruleFiles.map((f) => f.replace(/\.json$/, '')));
    const orphans = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.md') || f.endsWith('.cases.json'))
      .map((f) => f.replace(/\.cases\.json$|\.md$/, ''))
      .filter((id) => id !== 'README' && id !== 'INDEX' && !ids.has(id));
    expect(orphans).toEqual([]);
  });
});
