// The rule tester: each rule's valid and invalid cases, run with only that rule enabled.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleCasesSchema } from '../../src/testing/case-schema.js';
import { runRuleCases } from '../../src/testing/rule-tester.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');
const caseFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.cases.json')).sort();
const cacheKey = {};

describe.each(caseFiles)('%s', (file) => {
  const ruleId = file.replace(/\.cases\.json$/, '');
  const cases = RuleCasesSchema.parse(JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8')));

  it('runs every valid and invalid case', async () => {
    const outcomes = await runRuleCases(ruleId, cases, [], cacheKey);
    expect(outcomes).toHaveLength(cases.valid.length + cases.invalid.length);
    const failed = outcomes.filter((o) => !o.ok).map((o) => `[${o.kind}] ${o.name}: ${o.problems.join('; ')}`);
    expect(failed).toEqual([]);
  });
});
