// Package entry: the library API and the types of what it returns.
export { createLinter, lintFiles, lintText, expandPatterns, type Linter } from './api/linter.js';
export type { LinterOptions, LintTextOptions } from './api/options.js';
export { ConfigurationError } from './engine/errors.js';
export type { RuleFile } from './engine/rule-schema.js';
export type { RuleSetting } from './engine/rule-set.js';
export * from './model/index.js';
