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
      rule,
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
