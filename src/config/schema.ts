// The zod schema of a configuration (jixiao.config.json or an object given to createLinter), and its normalised form.
import { z } from 'zod';
import { OptionValueSchema } from '../engine/rule-file-schema.js';
import type { OptionValue } from '../engine/rule-schema.js';
import type { RuleSetting } from '../engine/rule-set.js';
import { ConfigurationError, formatFieldPath } from '../engine/errors.js';

export { CONFIG_FILE_NAME } from './file-name.js';

const SEVERITY_HELP = '严重程度必须是 error、warning、info 或 off';
const ENTRY_HELP = '规则设置应为严重程度（"error"、"warning"、"info"、"off"）、[严重程度, { 选项 }] 或 { "severity": …, "options": { … } }';
const LIST_HELP = '应为字符串或字符串数组';

const NonEmpty = z.string().min(1, '不能为空字符串');

export const SeverityOrOffSchema = z.enum(['error', 'warning', 'info', 'off'], { error: SEVERITY_HELP });
export type SeverityOrOff = z.infer<typeof SeverityOrOffSchema>;

const OptionsSchema = z.record(
  z.string(),
  z.union(OptionValueSchema.options, { error: '选项值应为数字、字符串、布尔值，或字符串数组、数字数组' }),
  { error: '选项应为对象 { "选项名": 值 }' },
);

/** One rule's setting, in ESLint's three spellings: `"warning"`, `["warning", { … }]`, `{ severity, options }`. */
export const RuleEntrySchema = z.union(
  [
    SeverityOrOffSchema,
    z.tuple([SeverityOrOffSchema], { error: ENTRY_HELP }),
    z.tuple([SeverityOrOffSchema, OptionsSchema], { error: ENTRY_HELP }),
    z.strictObject({ severity: SeverityOrOffSchema.optional(), options: OptionsSchema.optional() }, { error: ENTRY_HELP }),
  ],
  { error: ENTRY_HELP },
);
export type RuleEntry = z.infer<typeof RuleEntrySchema>;

const RulesSchema = z.record(NonEmpty, RuleEntrySchema, { error: 'rules 应为对象 { "规则id": 设置 }' });

const StringListSchema = z.union([NonEmpty, z.array(NonEmpty).min(1, '不能为空数组')], { error: LIST_HELP });

export const OverrideSchema = z.strictObject(
  {
    /** Globs, relative to the folder of the top-level config file (or the working folder). */
    files: StringListSchema,
    excludedFiles: StringListSchema.optional(),
    rules: RulesSchema,
  },
  { error: 'overrides 的每一项应为对象 { "files": …, "rules": { … } }' },
);

export const ConfigSchema = z.strictObject(
  {
    /** Presets (`jixiao:recommended`, `jixiao:strict`) and relative paths of other config files, applied in order. */
    extends: StringListSchema.optional(),
    rules: RulesSchema.optional(),
    /** Extra rule folders, relative to the config file that names them. */
    rulesDirs: z.array(NonEmpty, { error: 'rulesDirs 应为字符串数组' }).optional(),
    overrides: z.array(OverrideSchema, { error: 'overrides 应为数组' }).optional(),
    /** Part of the scoring model (src/score/scoring-config.ts), deep-merged over the defaults and then validated. */
    scoring: z.record(z.string(), z.unknown(), { error: 'scoring 应为对象' }).optional(),
    lang: z.enum(['zh', 'en'], { error: 'lang 只能是 "zh" 或 "en"' }).optional(),
    /** Globs of files lintFiles skips (relative like overrides). */
    ignorePatterns: z.array(NonEmpty, { error: 'ignorePatterns 应为字符串数组' }).optional(),
  },
  { error: '配置应为 JSON 对象' },
);

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The scoring part a config may give: any part of ScoringConfig; a grade band's `min` may be null (no lower bound). */
export type ScoringInput = DeepPartial<{
  dimensions: Record<'completeness' | 'relevance' | 'measurability' | 'appropriateness', { label: string; labelEn: string; points: number }>;
  ruleCapShare: number;
  gateCap: number;
  documentSectionPoints: number;
  indicatorPenaltyFactor: number;
  grades: { min: number | null; grade: '优' | '良' | '中' | '差'; consequence: string; consequenceEn: string }[];
}>;

/** A configuration as written (JSON file or object). */
export type ConfigInput = Omit<z.input<typeof ConfigSchema>, 'scoring'> & { scoring?: ScoringInput };
export type OverrideInput = z.input<typeof OverrideSchema>;

/** A rule setting after parsing, remembering where its options were written (for error fields). */
export interface NormalizedRule {
  setting: RuleSetting;
  /** Field of the options object: `rules.x[1]` or `rules.x.options`. */
  optionsField: string;
}

export interface NormalizedOverride {
  files: string[];
  excludedFiles: string[];
  rules: Record<string, NormalizedRule>;
}

/** One configuration, parsed and normalised; `extends` is still unresolved. */
export interface NormalizedConfig {
  extends: string[];
  /** The field of each `extends` entry (`extends` or `extends[1]`), for errors. */
  extendsFields: string[];
  rules: Record<string, NormalizedRule>;
  rulesDirs: string[];
  overrides: NormalizedOverride[];
  scoring?: Record<string, unknown>;
  lang?: 'zh' | 'en';
  ignorePatterns: string[];
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function normalizeEntry(entry: RuleEntry, field: string): NormalizedRule {
  if (typeof entry === 'string') return { setting: { severity: entry }, optionsField: `${field}[1]` };
  if (Array.isArray(entry)) {
    const setting: RuleSetting = { severity: entry[0] };
    if (entry[1] !== undefined) setting.options = entry[1] as Record<string, OptionValue>;
    return { setting, optionsField: `${field}[1]` };
  }
  const setting: RuleSetting = {};
  if (entry.severity !== undefined) setting.severity = entry.severity;
  if (entry.options !== undefined) setting.options = entry.options as Record<string, OptionValue>;
  return { setting, optionsField: `${field}.options` };
}

function normalizeRules(rules: Record<string, RuleEntry> | undefined, field: string): Record<string, NormalizedRule> {
  const out: Record<string, NormalizedRule> = {};
  for (const [id, entry] of Object.entries(rules ?? {})) out[id] = normalizeEntry(entry, `${field}.${id}`);
  return out;
}

type Issue = z.core.$ZodIssue;

/** Chinese wording for zod's own messages, per parse (no global zod configuration). */
export const ZOD_ZH = { error: z.locales.zhCN().localeError };

/** Picks the issue that says most about what is wrong: inside a union, the branch that got furthest. */
function mostSpecific(issue: Issue, prefix: PropertyKey[]): { path: PropertyKey[]; issue: Issue } {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { path, issue };
  let best: Issue | undefined;
  let bestScore = -1;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    // Depth first; among equals, a branch of the right type (not invalid_type) beats one of the wrong type.
    const score = first.path.length * 2 + (first.code === 'invalid_type' ? 0 : 1);
    if (score > bestScore) {
      best = first;
      bestScore = score;
    }
  }
  if (!best || (best.path.length === 0 && best.code === 'invalid_type')) return { path, issue };
  return mostSpecific(best, path);
}

/** Turns the first zod issue into a ConfigurationError naming the file and the field. */
export function issueError(file: string, issues: readonly Issue[], prefix: PropertyKey[] = []): ConfigurationError {
  const { path, issue } = mostSpecific(issues[0]!, prefix);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return new ConfigurationError(file, formatFieldPath([...path, key]), `未知的字段“${key}”`, '请删除该字段或改正拼写（配置的字段见 README 的 Configuration 一节）');
  }
  return new ConfigurationError(file, formatFieldPath(path), issue.message, '请按 README 的 Configuration 一节中该字段的说明改正');
}

/** Validates a parsed JSON value as a configuration; throws ConfigurationError naming `file` and the field. */
export function parseConfig(value: unknown, file: string): NormalizedConfig {
  const parsed = ConfigSchema.safeParse(value, ZOD_ZH);
  if (!parsed.success) throw issueError(file, parsed.error.issues);
  const config = parsed.data;
  const normalized: NormalizedConfig = {
    extends: toList(config.extends),
    extendsFields: Array.isArray(config.extends) ? config.extends.map((_, i) => `extends[${i}]`) : config.extends ? ['extends'] : [],
    rules: normalizeRules(config.rules, 'rules'),
    rulesDirs: config.rulesDirs ?? [],
    overrides: (config.overrides ?? []).map((o, i) => ({
      files: toList(o.files),
      excludedFiles: toList(o.excludedFiles),
      rules: normalizeRules(o.rules, `overrides[${i}].rules`),
    })),
    ignorePatterns: config.ignorePatterns ?? [],
  };
  if (config.scoring !== undefined) normalized.scoring = config.scoring;
  if (config.lang !== undefined) normalized.lang = config.lang;
  return normalized;
}
