// Options accepted by the library API and the CLI alike.
import type { ConfigInput } from '../config/schema.js';
import type { RuleSetting } from '../engine/rule-set.js';
import type { Language } from '../engine/runner.js';

export interface LinterOptions {
  /** A configuration file (jixiao.config.json format), relative to `cwd`. Not searched for: the CLI does that. */
  configFile?: string;
  /** A configuration object, applied on top of `configFile` when both are given. Without either, the `recommended` preset. */
  config?: ConfigInput;
  /** Message language: Chinese (default) or English where a rule has an English template. Wins over the config's `lang`. */
  lang?: Language;
  /** Extra folders of rule files (*.json), loaded after the built-in rules/ and the config's `rulesDirs`. */
  rulesDirs?: string[];
  /** Per-rule severity ('off' to disable) and options; wins over the config and its overrides (the CLI's --rule). */
  rules?: Record<string, RuleSetting>;
  /** Working directory for relative patterns and paths; default process.cwd(). */
  cwd?: string;
}

export interface LintTextOptions {
  /** Name reported for the text (default '<text>'); config overrides are matched against it. */
  filePath?: string;
}

export interface LintBufferOptions {
  /**
   * Name reported for the file (default '<buffer>'); config overrides are matched against it, and
   * its extension breaks ties in format detection (the content decides: a renamed .docx is Word).
   */
  filePath?: string;
}
