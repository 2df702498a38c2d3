// Compiles rule conditions into plain predicates with json-rules-engine's semantics (operators, decorators, validators), facts fetched lazily.
import type { Condition, LeafCondition } from './rule-schema.js';
import { createCustomOperators } from './operators.js';

/** Reads a fact of the current subject by its slot (computed on first use, then memoised by the caller). */
export type FactGetter = (slot: number) => unknown;
/** The slot of a fact name in the caller's per-subject value array (numbers, not names: no hashing per read). */
export type SlotOf = (name: string) => number;
export type Predicate = (fact: FactGetter) => boolean;
type Evaluate = (factValue: unknown, conditionValue: unknown) => boolean;
type Validator = (factValue: unknown) => boolean;

const always: Validator = () => true;
const isArray: Validator = Array.isArray;
// json-rules-engine's numberValidator (`parseFloat(v).toString() !== 'NaN'`): '5' and [5] pass, null and 'abc'
// do not. Same answers without building a string per comparison: a number is NaN only when it is NaN itself.
const isNumberLike: Validator = (v) => (typeof v === 'number' ? v === v : !Number.isNaN(Number.parseFloat(v as string)));

/** json-rules-engine 7's default operators: callback plus the validator that must pass first. */
const BUILT_IN: Record<string, [Evaluate, Validator]> = {
  equal: [(a, b) => a === b, always],
  notEqual: [(a, b) => a !== b, always],
  in: [(a, b) => (b as unknown[]).indexOf(a) > -1, always],
  notIn: [(a, b) => (b as unknown[]).indexOf(a) === -1, always],
  contains: [(a, b) => (a as unknown[]).indexOf(b) > -1, isArray],
  doesNotContain: [(a, b) => (a as unknown[]).indexOf(b) === -1, isArray],
  lessThan: [(a, b) => (a as number) < (b as number), isNumberLike],
  lessThanInclusive: [(a, b) => (a as number) <= (b as number), isNumberLike],
  greaterThan: [(a, b) => (a as number) > (b as number), isNumberLike],
  greaterThanInclusive: [(a, b) => (a as number) >= (b as number), isNumberLike],
};

/** json-rules-engine 7's decorators: `someFact:equal` applies `equal` to each element of the fact, and so on. */
const DECORATORS: Record<string, [(a: unknown, b: unknown, next: Evaluate) => boolean, Validator]> = {
  someFact: [(a, b, next) => (a as unknown[]).some((x) => next(x, b)), isArray],
  someValue: [(a, b, next) => (b as unknown[]).some((y) => next(a, y)), always],
  everyFact: [(a, b, next) => (a as unknown[]).every((x) => next(x, b)), isArray],
  everyValue: [(a, b, next) => (b as unknown[]).every((y) => next(a, y)), always],
  swap: [(a, b, next) => next(b, a), always],
  not: [(a, b, next) => !next(a, b), always],
};

/** Operator functions of one compiled rule set (custom operators keep their regex cache here). */
export class OperatorTable {
  private readonly operators = new Map<string, Evaluate>();

  constructor() {
    for (const [name, [cb, valid]] of Object.entries(BUILT_IN)) this.operators.set(name, (a, b) => valid(a) && cb(a, b));
    for (const [name, cb] of Object.entries(createCustomOperators())) this.operators.set(name, cb);
  }

  /** Resolves `not:someFact:equal` like json-rules-engine: decorators peeled from the left, applied innermost first. */
  get(name: string): Evaluate {
    const known = this.operators.get(name);
    if (known) return known;
    const colon = name.indexOf(':');
    const decorator = colon > 0 ? DECORATORS[name.slice(0, colon)] : undefined;
    if (!decorator) throw new Error(`Unknown operator: ${name}`);
    const next = this.get(name.slice(colon + 1));
    const [cb, valid] = decorator;
    const decorated: Evaluate = (a, b) => valid(a) && cb(a, b, next);
    this.operators.set(name, decorated);
    return decorated;
  }
}

/**
 * A leaf against a constant for the commonest undecorated operators, written out so a check is one
 * closure call instead of three (predicate → operator → validator and callback); same semantics as BUILT_IN.
 */
function constantLeaf(operator: string, fact: number, value: unknown): Predicate | undefined {
  switch (operator) {
    case 'equal':
      return (get) => get(fact) === value;
    case 'notEqual':
      return (get) => get(fact) !== value;
    case 'in':
      return (get) => (value as unknown[]).indexOf(get(fact)) > -1;
    case 'notIn':
      return (get) => (value as unknown[]).indexOf(get(fact)) === -1;
    case 'lessThan':
      return (get) => {
        const a = get(fact);
        return isNumberLike(a) && (a as number) < (value as number);
      };
    case 'lessThanInclusive':
      return (get) => {
        const a = get(fact);
        return isNumberLike(a) && (a as number) <= (value as number);
      };
    case 'greaterThan':
      return (get) => {
        const a = get(fact);
        return isNumberLike(a) && (a as number) > (value as number);
      };
    case 'greaterThanInclusive':
      return (get) => {
        const a = get(fact);
        return isNumberLike(a) && (a as number) >= (value as number);
      };
    default:
      return undefined;
  }
}

function compileLeaf(leaf: LeafCondition, operators: OperatorTable, slotOf: SlotOf): Predicate {
  const evaluate = operators.get(leaf.operator);
  const fact = slotOf(leaf.fact);
  const { value } = leaf;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, 'fact')) {
    const other = slotOf((value as { fact: string }).fact);
    return (get) => evaluate(get(fact), get(other));
  }
  return constantLeaf(leaf.operator, fact, value) ?? ((get) => evaluate(get(fact), value));
}

/** `all` as a loop (no callback per part), with the one- and two-part cases written out. */
function allOf(parts: Predicate[]): Predicate {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) {
    const [first, second] = parts as [Predicate, Predicate];
    return (get) => first(get) && second(get);
  }
  return (get) => {
    for (let i = 0; i < parts.length; i++) if (!parts[i]!(get)) return false;
    return true;
  };
}

/** `any` likewise; an empty `any` is false and an empty `all` true, as in json-rules-engine. */
function anyOf(parts: Predicate[]): Predicate {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) {
    const [first, second] = parts as [Predicate, Predicate];
    return (get) => first(get) || second(get);
  }
  return (get) => {
    for (let i = 0; i < parts.length; i++) if (parts[i]!(get)) return true;
    return false;
  };
}

/** Compiles a condition tree (params already filled in) into one predicate; `all`/`any` short-circuit, so facts a rule never reaches are never computed. */
export function compileCondition(condition: Condition, operators: OperatorTable, slotOf: SlotOf): Predicate {
  if ('all' in condition) {
    return allOf(condition.all.map((c) => compileCondition(c, operators, slotOf)));
  }
  if ('any' in condition) {
    return anyOf(condition.any.map((c) => compileCondition(c, operators, slotOf)));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, operators, slotOf);
    return (get) => !inner(get);
  }
  return compileLeaf(condition, operators, slotOf);
}
