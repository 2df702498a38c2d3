// Turns a rule that fired on a subject into messages (one per list item with `each`), and orders messages by position.
import type { Message } from '../model/result.js';
import type { Indicator } from '../model/index.js';
import type { ActiveRule } from './rule-set.js';
import { TemplateCache } from './template.js';
import type { Anchor, FactValue, LocatedItem, Subject } from '../facts/types.js';
import { anchorFor, valueAsWritten } from '../facts/subjects.js';

export type Language = 'zh' | 'en';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Facts named in a rule's message and suggestion templates (those the fact index knows). */
export function templateFacts(active: ActiveRule, available: ReadonlyMap<string, unknown>): string[] {
  const { rule } = active;
  const names = new Set<string>();
  for (const t of [rule.message, rule.messageEn, rule.suggestion, rule.suggestionEn]) {
    for (const m of (t ?? '').matchAll(PLACEHOLDER)) if (available.has(m[1]!)) names.add(m[1]!);
  }
  return [...names];
}

// localeCompare, not an Intl.Collator: V8 compares one-byte strings such as rule ids without ICU, and
// building a collator loads ICU's collation data (~11 ms of a cold start).
export function compareMessages(a: Message, b: Message): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** Turns rules that fired into messages; one per runner, so each message template is split only once. */
export class Reporter {
  private readonly templates = new TemplateCache();
  constructor(private readonly lang: Language) {}

  /** Appends to `out` the messages of one rule that fired on one subject; `facts` holds at least the rule's `each` and template facts. */
  report(active: ActiveRule, subject: Subject, facts: Record<string, FactValue>, out: Message[]): void {
    const { rule } = active;
    const english = this.lang === 'en';
    const template = english && rule.messageEn ? rule.messageEn : rule.message;
    const suggestion = english && rule.suggestionEn ? rule.suggestionEn : rule.suggestion;
    const items: (LocatedItem | null)[] = rule.each ? ((facts[rule.each] as LocatedItem[] | null) ?? []) : [null];
    if (items.length === 0) return;
    // Read here with the rule's other fields, not only when an anchor is built: rule files differ in
    // their keys, and a read reached by a few rules only was deoptimised by each rule shape it met late.
    const at = rule.at ?? 'default';
    // Items of an `each` fact carry their own place; the anchor is built only for a finding without one.
    let anchor: Anchor | undefined;
    // The row a message names is the same for every message on the subject: built once.
    const indicator = subject.scope === 'indicator' ? indicatorOf(subject.indicator) : undefined;
    for (const item of items) {
      const sources = [item?.data ?? NO_DATA, facts, active.options];
      const span = item?.span ?? (anchor ??= anchorFor(subject, at)).span;
      // Every message has every key, in one order (absent ones undefined, which JSON leaves out): one
      // object shape for all the code that reads messages, so V8 never deoptimises it on a new shape.
      out.push({
        ruleId: rule.id,
        severity: active.severity,
        message: this.templates.render(template, sources),
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        path: item?.path ?? (anchor ??= anchorFor(subject, at)).path,
        location: span.location,
        project: subject.scope !== 'document' ? subject.project.name : undefined,
        indicator: indicator !== undefined ? { ...indicator } : undefined,
        suggestion: suggestion ? this.templates.render(suggestion, sources) : undefined,
        related: item?.related?.length ? item.related : undefined,
      });
    }
  }
}

const NO_DATA: Record<string, never> = {};

function indicatorOf(i: Indicator): NonNullable<Message['indicator']> {
  return { level1: i.level1?.text ?? '', level2: i.level2?.text ?? '', level3: i.level3?.text ?? '', target: valueAsWritten(i) };
}
