// loadConfig: reads the configuration chain, loads the rules it and the options name, and resolves the two together.
import { resolve } from 'node:path';
import { checkRulesDirs, readConfigChain } from '../config/load.js';
import { chainRulesDirs, configForFile, resolveConfig, type FileConfig, type ResolvedConfig } from '../config/resolve.js';
import { checkRules, type RuleSource } from '../engine/check-rule.js';
import type { RuleFile } from '../engine/rule-schema.js';
import { FACTS } from '../facts/index.js';
import type { LinterOptions } from './options.js';
import { builtInRulesDir, packageRoot } from './package-root.js';
import { readRuleFolders } from './rule-files.js';
import { readRuleIndex } from './rule-index.js';

/** JSON and the zod schema for the rule files the build did not validate; zod (~40 ms to load) is imported only then. */
async function schemaParser(sources: readonly RuleSource[]): Promise<(source: RuleSource) => RuleFile> {
  if (sources.every((source) => source.validated !== undefined)) {
    return (source) => {
      throw new Error(`internal: ${source.file} has no validated rule`);
    };
  }
  return (await import('../engine/load-rules.js')).parseRuleFile;
}

/** A configuration resolved against the rules it loads. */
export interface LoadedConfig {
  config: ResolvedConfig;
  /** Every loaded rule (built-in, then the config's rulesDirs, then `rulesDirs`), including those switched off. */
  rules: RuleFile[];
  /** The configuration a file is linted with; a relative path is taken from `cwd`, null means a text without a path. */
  forFile(filePath: string | null): FileConfig;
}

/**
 * Loads and checks a configuration the way createLinter does: the `configFile` and `config`
 * (with their `extends`), the rule folders, the rules themselves, then every rule id and option
 * the configuration names. Rejects with a ConfigurationError naming the file and the field.
 */
export async function loadConfig(options: LinterOptions = {}): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const chain = await readConfigChain({
    cwd,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
  });
  checkRulesDirs(chain);
  const extraRulesDirs = (options.rulesDirs ?? []).map((dir) => resolve(cwd, dir));
  const dirs = [...new Set([builtInRulesDir(), ...chainRulesDirs(chain), ...extraRulesDirs])];
  const index = await readRuleIndex(packageRoot());
  const sources = await readRuleFolders(dirs, cwd, index === null ? undefined : { dir: builtInRulesDir(), index });
  const rules = checkRules(sources, FACTS, await schemaParser(sources));
  const config = resolveConfig(chain, rules, {
    extraRulesDirs,
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    // Scoring settings are validated with zod, loaded only when some config has them.
    ...(chain.layers.some((layer) => layer.config?.scoring !== undefined) ? { mergeScoring: (await import('../config/scoring.js')).mergeScoring } : {}),
  });
  return {
    config,
    rules,
    forFile: (filePath) => configForFile(config, rules, filePath === null ? null : resolve(cwd, filePath)),
  };
}
