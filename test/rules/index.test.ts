// rules/INDEX.md lists every rule as the rule files say (regenerate with npm run rules:index).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadRule } from '../../src/engine/load-rules.js';
import { FACTS } from '../../src/facts/index.js';
import { renderRuleIndex } from '../../src/testing/rule-index.js';

const dir = join(import.meta.dirname, '../../rules');

it('rules/INDEX.md is up to date', () => {
  const rules = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))
    .sort()
    .map((f) => loadRule({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }, FACTS));
  expect(readFileSync(join(dir, 'INDEX.md'), 'utf8'), '请运行 npm run rules:index').toBe(renderRuleIndex(rules));
});
