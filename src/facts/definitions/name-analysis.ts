// One per-linter cache entry per 三级 name holding every reading the indicator facts take from the name alone.
import type { FactContext } from '../types.js';

/**
 * Where each reading is kept, one per reader (facts in several files read the same name): an array
 * index is cheaper to reach than a key in a map, and this list shows every reading in one place.
 */
export const SLOT = {
  direction: 0, satisfactionHead: 1, satisfactionSubjectMissing: 2, clauses: 3, inputTerms: 4, prediction: 5,
  unboundedRate: 6, goal: 7, measureEnding: 8, hasDigit: 9, compared: 10, category: 11, bareSatisfaction: 12,
  level1: 13, asChild: 14, level2ByParent: 15, filedLevel1: 16, filedLevel2ByParent: 17, level1Problem: 18,
  level2ProblemByParent: 19, costImpact: 20, totalCost: 21,
  untrimmedLevel1: 22, untrimmedLevel2ByParent: 23, satisfactionName: 24, fillerTopics: 25,
  sameName: 26, stemLevel1: 27, stemLevel2: 28, stemLevel2ByParent: 29, timeLimit: 30,
} as const;

/** A slot number; at most 31 (the `done` bits). */
export type Slot = (typeof SLOT)[keyof typeof SLOT];

/**
 * The readings of one name text, each worked out on first use. Names repeat across a bureau's files
 * (99 % of the generated corpus), so the analyses live in the per-linter text cache. They share one
 * entry per name rather than one cache family each: a family per reading would hold the same ~1,000
 * names a dozen times over and crowd the value cache out of its bounded room.
 */
export class NameAnalysis {
  private readonly values: unknown[] = [];
  /** Bit `slot` is set once that reading is in `values` (it may be null or false). */
  private done = 0;

  constructor(readonly text: string) {}

  /**
   * `read(text)` for this name, computed once. `read` must be a pure function of the text, and `slot`
   * must stand for it alone: pass module-level functions, so no closure is built per call.
   */
  get<T>(slot: Slot, read: (text: string) => T): T {
    if ((this.done >>> slot) & 1) return this.values[slot] as T;
    const value = read(this.text);
    this.values[slot] = value;
    this.done |= 1 << slot;
    return value;
  }
}

/** The analysis of a name text (as given: callers that read the trimmed name trim inside their reader). */
export function nameAnalysis(ctx: FactContext, text: string): NameAnalysis {
  return ctx.shared('name-analysis', text, newAnalysis);
}

/** Passed to the cache as it is: no closure per lookup (~1,300 lookups a document). */
function newAnalysis(text: string): NameAnalysis {
  return new NameAnalysis(text);
}
