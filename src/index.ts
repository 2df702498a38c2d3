// Package entry: the library API and the types of what it returns.
export { createLinter, lintBuffer, lintFiles, lintText, expandPatterns, type Linter } from './api/linter.js';
export { AUTO_ALL_CORES_FILES, AUTO_FILES_PER_WORKER, AUTO_MIN_FILES, workerCount } from './worker/pool.js';
export { loadConfig, type LoadedConfig } from './api/load-config.js';
export type { Concurrency, LintBufferOptions, LinterOptions, LintFilesOptions, LintTextOptions } from './api/options.js';
export { CONFIG_FILE_NAME, findConfigFile, PRESET_NAMES } from './config/index.js';
export type {
  ConfigInput, EffectiveRuleSetting, FileConfig, OverrideInput, PresetName, ResolvedConfig, ResolvedOverride, RuleEntry, ScoringInput, SeverityOrOff,
} from './config/index.js';
export { ConfigurationError } from './engine/errors.js';
export type { RuleFile } from './engine/rule-schema.js';
export type { RuleSetting } from './engine/rule-set.js';
export type { ScoringConfig } from './score/scoring-config.js';
export * from './model/index.js';
