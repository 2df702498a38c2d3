// One per-linter cache entry per 三级 name holding every reading the indicator facts take from the name alone.
import type { FactContext } from '../types.js';

/**
 * The readings of one name text, each worked out on first use. Names repeat across a bureau's files
 * (99 % of the generated corpus), so the analyses live in the per-linter text cache. They share one
 * entry per name rather than one cache family each: a family per reading would hold the same ~1,000
 * names a dozen times over and crowd the value cache out of its bounded room.
 */
export class NameAnalysis {
  private readonly slots = new Map<string, unknown>();

  constructor(readonly text: string) {}

  /**
   * `read(text)` for this name, computed once. `read` must be a pure function of the text, and `slot`
   * must name it alone: pass module-level functions, so no closure is built per call.
   */
  get<T>(slot: string, read: (text: string) => T): T {
    const found = this.slots.get(slot);
    if (found !== undefined || this.slots.has(slot)) return found as T;
    const value = read(this.text);
    this.slots.set(slot, value);
    return value;
  }
}

/** The analysis of a name text (as given: callers that read the trimmed name trim inside their reader). */
export function nameAnalysis(ctx: FactContext, text: string): NameAnalysis {
  return ctx.shared('name-analysis', text, () => new NameAnalysis(text));
}

/** The 三级 name of an indicator as written, the key of its analysis. */
export function level3Analysis(ctx: FactContext, level3: { text: string } | null): NameAnalysis {
  return nameAnalysis(ctx, level3?.text ?? '');
}
