// The zod schema of a rule file in rules/: our metadata beside json-rules-engine conditions. Loaded only to validate a rule file the build has not (see src/build/rule-index.mjs).
import { z } from 'zod';

export const ScopeSchema = z.enum(['document', 'project', 'indicator']);
export type Scope = z.infer<typeof ScopeSchema>;

/** The four 88号 审核 dimensions a finding is scored under. */
export const DimensionSchema = z.enum(['completeness', 'relevance', 'measurability', 'appropriateness']);
export type Dimension = z.infer<typeof DimensionSchema>;

/** A rule option value: thresholds, word lists, switches. */
export const OptionValueSchema = z.union([z.number(), z.string(), z.boolean(), z.array(z.string()), z.array(z.number())]);
export type OptionValue = z.infer<typeof OptionValueSchema>;

/** A condition's value: a literal, another fact (`{ "fact": "x" }`) or a rule option (`{ "param": "satisfactionMin" }`). */
const ConditionValueSchema = z.union([
  z.strictObject({ fact: z.string().min(1) }),
  z.strictObject({ param: z.string().min(1) }),
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);

export interface LeafCondition {
  fact: string;
  operator: string;
  value: z.infer<typeof ConditionValueSchema>;
}
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: z.string().min(1), operator: z.string().min(1), value: ConditionValueSchema }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

export const RuleFileSchema = z.strictObject({
  /** kebab-case id; equals the file name without .json. */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'id 必须是小写字母、数字和连字符（kebab-case）'),
  /** Entry in the reviewer's catalogue (../shared/reference/domain-rules.md), e.g. R-VAL-02. */
  catalog: z.string().optional(),
  /** Catalogue family A–H (structure, classification, value, direction, money, basis, relevance, schedule/narrative). */
  family: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']),
  scope: ScopeSchema,
  severity: z.enum(['error', 'warning', 'info']),
  dimension: DimensionSchema,
  /** Points one finding takes off its project; defaults by severity (error 5, warning 2, info 0.5). */
  weight: z.number().min(0).max(100).optional(),
  /** A gate finding caps the project score below 60 (差). */
  gate: z.boolean().optional(),
  /** Part of the `recommended` preset (all rules are in `strict`). */
  recommended: z.boolean().default(true),
  title: z.string().min(1),
  titleEn: z.string().optional(),
  /** Chinese message template with {{placeholders}} naming facts, options or list-item data. */
  message: z.string().min(1),
  messageEn: z.string().optional(),
  suggestion: z.string().optional(),
  suggestionEn: z.string().optional(),
  /** The anchor of the subject the finding points at (indicator: row, level1, level2, level3, description, target, basis …). */
  at: z.string().optional(),
  /** A list fact: one finding per item, each item carrying its own location and data. */
  each: z.string().optional(),
  options: z.record(z.string(), OptionValueSchema).default({}),
  conditions: z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
});
export type RuleFile = z.infer<typeof RuleFileSchema>;
