// Rule titles and doc paths for the report context, taken from the loaded rules.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFile } from '../engine/rule-schema.js';
import type { RuleMeta } from '../report/context.js';

export function ruleMeta(rules: readonly RuleFile[], lang: 'zh' | 'en', builtInRulesDir: string): Record<string, RuleMeta> {
  const meta: Record<string, RuleMeta> = {};
  for (const rule of rules) {
    const entry: RuleMeta = { title: lang === 'en' ? (rule.titleEn ?? rule.title) : rule.title };
    // Only built-in rules ship a doc beside them; a bureau's own rule folder may have none.
    const docs = join(builtInRulesDir, `${rule.id}.md`);
    if (existsSync(docs)) entry.docs = docs;
    meta[rule.id] = entry;
  }
  return meta;
}
