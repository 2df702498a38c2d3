// The operators a rule may name: json-rules-engine's built-ins plus a few for lists and patterns.
import type { Engine } from 'json-rules-engine';
import type { FactType } from '../facts/types.js';
import { regexRisk } from './regex-safety.js';

/** Built-in operators and the fact types they make sense for. */
const BUILT_IN: Record<string, readonly FactType[]> = {
  equal: ['string', 'number', 'boolean', 'string[]', 'list'],
  notEqual: ['string', 'number', 'boolean', 'string[]', 'list'],
  in: ['string', 'number', 'boolean'],
  notIn: ['string', 'number', 'boolean'],
  contains: ['string[]', 'string'],
  doesNotContain: ['string[]', 'string'],
  lessThan: ['number'],
  lessThanInclusive: ['number'],
  greaterThan: ['number'],
  greaterThanInclusive: ['number'],
};

/** Our own operators. `value` of isEmpty/isNotEmpty is ignored (write true). */
const CUSTOM: Record<string, readonly FactType[]> = {
  isEmpty: ['string[]', 'list', 'string'],
  isNotEmpty: ['string[]', 'list', 'string'],
  matches: ['string'],
  notMatches: ['string'],
};

/** json-rules-engine's operator decorators (`someFact:equal`, `not:contains` …). */
const DECORATORS = new Set(['someFact', 'everyFact', 'someValue', 'everyValue', 'not', 'swap']);

export interface OperatorCheck {
  ok: boolean;
  reason?: string;
  /** How to fix it (checkPattern). */
  fix?: string;
}

/** Checks that an operator name (possibly decorated) exists and fits the fact's type. */
export function checkOperator(operator: string, factType: FactType): OperatorCheck {
  const parts = operator.split(':');
  const base = parts.pop()!;
  for (const d of parts) {
    if (!DECORATORS.has(d)) return { ok: false, reason: `未知的运算符修饰“${d}”` };
  }
  const types = BUILT_IN[base] ?? CUSTOM[base];
  if (!types) {
    const known = [...Object.keys(BUILT_IN), ...Object.keys(CUSTOM)].join(', ');
    return { ok: false, reason: `未知的运算符“${base}”（可用：${known}）` };
  }
  // Decorated operators apply the base operator to elements, so only check undecorated ones.
  if (parts.length === 0 && !types.includes(factType)) {
    return { ok: false, reason: `运算符“${base}”不能用于${factType}类型的事实` };
  }
  return { ok: true };
}

/**
 * Checks a `matches` pattern before any rule uses it: it must compile (u flag) and must not be able to
 * backtrack catastrophically (regex-safety.ts). The compiled patterns are cached per engine, never globally.
 */
export function checkPattern(pattern: unknown): OperatorCheck {
  if (typeof pattern !== 'string') {
    return { ok: false, reason: 'matches / notMatches 的 value 必须是正则表达式字符串', fix: '请写成 JSON 字符串，反斜杠写两次，如 "^\\d+(\\.\\d+)?%$"' };
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return {
      ok: false,
      reason: `正则表达式无效：${(error as Error).message}`,
      fix: '请按 JavaScript 正则表达式（u 模式）的语法改正；要匹配字面的 . ( ) [ ] { } * + ? | \\ 时在前面加反斜杠（JSON 中写成 \\\\）',
    };
  }
  const risk = regexRisk(pattern);
  return risk === null ? { ok: true } : { ok: false, reason: risk.reason, fix: risk.fix };
}

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value) || typeof value === 'string') return value.length === 0;
  return false;
}

/** Our operators as plain functions, with a regex cache owned by the caller (one engine or one compiled rule set), never global. */
export function createCustomOperators(): Record<string, (factValue: unknown, conditionValue: unknown) => boolean> {
  const patterns = new Map<string, RegExp>();
  const regex = (p: string) => {
    let re = patterns.get(p);
    if (!re) {
      re = new RegExp(p, 'u');
      patterns.set(p, re);
    }
    return re;
  };
  return {
    isEmpty: (fact) => isEmptyValue(fact),
    isNotEmpty: (fact) => !isEmptyValue(fact),
    matches: (fact, pattern) => typeof fact === 'string' && regex(pattern as string).test(fact),
    notMatches: (fact, pattern) => typeof fact !== 'string' || !regex(pattern as string).test(fact),
  };
}

/** Registers the custom operators on one json-rules-engine Engine (the reference engine). */
export function addCustomOperators(engine: Engine): void {
  for (const [name, operator] of Object.entries(createCustomOperators())) engine.addOperator(name, operator);
}
