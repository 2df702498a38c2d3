// The configuration module: schema, presets, file loading and per-file resolution (see README.md).
export { CONFIG_FILE_NAME, ConfigSchema, parseConfig, type ConfigInput, type OverrideInput, type RuleEntry, type ScoringInput, type SeverityOrOff } from './schema.js';
export { PRESET_NAMES, presetName, presetSettings, type PresetName } from './presets.js';
export { CONFIG_OBJECT_SOURCE, checkRulesDirs, findConfigFile, readConfigChain, readConfigFile, type ConfigChain, type ConfigLayer, type ReadConfigOptions } from './load.js';
export {
  OPTIONS_SOURCE, chainRulesDirs, configForFile, configRelativePath, effectiveRules, isIgnored, matchingOverrides, resolveConfig,
  type EffectiveRuleSetting, type FileConfig, type ResolveOptions, type ResolvedConfig, type ResolvedOverride,
} from './resolve.js';
export { globToRegExp, matchesAnyGlob, matchesGlob } from './glob.js';
export { deepMerge, mergeScoring } from './scoring.js';
