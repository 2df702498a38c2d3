// The fact context: a per-document memo and a bounded per-linter text cache kept apart by family.
import { describe, expect, it } from 'vitest';
import { createFactContext, TextCache } from '../../src/facts/context.js';

describe('TextCache', () => {
  it('computes once per family and key', () => {
    const cache = new TextCache();
    let calls = 0;
    const compute = () => ++calls;
    expect(cache.get('a', '满意度', compute)).toBe(1);
    expect(cache.get('a', '满意度', compute)).toBe(1);
    expect(cache.get('b', '满意度', compute)).toBe(2);
    expect(calls).toBe(2);
  });

  it('keeps null results instead of recomputing them', () => {
    const cache = new TextCache();
    let calls = 0;
    cache.get('a', 'x', () => (calls++, null));
    cache.get('a', 'x', () => (calls++, null));
    expect(calls).toBe(1);
  });

  it('stays within its limit, dropping the oldest entries of the fullest family', () => {
    const cache = new TextCache(100);
    for (let i = 0; i < 1000; i++) cache.get('names', `n${i}`, () => i);
    cache.get('units', 'u', () => 'kept');
    expect(cache.size).toBeLessThanOrEqual(100);
    let recomputed = false;
    cache.get('names', 'n0', () => ((recomputed = true), 0));
    expect(recomputed).toBe(true);
    expect(cache.get('units', 'u', () => 'again')).toBe('kept');
  });
});

describe('createFactContext', () => {
  it('memoises per document and shares the text cache between documents', () => {
    const shared = new TextCache();
    const first = createFactContext(shared);
    const second = createFactContext(shared);
    let memo = 0;
    first.memo('k', () => ++memo);
    second.memo('k', () => ++memo);
    expect(memo).toBe(2);
    let text = 0;
    first.shared('f', 'k', () => ++text);
    second.shared('f', 'k', () => ++text);
    expect(text).toBe(1);
  });
});
