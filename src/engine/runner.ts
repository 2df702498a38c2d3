// Runs the active rules over one document with json-rules-engine: facts once per subject, one Engine per scope, runs serialised.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Document } from '../model/index.js';
import type { Message } from '../model/result.js';
import { addCustomOperators } from './operators.js';
import type { ActiveRule, RuleSet } from './rule-set.js';
import type { Condition, Scope } from './rule-schema.js';
import { renderTemplate } from './template.js';
import type { FactValue, LocatedItem, Subject } from '../facts/types.js';
import type { FactIndex } from './load-rules.js';
import { createFactContext, TextCache } from '../facts/context.js';
import { documentSubject, indicatorSubjects, projectSubjects, valueAsWritten } from '../facts/subjects.js';

export type Language = 'zh' | 'en';

const SCOPES: Scope[] = ['document', 'project', 'indicator'];
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function collectFacts(condition: Condition, into: Set<string>): void {
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
  for (const { rule, conditions } of rules) {
    collectFacts(conditions, names);
    if (rule.each) names.add(rule.each);
    for (const t of [rule.message, rule.messageEn, rule.suggestion, rule.suggestionEn]) {
      for (const m of (t ?? '').matchAll(PLACEHOLDER)) if (available.has(m[1]!)) names.add(m[1]!);
    }
  }
  return [...names].sort();
}

function subjectsOf(document: Document, scope: Scope): Subject[] {
  if (scope === 'document') return [documentSubject(document)];
  if (scope === 'project') return projectSubjects(document);
  return indicatorSubjects(document);
}


function compareMessages(a: Message, b: Message): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/**
 * Runs a rule set. One Engine per scope, built once; `run` calls are queued so that two
 * documents never share an Engine run (json-rules-engine is unsafe under concurrent runs).
 */
export class RuleRunner {
  private readonly engines = new Map<Scope, Engine>();
  private readonly facts = new Map<Scope, string[]>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly textCache = new TextCache();

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
          if (active) messages.push(...this.report(active, subject, values, lang));
        }
      }
    }
    return messages.sort(compareMessages);
  }

  private report(active: ActiveRule, subject: Subject, facts: Record<string, FactValue>, lang: Language): Message[] {
    const { rule } = active;
    const template = lang === 'en' && rule.messageEn ? rule.messageEn : rule.message;
    const suggestion = lang === 'en' && rule.suggestionEn ? rule.suggestionEn : rule.suggestion;
    const items: (LocatedItem | null)[] = rule.each ? ((facts[rule.each] as LocatedItem[] | null) ?? []) : [null];
    const anchor = subject.anchors[rule.at ?? 'default'] ?? subject.anchors.default!;
    return items.map((item) => {
      const sources = [item?.data ?? {}, facts, active.options];
      const span = item?.span ?? anchor.span;
      const message: Message = {
        ruleId: rule.id,
        severity: active.severity,
        message: renderTemplate(template, sources),
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        path: item?.path ?? anchor.path,
      };
      if (span.location !== undefined) message.location = span.location;
      if (subject.scope !== 'document') message.project = subject.project.name;
      if (subject.scope === 'indicator') {
        const i = subject.indicator;
        message.indicator = {
          level1: i.level1?.text ?? '',
          level2: i.level2?.text ?? '',
          level3: i.level3?.text ?? '',
          target: valueAsWritten(i),
        };
      }
      if (suggestion) message.suggestion = renderTemplate(suggestion, sources);
      if (item?.related?.length) message.related = item.related;
      return message;
    });
  }
}
