// Resolves a configuration chain against the loaded rules: checks rule ids and options, and computes each file's settings.
import { relative, resolve, sep } from 'node:path';
import { patternOptions } from '../engine/check-rule.js';
import { ConfigurationError } from '../engine/errors.js';
import { checkPattern } from '../engine/operators.js';
import type { OptionValue, RuleFile } from '../engine/rule-schema.js';
import type { RuleSetting } from '../engine/rule-set.js';
import type { ScoringConfig } from '../score/scoring-config.js';
import { matchesAnyGlob } from './glob.js';
import type { ConfigChain, ConfigLayer } from './load.js';
import { presetSettings } from './presets.js';
import type { NormalizedRule, SeverityOrOff } from './schema.js';
import { DEFAULT_SCORING } from '../score/scoring-defaults.js';
import type { mergeScoring } from './scoring.js';

/** How errors name the `rules` option given to createLinter (the CLI's --rule). */
export const OPTIONS_SOURCE = '<options>';

/** A rule's effective setting: always a severity (or off) and every option with its value. */
export interface EffectiveRuleSetting {
  severity: SeverityOrOff;
  options: Record<string, OptionValue>;
}

/** An override from some config of the chain; globs are relative to the chain's basePath. */
export interface ResolvedOverride {
  source: string;
  /** Position in its config's `overrides`. */
  index: number;
  files: string[];
  excludedFiles: string[];
  rules: Record<string, RuleSetting>;
}

/** The configuration as loaded, before any particular file is considered. */
export interface ResolvedConfig {
  configFile: string | null;
  basePath: string;
  /** Every layer in the order applied: presets, extended files, the config itself. */
  extends: string[];
  /** Extra rule folders (absolute), in load order, after the built-in rules/. */
  rulesDirs: string[];
  lang: 'zh' | 'en';
  ignorePatterns: string[];
  scoring: ScoringConfig;
  /** Presets and `rules` of every layer: the settings of a file that matches no override. */
  rules: Record<string, RuleSetting>;
  overrides: ResolvedOverride[];
  /** Highest precedence: createLinter's `rules` option (the CLI's --rule). */
  forced: Record<string, RuleSetting>;
}

/** The configuration one file is linted with (what `--print-config <file>` prints). */
export interface FileConfig {
  filePath: string | null;
  configFile: string | null;
  basePath: string;
  extends: string[];
  /** Overrides whose globs match this file, in the order applied. */
  overrides: { source: string; index: number; files: string[]; excludedFiles: string[] }[];
  /** Matched by ignorePatterns: lintFiles skips it. */
  ignored: boolean;
  lang: 'zh' | 'en';
  rulesDirs: string[];
  ignorePatterns: string[];
  rules: Record<string, EffectiveRuleSetting>;
  scoring: ScoringConfig;
}

/** The rule folders a chain names, absolute, each resolved from the config that names it. */
export function chainRulesDirs(chain: ConfigChain): string[] {
  return chain.layers.flatMap((layer) => (layer.config?.rulesDirs ?? []).map((dir) => resolve(layer.dir, dir)));
}

function merge(base: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  const out: RuleSetting = { ...base };
  if (next.severity !== undefined) out.severity = next.severity;
  if (next.options !== undefined) out.options = { ...base?.options, ...next.options };
  return out;
}

function mergeAll(into: Record<string, RuleSetting>, settings: Record<string, RuleSetting>): void {
  for (const [id, setting] of Object.entries(settings)) into[id] = merge(into[id], setting);
}

function settingsOf(rules: Record<string, NormalizedRule>): Record<string, RuleSetting> {
  return Object.fromEntries(Object.entries(rules).map(([id, r]) => [id, r.setting]));
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The loaded rule id a mistyped one most likely meant: a small edit distance, or a longer id it is part of. */
function nearestId(id: string, known: readonly RuleFile[]): string | undefined {
  const scored = known.map((r) => ({ id: r.id, d: r.id.includes(id) && id.length >= 4 ? 0.5 : distance(id, r.id) }));
  const best = scored.sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))[0];
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

function unknownRule(id: string, known: readonly RuleFile[]): string {
  const near = nearestId(id, known);
  const hint = near ? `；是否想写“${near}”？` : '（规则目录可用 rulesDirs 或 --rules 加入）';
  return `没有名为“${id}”的规则${hint}`;
}

type OptionKind = 'number' | 'string' | 'boolean' | 'string[]' | 'number[]' | 'array';
const KIND_NAMES: Record<OptionKind, string> = {
  number: '数字', string: '字符串', boolean: '布尔值', 'string[]': '字符串数组', 'number[]': '数字数组', array: '数组',
};

function kindOf(value: OptionValue): OptionKind {
  if (Array.isArray(value)) return value.length === 0 ? 'array' : typeof value[0] === 'number' ? 'number[]' : 'string[]';
  return typeof value as 'number' | 'string' | 'boolean';
}

function compatible(declared: OptionKind, given: OptionKind): boolean {
  if (declared === given) return true;
  const isArray = (k: OptionKind) => k === 'array' || k.endsWith('[]');
  return isArray(declared) && isArray(given) && (declared === 'array' || given === 'array');
}

/** Checks rule ids and option names/types of one `rules` block against the loaded rules. */
function checkRules(rules: Record<string, NormalizedRule>, byId: ReadonlyMap<string, RuleFile>, all: readonly RuleFile[], file: string, field: string): void {
  for (const [id, { setting, optionsField }] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) {
      const near = nearestId(id, all);
      throw new ConfigurationError(file, `${field}.${id}`, unknownRule(id, all), near ? `请改为“${near}”` : '请改正规则 id，或用 rulesDirs（--rules）加入定义它的规则目录');
    }
    for (const [name, value] of Object.entries(setting.options ?? {})) {
      const where = `${optionsField}.${name}`;
      if (!(name in rule.options)) {
        const known = Object.keys(rule.options);
        const list = known.length ? `可用的选项：${known.join('、')}` : '该规则没有选项';
        throw new ConfigurationError(file, where, `规则“${id}”没有选项“${name}”（${list}）`, known.length ? '请改用上面列出的选项名' : '请删去该选项');
      }
      const declared = kindOf(rule.options[name]!);
      const given = kindOf(value);
      if (!compatible(declared, given)) {
        throw new ConfigurationError(file, where, `选项“${name}”应为${KIND_NAMES[declared]}（默认值 ${JSON.stringify(rule.options[name])}），收到${KIND_NAMES[given]} ${JSON.stringify(value)}`, `请改为${KIND_NAMES[declared]}，写法同默认值`);
      }
      // An option the rule uses as a matches/notMatches pattern is checked like a pattern written in the rule.
      if (patternOptions(rule).includes(name)) {
        const re = checkPattern(value);
        if (!re.ok) throw new ConfigurationError(file, where, re.reason!, re.fix ?? '');
      }
    }
  }
}

function checkLayer(layer: ConfigLayer, byId: ReadonlyMap<string, RuleFile>, all: readonly RuleFile[]): void {
  if (!layer.config) return;
  checkRules(layer.config.rules, byId, all, layer.source, 'rules');
  layer.config.overrides.forEach((o, i) => checkRules(o.rules, byId, all, layer.source, `overrides[${i}].rules`));
}

export interface ResolveOptions {
  /** createLinter's `rules` (the CLI's --rule): highest precedence. */
  rules?: Record<string, RuleSetting>;
  /** createLinter's `lang` (the CLI's --lang): wins over the config's. */
  lang?: 'zh' | 'en';
  /** Rule folders given besides the config's (createLinter's `rulesDirs`, the CLI's --rules), absolute. */
  extraRulesDirs?: string[];
  /**
   * config/scoring.ts's mergeScoring, needed when a config has `scoring`. Passed in rather than imported:
   * it loads zod, which start-up without a scoring config should not pay for (loadConfig imports it when needed).
   */
  mergeScoring?: typeof mergeScoring;
}

/**
 * Resolves a chain against the loaded rules. Precedence, lowest first: presets (`recommended`
 * when the chain names none), each config's `rules` (extended configs first), matching
 * `overrides` in order, then `options.rules`. Throws ConfigurationError for unknown rule ids,
 * unknown options and options of the wrong type, naming the file and field.
 */
export function resolveConfig(chain: ConfigChain, rules: readonly RuleFile[], options: ResolveOptions = {}): ResolvedConfig {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const layer of chain.layers) checkLayer(layer, byId, rules);
  const forced = Object.fromEntries(
    Object.entries(options.rules ?? {}).map(([id, setting]) => [id, { setting, optionsField: `rules.${id}.options` }]),
  );
  checkRules(forced, byId, rules, OPTIONS_SOURCE, 'rules');

  const layers: ConfigLayer[] = chain.layers.some((l) => l.preset)
    ? chain.layers
    : [{ source: 'jixiao:recommended', preset: 'recommended', dir: chain.basePath }, ...chain.layers];
  const settings: Record<string, RuleSetting> = {};
  const overrides: ResolvedOverride[] = [];
  let scoring = DEFAULT_SCORING;
  let lang: 'zh' | 'en' | undefined;
  for (const layer of layers) {
    if (layer.preset) {
      mergeAll(settings, presetSettings(layer.preset, rules));
      continue;
    }
    const config = layer.config!;
    mergeAll(settings, settingsOf(config.rules));
    config.overrides.forEach((o, index) => {
      overrides.push({ source: layer.source, index, files: o.files, excludedFiles: o.excludedFiles, rules: settingsOf(o.rules) });
    });
    if (config.scoring !== undefined) {
      if (!options.mergeScoring) throw new Error(`resolveConfig: ${layer.source} has scoring settings; pass options.mergeScoring`);
      scoring = options.mergeScoring(scoring, config.scoring, layer.source);
    }
    if (config.lang !== undefined) lang = config.lang;
  }
  const rulesDirs = [...new Set([...chainRulesDirs(chain), ...(options.extraRulesDirs ?? [])])];
  return {
    configFile: chain.configFile,
    basePath: chain.basePath,
    extends: layers.map((l) => l.source),
    rulesDirs,
    lang: options.lang ?? lang ?? 'zh',
    ignorePatterns: layers.flatMap((l) => l.config?.ignorePatterns ?? []),
    scoring,
    rules: settings,
    overrides,
    forced: Object.fromEntries(Object.entries(options.rules ?? {})),
  };
}

/** A file's path relative to the config's folder, with `/` separators (what globs are matched against). */
export function configRelativePath(config: ResolvedConfig, filePath: string): string {
  return relative(config.basePath, resolve(config.basePath, filePath)).split(sep).join('/');
}

/** The overrides that apply to a file: some `files` glob matches and no `excludedFiles` glob does. */
export function matchingOverrides(config: ResolvedConfig, filePath: string | null): ResolvedOverride[] {
  if (filePath === null) return [];
  const rel = configRelativePath(config, filePath);
  return config.overrides.filter((o) => matchesAnyGlob(o.files, rel) && !matchesAnyGlob(o.excludedFiles, rel));
}

/** Whether ignorePatterns exclude a file. */
export function isIgnored(config: ResolvedConfig, filePath: string): boolean {
  return config.ignorePatterns.length > 0 && matchesAnyGlob(config.ignorePatterns, configRelativePath(config, filePath));
}

/** The settings for a file: base rules, then its matching overrides, then the forced settings; every rule filled in. */
export function effectiveRules(config: ResolvedConfig, rules: readonly RuleFile[], overrides: readonly ResolvedOverride[]): Record<string, EffectiveRuleSetting> {
  const settings: Record<string, RuleSetting> = { ...config.rules };
  for (const o of overrides) mergeAll(settings, o.rules);
  mergeAll(settings, config.forced);
  const out: Record<string, EffectiveRuleSetting> = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const s = settings[rule.id];
    out[rule.id] = { severity: s?.severity ?? rule.severity, options: { ...rule.options, ...s?.options } };
  }
  return out;
}

/**
 * The configuration for one file (ESLint's calculateConfigForFile). `filePath` is resolved from
 * the config's folder when relative; null means a text without a path (no override applies).
 */
export function configForFile(config: ResolvedConfig, rules: readonly RuleFile[], filePath: string | null): FileConfig {
  const matched = matchingOverrides(config, filePath);
  return {
    filePath: filePath === null ? null : resolve(config.basePath, filePath),
    configFile: config.configFile,
    basePath: config.basePath,
    extends: config.extends,
    overrides: matched.map(({ source, index, files, excludedFiles }) => ({ source, index, files, excludedFiles })),
    ignored: filePath !== null && isIgnored(config, filePath),
    lang: config.lang,
    rulesDirs: config.rulesDirs,
    ignorePatterns: config.ignorePatterns,
    rules: effectiveRules(config, rules, matched),
    scoring: config.scoring,
  };
}
