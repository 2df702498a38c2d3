// Runs the active rules over one document as compiled predicates: facts computed lazily, once per subject.
import type { Document } from '../model/index.js';
import type { Message } from '../model/result.js';
import type { ActiveRule, RuleSet } from './rule-set.js';
import type { FactDefinition, FactValue, Subject } from '../facts/types.js';
import type { FactIndex } from './load-rules.js';
import { createFactContext, TextCache } from '../facts/context.js';
import { compileCondition, OperatorTable, type Predicate } from './compile.js';
import { compareMessages, reportRule, templateFacts, type Language } from './messages.js';
import { SCOPES, subjectsOf } from './scopes.js';

export type { Language } from './messages.js';

/** A rule ready to evaluate: its predicate and the facts its messages need when it fires. */
interface CompiledRule {
  active: ActiveRule;
  test: Predicate;
  reportFacts: string[];
}

/**
 * Runs a rule set. Each rule's conditions are compiled once into a predicate with
 * json-rules-engine's semantics (src/engine/compile.ts); a fact is computed the first time a
 * predicate or a message asks for it on a subject, so facts that no reached condition needs are
 * never computed. json-rules-engine itself stays as the reference (ReferenceRunner), held equal
 * to this runner by test/engine/differential.test.ts.
 */
export class RuleRunner {
  private readonly compiled: { scope: (typeof SCOPES)[number]; rules: CompiledRule[] }[] = [];
  private readonly textCache = new TextCache();

  constructor(
    ruleSet: RuleSet,
    private readonly factIndex: FactIndex,
  ) {
    const operators = new OperatorTable();
    for (const scope of SCOPES) {
      const rules = ruleSet.byScope[scope].map((active) => ({
        active,
        test: compileCondition(active.conditions, operators),
        reportFacts: [...(active.rule.each ? [active.rule.each] : []), ...templateFacts(active, factIndex[scope])],
      }));
      if (rules.length > 0) this.compiled.push({ scope, rules });
    }
  }

  /** Lints one parsed document; messages come back sorted by position. */
  run(document: Document, lang: Language = 'zh'): Promise<Message[]> {
    try {
      return Promise.resolve(this.runSync(document, lang));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The same, synchronously (nothing in a run waits on anything). */
  runSync(document: Document, lang: Language = 'zh'): Message[] {
    const ctx = createFactContext(this.textCache);
    const messages: Message[] = [];
    for (const { scope, rules } of this.compiled) {
      const definitions = this.factIndex[scope] as ReadonlyMap<string, FactDefinition>;
      for (const subject of subjectsOf(document, scope)) {
        const values = new Map<string, FactValue>();
        const get = (name: string): FactValue => {
          let value = values.get(name);
          if (value === undefined && !values.has(name)) {
            const definition = definitions.get(name);
            if (!definition) throw new Error(`Undefined fact: ${name}`);
            value = definition.compute(subject as never, ctx);
            values.set(name, value);
          }
          return value as FactValue;
        };
        for (const rule of rules) {
          if (!rule.test(get)) continue;
          messages.push(...reportRule(rule.active, subject as Subject, factsFor(rule.reportFacts, get), lang));
        }
      }
    }
    return messages.sort(compareMessages);
  }
}

function factsFor(names: string[], get: (name: string) => FactValue): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  for (const name of names) facts[name] = get(name);
  return facts;
}
