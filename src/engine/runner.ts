// Runs the active rules over one document as compiled predicates: facts computed lazily, once per subject.
import type { Document } from '../model/index.js';
import type { Message } from '../model/result.js';
import type { ActiveRule, RuleSet } from './rule-set.js';
import type { Scope } from './rule-schema.js';
import type { FactContext, FactDefinition, FactValue, Subject } from '../facts/types.js';
import type { FactIndex } from './load-rules.js';
import { createFactContext, TextCache } from '../facts/context.js';
import { compileCondition, OperatorTable, type Predicate } from './compile.js';
import { compareMessages, Reporter, templateFacts, type Language } from './messages.js';
import { SCOPES, subjectsOf } from './scopes.js';

export type { Language } from './messages.js';

/** A rule ready to evaluate: its predicate and the slots of the facts its messages need when it fires. */
interface CompiledRule {
  active: ActiveRule;
  test: Predicate;
  report: { name: string; slot: number }[];
}

/** One scope's compiled rules and the facts they read, each at a fixed slot of a per-subject array. */
interface CompiledScope {
  scope: Scope;
  rules: CompiledRule[];
  facts: FactDefinition[];
}

/** Marks a slot whose fact has not been computed for the current subject (facts are never undefined). */
const NOT_YET = undefined;

/**
 * Runs a rule set. Each rule's conditions are compiled once into a predicate with
 * json-rules-engine's semantics (src/engine/compile.ts); a fact is computed the first time a
 * predicate or a message asks for it on a subject, so facts that no reached condition needs are
 * never computed. json-rules-engine itself stays as the reference (ReferenceRunner), held equal
 * to this runner by test/engine/differential.test.ts.
 */
export class RuleRunner {
  private readonly compiled: CompiledScope[] = [];
  private readonly textCache = new TextCache();
  private readonly reporters: Record<Language, Reporter> = { zh: new Reporter('zh'), en: new Reporter('en') };

  constructor(ruleSet: RuleSet, factIndex: FactIndex) {
    const operators = new OperatorTable();
    for (const scope of SCOPES) {
      const definitions = factIndex[scope] as ReadonlyMap<string, FactDefinition>;
      const facts: FactDefinition[] = [];
      const slots = new Map<string, number>();
      const slotOf = (name: string): number => {
        let slot = slots.get(name);
        if (slot === undefined) {
          const definition = definitions.get(name);
          if (!definition) throw new Error(`Undefined fact: ${name}`);
          slot = facts.push(definition) - 1;
          slots.set(name, slot);
        }
        return slot;
      };
      const rules = ruleSet.byScope[scope].map((active) => ({
        active,
        test: compileCondition(active.conditions, operators, slotOf),
        report: [...(active.rule.each ? [active.rule.each] : []), ...templateFacts(active, definitions)].map((name) => ({ name, slot: slotOf(name) })),
      }));
      if (rules.length > 0) this.compiled.push({ scope, rules, facts });
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
    const reporter = this.reporters[lang];
    for (const { scope, rules, facts } of this.compiled) {
      // One reader per scope, moved from subject to subject: no closure or slot array allocated per subject.
      const reader = new FactReader(facts, ctx);
      const { get } = reader;
      for (const subject of subjectsOf(document, scope)) {
        reader.moveTo(subject);
        for (const rule of rules) {
          if (!rule.test(get)) continue;
          const values: Record<string, FactValue> = {};
          for (const { name, slot } of rule.report) values[name] = get(slot);
          reporter.report(rule.active, subject, values, messages);
        }
      }
    }
    return messages.sort(compareMessages);
  }
}

/** Reads facts of the current subject by slot, computing each on first read. */
class FactReader {
  private readonly values: (FactValue | undefined)[];
  private subject: Subject | undefined;

  constructor(private readonly facts: FactDefinition[], private readonly ctx: FactContext) {
    this.values = new Array<FactValue | undefined>(facts.length).fill(NOT_YET);
  }

  moveTo(subject: Subject): void {
    this.subject = subject;
    this.values.fill(NOT_YET);
  }

  readonly get = (slot: number): FactValue => {
    let value = this.values[slot];
    if (value === NOT_YET) {
      value = this.facts[slot]!.compute(this.subject as never, this.ctx);
      this.values[slot] = value;
    }
    return value;
  };
}
