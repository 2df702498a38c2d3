// The reference runner: the same rules through json-rules-engine itself (every needed fact computed up front), kept to check the compiled runner against.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Document } from '../model/index.js';
import type { Message } from '../model/result.js';
import { addCustomOperators } from './operators.js';
import type { ActiveRule, RuleSet } from './rule-set.js';
import type { Condition, Scope } from './rule-schema.js';
import type { FactValue } from '../facts/types.js';
import type { FactIndex } from './load-rules.js';
import { createFactContext, TextCache } from '../facts/context.js';
import { compareMessages, Reporter, templateFacts, type Language } from './messages.js';
import { SCOPES, subjectsOf } from './scopes.js';

/** Adds every fact a condition names (left side and `{ fact }` values) to `into`. */
export function collectFacts(condition: Condition, into: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => collectFacts(c, into));
  else if ('any' in condition) condition.any.forEach((c) => collectFacts(c, into));
  else if ('not' in condition) collectFacts(condition.not, into);
  else {
    into.add(condition.fact);
    const v = condition.value;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'fact' in v) into.add(v.fact);
  }
}

/** Facts a scope's rules need: those named in conditions, `each` and message templates. */
function neededFacts(rules: ActiveRule[], available: ReadonlyMap<string, unknown>): string[] {
  const names = new Set<string>();
  for (const active of rules) {
    collectFacts(active.conditions, names);
    if (active.rule.each) names.add(active.rule.each);
    templateFacts(active, available).forEach((n) => names.add(n));
  }
  return [...names].sort();
}

/**
 * json-rules-engine as the rule engine: one Engine per scope, one run per subject with every
 * needed fact computed first. Slow (the engine clones and hashes per condition), so the linter
 * uses the compiled RuleRunner; this one is the yardstick the differential test holds it to.
 * Runs are queued: json-rules-engine is unsafe under concurrent runs of one Engine.
 */
export class ReferenceRunner {
  private readonly engines = new Map<Scope, Engine>();
  private readonly facts = new Map<Scope, string[]>();
  private readonly textCache = new TextCache();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly factIndex: FactIndex,
  ) {
    for (const scope of SCOPES) {
      const rules = ruleSet.byScope[scope];
      if (rules.length === 0) continue;
      const engine = new Engine([], { allowUndefinedFacts: false });
      addCustomOperators(engine);
      for (const active of rules) {
        const props: RuleProperties = {
          name: active.rule.id,
          conditions: active.conditions as RuleProperties['conditions'],
          event: { type: active.rule.id },
        };
        engine.addRule(props);
      }
      this.engines.set(scope, engine);
      this.facts.set(scope, neededFacts(rules, factIndex[scope]));
    }
  }

  /** Lints one parsed document; messages come back sorted by position. */
  run(document: Document, lang: Language = 'zh'): Promise<Message[]> {
    const next = this.queue.then(() => this.runNow(document, lang));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(document: Document, lang: Language): Promise<Message[]> {
    const ctx = createFactContext(this.textCache);
    const messages: Message[] = [];
    const reporter = new Reporter(lang);
    for (const scope of SCOPES) {
      const engine = this.engines.get(scope);
      if (!engine) continue;
      const names = this.facts.get(scope)!;
      const definitions = this.factIndex[scope];
      for (const subject of subjectsOf(document, scope)) {
        const values: Record<string, FactValue> = {};
        for (const name of names) values[name] = definitions.get(name)!.compute(subject as never, ctx);
        const { results } = await engine.run(values);
        for (const result of results) {
          const active = this.ruleSet.byId.get(String(result.name));
          if (active) reporter.report(active, subject, values, messages);
        }
      }
    }
    return messages.sort(compareMessages);
  }
}
