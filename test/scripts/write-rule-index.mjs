// Writes rules/INDEX.md from the rule files (run after adding or changing a rule: npm run rules:index).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRule } from '../../dist/src/engine/load-rules.js';
import { FACTS } from '../../dist/src/facts/index.js';
import { renderRuleIndex } from '../../dist/src/testing/rule-index.js';

const dir = join(import.meta.dirname, '../../rules');
const rules = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))
  .sort()
  .map((f) => loadRule({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }, FACTS));
writeFileSync(join(dir, 'INDEX.md'), renderRuleIndex(rules));
console.log(`rules/INDEX.md: ${rules.length} rules`);
