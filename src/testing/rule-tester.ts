// Runs a rule's valid and invalid cases with only that rule enabled (in the manner of ESLint's RuleTester).
import type { Document, Message, Span } from '../model/index.js';
import type { Linter } from '../api/linter.js';
import type { RuleSetting } from '../engine/rule-set.js';
import type { RuleFile } from '../engine/rule-schema.js';
import { createLinter } from '../api/linter.js';
import { renderCaseDocument } from './render-case.js';
import { CaseDocumentSchema, type CaseDocumentInput, type InvalidCase, type RuleCases, type ValidCase } from './case-schema.js';

export interface CaseOutcome {
  name: string;
  kind: 'valid' | 'invalid';
  ok: boolean;
  /** Why the case failed, in words a rule author can act on. */
  problems: string[];
  messages: Message[];
  text: string;
}

/** Finds the span of a model node by path (e.g. projects.0.table.indicators.3.target). */
export function spanAtPath(document: Document, path: (string | number)[]): Span | null {
  let node: unknown = document;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[part];
  }
  if (node && typeof node === 'object' && 'span' in node) return (node as { span: Span }).span;
  if (node && typeof node === 'object' && 'line' in node && 'endLine' in node) return node as Span;
  return null;
}

/** Settings that switch every rule off but the one under test, which runs at its own severity even when it is not in the default preset. */
function onlyRule(linterRules: readonly RuleFile[], ruleId: string, options?: RuleSetting['options']): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const r of linterRules) {
    settings[r.id] = r.id === ruleId ? { severity: r.severity, ...(options ? { options } : {}) } : { severity: 'off' };
  }
  return settings;
}

const linters = new WeakMap<object, Map<string, Promise<Linter>>>();

async function linterFor(ruleId: string, options: RuleSetting['options'] | undefined, rulesDirs: string[], cacheKey: object): Promise<Linter> {
  const cache = linters.get(cacheKey) ?? new Map<string, Promise<Linter>>();
  linters.set(cacheKey, cache);
  const key = `${ruleId}|${JSON.stringify(options ?? {})}`;
  let linter = cache.get(key);
  if (!linter) {
    linter = createLinter({ rulesDirs }).then((all) => createLinter({ rulesDirs, rules: onlyRule(all.rules, ruleId, options) }));
    cache.set(key, linter);
  }
  return linter;
}

async function runCase(ruleId: string, kind: 'valid' | 'invalid', c: ValidCase | InvalidCase, rulesDirs: string[], cacheKey: object): Promise<CaseOutcome> {
  const linter = await linterFor(ruleId, c.options, rulesDirs, cacheKey);
  if (!linter.rules.some((r) => r.id === ruleId)) {
    return { name: c.name, kind, ok: false, problems: [`规则 ${ruleId} 不存在`], messages: [], text: '' };
  }
  const text = renderCaseDocument(c.document);
  const result = await linter.lintText(text, { filePath: `${ruleId}.case.txt` });
  const messages = result.messages;
  const problems: string[] = [];
  if (result.fatal) problems.push(`文档无法解析：${result.fatal.message}`);
  const foreign = messages.filter((m) => m.ruleId !== ruleId);
  if (foreign.length) problems.push(`出现了其他规则的结果：${foreign.map((m) => m.ruleId).join(', ')}`);
  const own = messages.filter((m) => m.ruleId === ruleId);
  if (kind === 'valid') {
    if (own.length) problems.push(`应无结果，实际 ${own.length} 条：${own.map((m) => `${m.line}:${m.column} ${m.message}`).join(' | ')}`);
  } else {
    const expected = (c as InvalidCase).errors;
    if (own.length !== expected.length) {
      problems.push(`应有 ${expected.length} 条结果，实际 ${own.length} 条：${own.map((m) => `${JSON.stringify(m.path)} ${m.message}`).join(' | ')}`);
    }
    const document = linter.parse(text, `${ruleId}.case.txt`);
    for (const e of expected) {
      const match = own.find((m) => JSON.stringify(m.path) === JSON.stringify(e.path));
      if (!match) {
        problems.push(`缺少位置 ${JSON.stringify(e.path)} 的结果`);
        continue;
      }
      const span = spanAtPath(document, e.path);
      // The finding must start at the node, or cover it (a value written as symbol-number-unit).
      const covers = span && (match.line < span.line || (match.line === span.line && match.column <= span.column))
        && ((match.endLine ?? match.line) > span.endLine || ((match.endLine ?? match.line) === span.endLine && (match.endColumn ?? match.column) >= span.endColumn));
      if (span && !covers && (span.line !== match.line || span.column !== match.column)) {
        problems.push(`位置 ${JSON.stringify(e.path)} 应在 ${span.line}:${span.column}，实际 ${match.line}:${match.column}`);
      }
      if (e.messageIncludes && !match.message.includes(e.messageIncludes)) {
        problems.push(`消息应包含“${e.messageIncludes}”，实际为“${match.message}”`);
      }
    }
  }
  return { name: c.name, kind, ok: problems.length === 0, problems, messages, text };
}

/** Runs every case of a rule. Linters are cached per `cacheKey` (one per test file) to keep runs fast. */
export async function runRuleCases(ruleId: string, cases: RuleCases, rulesDirs: string[] = [], cacheKey: object = {}): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  const seen = new Set<string>();
  for (const [kind, list] of [['valid', cases.valid], ['invalid', cases.invalid]] as const) {
    for (const c of list) {
      const key = JSON.stringify([c.document, c.options ?? null]);
      if (seen.has(key)) {
        outcomes.push({ name: c.name, kind, ok: false, problems: ['与前面的用例重复'], messages: [], text: '' });
        continue;
      }
      seen.add(key);
      outcomes.push(await runCase(ruleId, kind, c, rulesDirs, cacheKey));
    }
  }
  return outcomes;
}

/**
 * Runs a doc example (rules/<id>.md): the 错误示例 document must give at least one finding of
 * the rule, the 正确示例 document none. Only that rule is on.
 */
export async function runDocExample(
  ruleId: string, kind: 'correct' | 'incorrect', input: CaseDocumentInput, rulesDirs: string[] = [], cacheKey: object = {},
): Promise<CaseOutcome> {
  const name = kind === 'correct' ? '文档中的正确示例' : '文档中的错误示例';
  const parsed = CaseDocumentSchema.safeParse(input);
  if (!parsed.success) {
    return { name, kind: kind === 'correct' ? 'valid' : 'invalid', ok: false, problems: [`示例无法转成文档：${JSON.stringify(parsed.error.issues[0])}`], messages: [], text: '' };
  }
  const linter = await linterFor(ruleId, undefined, rulesDirs, cacheKey);
  const text = renderCaseDocument(parsed.data);
  const result = await linter.lintText(text, { filePath: `${ruleId}.doc-example.txt` });
  const own = result.messages.filter((m) => m.ruleId === ruleId);
  const problems: string[] = [];
  if (result.fatal) problems.push(`文档无法解析：${result.fatal.message}`);
  if (kind === 'incorrect' && own.length === 0) problems.push('错误示例没有触发规则');
  if (kind === 'correct' && own.length > 0) problems.push(`正确示例触发了规则：${own.map((m) => `${m.line}:${m.column} ${m.message}`).join(' | ')}`);
  return { name, kind: kind === 'correct' ? 'valid' : 'invalid', ok: problems.length === 0, problems, messages: own, text };
}
