// Maps CLI options onto the library's LinterOptions, and checks what only the loaded rules can tell.
import type { LinterOptions } from '../api/options.js';
import type { RuleFile } from '../engine/rule-schema.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './options.js';
import { UsageError } from './usage-error.js';

export function linterOptions(options: CliOptions, io: CliIO): LinterOptions {
  return { cwd: io.cwd, lang: options.lang, rulesDirs: options.rulesDirs, rules: options.ruleSettings };
}

/** The library ignores settings for unknown rules; on the command line that is almost always a typo, so say so. */
export function checkRuleIds(options: CliOptions, rules: readonly RuleFile[]): void {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(options.ruleSettings)) {
    if (!known.has(id)) throw new UsageError(`--rule：没有名为“${id}”的规则`);
  }
}
