// Turns loaded rules plus per-rule settings (severity, options) into the active rule set the runner uses.
import { DEFAULT_WEIGHT, type Condition, type OptionValue, type RuleFile, type Scope } from './rule-schema.js';
import type { Severity } from '../model/result.js';

/** What configuration may say about one rule. */
export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, OptionValue>;
}

/** A rule ready to run: effective severity, options and conditions with {param} values filled in. */
export interface ActiveRule {
  rule: RuleFile;
  severity: Severity;
  options: Record<string, OptionValue>;
  weight: number;
  conditions: Condition;
}

export interface RuleSet {
  byScope: Record<Scope, ActiveRule[]>;
  byId: ReadonlyMap<string, ActiveRule>;
}

function fillParams(condition: Condition, options: Record<string, OptionValue>): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => fillParams(c, options)) };
  if ('any' in condition) return { any: condition.any.map((c) => fillParams(c, options)) };
  if ('not' in condition) return { not: fillParams(condition.not, options) };
  const value = condition.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'param' in value) {
    return { ...condition, value: options[value.param] as never };
  }
  return condition;
}

/**
 * The rule with every field a rule file may have, in one order (absent ones undefined). Rule files list
 * their fields in their own order and leave optional ones out, so the rules reached V8 in a score of hidden
 * classes, and the code that reads a rule per finding (messages, scoring) was deoptimised by each one it
 * met late. JSON leaves the undefined fields out, so nothing shown changes.
 */
function inOneShape(rule: RuleFile): RuleFile {
  return {
    id: rule.id,
    catalog: rule.catalog,
    family: rule.family,
    scope: rule.scope,
    severity: rule.severity,
    dimension: rule.dimension,
    weight: rule.weight,
    gate: rule.gate,
    recommended: rule.recommended,
    title: rule.title,
    titleEn: rule.titleEn,
    message: rule.message,
    messageEn: rule.messageEn,
    suggestion: rule.suggestion,
    suggestionEn: rule.suggestionEn,
    at: rule.at,
    each: rule.each,
    options: rule.options,
    conditions: rule.conditions,
  } satisfies { [K in keyof Required<RuleFile>]: RuleFile[K] }; // a field added to the schema must be added here
}

/** Builds the active rule set; rules set to 'off' are left out. Unknown ids in settings are ignored here (config validation reports them). */
export function buildRuleSet(rules: RuleFile[], settings: Record<string, RuleSetting> = {}): RuleSet {
  const byScope: Record<Scope, ActiveRule[]> = { document: [], project: [], indicator: [] };
  const byId = new Map<string, ActiveRule>();
  for (const rule of rules) {
    const setting = settings[rule.id] ?? {};
    const severity = setting.severity ?? rule.severity;
    if (severity === 'off') continue;
    const options = { ...rule.options, ...(setting.options ?? {}) };
    const active: ActiveRule = {
      rule: inOneShape(rule),
      severity,
      options,
      weight: rule.weight ?? DEFAULT_WEIGHT[severity],
      conditions: fillParams(rule.conditions as Condition, options),
    };
    byScope[rule.scope].push(active);
    byId.set(rule.id, active);
  }
  return { byScope, byId };
}
