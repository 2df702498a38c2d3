// Builds fact contexts: a fresh per-document memo over one bounded text cache kept by each rule runner.
import type { FactContext } from './types.js';

/** Entries the per-linter text cache keeps before dropping the oldest (names repeat heavily across a bureau's files). */
export const SHARED_CACHE_LIMIT = 10_000;

/** Bounded per-family caches: when the total reaches the limit, the oldest tenth of the fullest family is dropped. */
export class TextCache {
  private readonly families = new Map<string, Map<string, unknown>>();
  private total = 0;
  constructor(private readonly limit = SHARED_CACHE_LIMIT) {}

  get<T>(family: string, key: string, compute: () => T): T {
    let entries = this.families.get(family);
    if (entries === undefined) {
      entries = new Map();
      this.families.set(family, entries);
    }
    const found = entries.get(key);
    if (found !== undefined || entries.has(key)) return found as T;
    const value = compute();
    if (this.total >= this.limit) this.dropOldest();
    entries.set(key, value);
    this.total += 1;
    return value;
  }

  private dropOldest(): void {
    let fullest: Map<string, unknown> | undefined;
    for (const entries of this.families.values()) if (!fullest || entries.size > fullest.size) fullest = entries;
    let drop = Math.max(1, Math.floor(fullest!.size / 10));
    for (const oldest of fullest!.keys()) {
      fullest!.delete(oldest);
      this.total -= 1;
      if (--drop === 0) break;
    }
  }

  get size(): number {
    return this.total;
  }
}

/** A context for one document: its own memo, the runner's shared text cache. */
export function createFactContext(shared: TextCache = new TextCache()): FactContext {
  const memo = new Map<string, unknown>();
  return {
    memo<T>(key: string, compute: () => T): T {
      const found = memo.get(key);
      if (found !== undefined || memo.has(key)) return found as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
    shared: (family, key, compute) => shared.get(family, key, compute),
  };
}
