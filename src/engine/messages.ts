// Turns a rule that fired on a subject into messages (one per list item with `each`), and orders messages by position.
import type { Message } from '../model/result.js';
import type { ActiveRule } from './rule-set.js';
import { renderTemplate } from './template.js';
import type { FactValue, LocatedItem, Subject } from '../facts/types.js';
import { valueAsWritten } from '../facts/subjects.js';

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

/** The messages of one rule that fired on one subject; `facts` holds at least the rule's `each` and template facts. */
export function reportRule(active: ActiveRule, subject: Subject, facts: Record<string, FactValue>, lang: Language): Message[] {
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
