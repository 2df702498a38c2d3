// Options accepted by the library API and the CLI alike.
import type { RuleSetting } from '../engine/rule-set.js';
import type { Language } from '../engine/runner.js';

export interface LinterOptions {
  /** Message language: Chinese (default) or English where a rule has an English template. */
  lang?: Language;
  /** Extra folders of rule files (*.json), loaded after the built-in rules/. */
  rulesDirs?: string[];
  /** Per-rule severity ('off' to disable) and options. */
  rules?: Record<string, RuleSetting>;
  /** Working directory for relative patterns; default process.cwd(). */
  cwd?: string;
}

export interface LintTextOptions {
  /** Name reported for the text (default '<text>'). */
  filePath?: string;
}
