// The types of a rule file and the defaults the engine needs at run time, without loading zod (the schema is in rule-file-schema.ts).
import type { z } from 'zod';
import type { DimensionSchema, OptionValueSchema, RuleFileSchema, ScopeSchema } from './rule-file-schema.js';

export type { Condition, LeafCondition } from './rule-file-schema.js';
export type Scope = z.infer<typeof ScopeSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type OptionValue = z.infer<typeof OptionValueSchema>;
export type RuleFile = z.infer<typeof RuleFileSchema>;

/** Default points per finding by severity (domain-rules §4.2). */
export const DEFAULT_WEIGHT: Record<RuleFile['severity'], number> = { error: 5, warning: 2, info: 0.5 };
