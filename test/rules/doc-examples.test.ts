// The examples in each rule doc are run: 错误示例 must trigger the rule, 正确示例 must not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocExamples } from '../../src/testing/doc-examples.js';
import { runDocExample } from '../../src/testing/rule-tester.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');
const ruleIds = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const cacheKey = {};

describe.each(ruleIds)('%s.md examples', (ruleId) => {
  const examples = readDocExamples(readFileSync(join(RULES_DIR, `${ruleId}.md`), 'utf8'));

  it('错误示例 is a runnable document that triggers the rule', async () => {
    expect(examples.incorrect, '错误示例中没有可运行的表格或 ```text/```json 块').not.toBeNull();
    const outcome = await runDocExample(ruleId, 'incorrect', examples.incorrect!, [], cacheKey);
    expect(outcome.problems).toEqual([]);
  });

  it('正确示例 is a runnable document that does not trigger the rule', async () => {
    expect(examples.correct, '正确示例中没有可运行的表格或 ```text/```json 块').not.toBeNull();
    const outcome = await runDocExample(ruleId, 'correct', examples.correct!, [], cacheKey);
    expect(outcome.problems).toEqual([]);
  });
});
