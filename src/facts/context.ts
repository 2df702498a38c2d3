// Builds fact contexts: a fresh per-document memo over one bounded text cache kept by each rule runner.
import type { FactContext } from './types.js';

/** Entries the per-linter text cache keeps before dropping the oldest (names repeat heavily across a bureau's files). */
export const SHARED_CACHE_LIMIT = 10_000;

/** Entries each family remembers as read last: an indicator's facts read its 一级, 二级 and 三级 texts in turn. */
const RECENT = 4;

/** One family's entries, and the few read last (rules read one subject's facts one after another, so the same keys come many times in a row). */
interface Family {
  entries: Map<string, unknown>;
  recentKeys: (string | undefined)[];
  recentValues: unknown[];
  /** Where the next recent entry goes (round robin). */
  next: number;
}

/** Bounded per-family caches: when the total reaches the limit, the oldest tenth of the fullest family is dropped. */
export class TextCache {
  private readonly families = new Map<string, Family>();
  private total = 0;
  constructor(private readonly limit = SHARED_CACHE_LIMIT) {}

  get<T>(family: string, key: string, compute: (key: string) => T): T {
    let kept = this.families.get(family);
    if (kept === undefined) {
      kept = { entries: new Map(), recentKeys: new Array<string | undefined>(RECENT).fill(undefined), recentValues: new Array<unknown>(RECENT).fill(undefined), next: 0 };
      this.families.set(family, kept);
    }
    // A string object read a moment ago compares by pointer: no hashing, no map probe.
    const { recentKeys } = kept;
    for (let i = 0; i < RECENT; i++) if (recentKeys[i] === key) return kept.recentValues[i] as T;
    const { entries } = kept;
    let value = entries.get(key) as T | undefined;
    if (value === undefined && !entries.has(key)) {
      // Kept, and computed from, a copy of the key: see detachedText.
      const own = detachedText(key);
      value = compute(own);
      if (this.total >= this.limit) this.dropOldest();
      entries.set(own, value);
      this.total += 1;
    }
    recentKeys[kept.next] = key;
    kept.recentValues[kept.next] = value;
    kept.next = (kept.next + 1) % RECENT;
    return value as T;
  }

  private dropOldest(): void {
    let fullest: Family | undefined;
    for (const kept of this.families.values()) if (!fullest || kept.entries.size > fullest.entries.size) fullest = kept;
    const { entries } = fullest!;
    let drop = Math.max(1, Math.floor(entries.size / 10));
    for (const oldest of entries.keys()) {
      entries.delete(oldest);
      this.total -= 1;
      if (--drop === 0) break;
    }
    // Recent entries may have been dropped; forget them so the family holds nothing beyond its map.
    fullest!.recentKeys.fill(undefined);
    fullest!.recentValues.fill(undefined);
  }

  get size(): number {
    return this.total;
  }
}

/**
 * A copy of a text that shares no memory with the string it came from. A document's texts are mostly
 * slices (V8 SlicedString) or joins (ConsString) of the whole file's text, and each keeps that text
 * alive: a cache entry keyed by one, or holding a substring of one, kept its entire document for the
 * linter's lifetime (28 MB of a worker's heap after 4,000 documents, for ~10,000 entries). Joining
 * makes a new string; slicing it flattens that into fresh memory, which the result refers to instead.
 */
export function detachedText(text: string): string {
  return (' ' + text).slice(1);
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
