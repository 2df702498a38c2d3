// Validates rule files against the schema (zod), then against the facts, operators and anchors that really exist (check-rule.ts).
import { RuleFileSchema } from './rule-file-schema.js';
import type { RuleFile } from './rule-schema.js';
import { z } from 'zod';
import { ConfigurationError, formatFieldPath, JSON_FIX } from './errors.js';
import { checkRule, checkRules, type FactIndex, type RuleSource } from './check-rule.js';

export type { FactIndex, RuleSource } from './check-rule.js';

/** Parses one rule file and validates it against the schema (not yet against the facts); throws ConfigurationError naming the file and field. */
export function parseRuleFile(source: RuleSource): RuleFile {
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (error) {
    throw new ConfigurationError(source.file, '', `不是合法的 JSON：${(error as Error).message}`, JSON_FIX);
  }
  const parsed = RuleFileSchema.safeParse(json, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      throw new ConfigurationError(source.file, formatFieldPath([...issue.path, key]), `未知的字段“${key}”`, '请删除该字段或改正拼写（规则文件的字段见 rules/README.md）');
    }
    throw new ConfigurationError(source.file, formatFieldPath(issue.path), issue.message, '请按 rules/README.md 中该字段的说明改正（可对照 rules/ 中的内置规则）');
  }
  return parsed.data;
}

/** Parses and checks one rule file; throws ConfigurationError naming the file and field. */
export function loadRule(source: RuleSource, facts: FactIndex): RuleFile {
  return checkRule(parseRuleFile(source), source, facts);
}

/** Loads many rule files; rejects duplicate ids. */
export function loadRules(sources: RuleSource[], facts: FactIndex): RuleFile[] {
  return checkRules(sources, facts, parseRuleFile);
}
