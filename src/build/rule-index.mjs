// Writes dist/rule-index.json: every built-in rule file's exact text and the rule the schema made of it, so start-up skips zod for them.
//
// Why: loading zod and building the schemas costs ~40 ms of a ~60 ms node start; the built-in rules
// do not change between the build and a run. At start, a built-in file whose text is exactly the
// indexed text uses the indexed rule (still checked against the facts, see src/engine/check-rule.ts);
// a changed built-in file or a user's rule folder is validated with the schema as before. The text
// itself is compared rather than a hash: node:crypto alone takes ~12 ms to load.
//
// Run by `npm run build` after tsc: it validates with the compiled loader (the same files, the same
// checks as createLinter).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readRuleFolders } from '../../dist/src/api/rule-files.js';
import { RULE_INDEX_PATH } from '../../dist/src/api/rule-index.js';
import { loadRules } from '../../dist/src/engine/load-rules.js';
import { FACTS } from '../../dist/src/facts/index.js';

const root = join(import.meta.dirname, '..', '..');
const sources = await readRuleFolders([join(root, 'rules')], root);
const rules = loadRules(sources, FACTS); // throws, naming file and field, on a bad built-in rule
const entries = Object.fromEntries(sources.map((source, i) => [source.file.split(/[\\/]/).pop(), { text: source.text, rule: rules[i] }]));
await writeFile(join(root, RULE_INDEX_PATH), `${JSON.stringify({ rules: entries })}\n`);
