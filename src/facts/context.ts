// Builds fact contexts: a fresh per-document memo over one bounded text cache kept by each rule runner.
import type { FactContext } from './types.js';

/** Entries the per-linter text cache keeps before dropping the oldest (names repeat heavily across a bureau's files). */
export const SHARED_CACHE_LIMIT = 50_000;

/** A bounded insertion-ordered cache: when full, the oldest tenth is dropped. */
export class TextCache {
  private readonly entries = new Map<string, unknown>();
  constructor(private readonly limit = SHARED_CACHE_LIMIT) {}

  get<T>(key: string, compute: () => T): T {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = compute();
    if (this.entries.size >= this.limit) {
      let drop = Math.max(1, Math.floor(this.limit / 10));
      for (const oldest of this.entries.keys()) {
        this.entries.delete(oldest);
        if (--drop === 0) break;
      }
    }
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A context for one document: its own memo, the runner's shared text cache. */
export function createFactContext(shared: TextCache = new TextCache()): FactContext {
  const memo = new Map<string, unknown>();
  return {
    memo<T>(key: string, compute: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
    shared: (key, compute) => shared.get(key, compute),
  };
}
