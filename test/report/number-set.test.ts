// NumberSet: a rule's files as bits; the count must match a Set's however the numbers come.
import { describe, expect, it } from 'vitest';
import { NumberSet } from '../../src/report/number-set.js';

describe('NumberSet', () => {
  it('counts each number once', () => {
    const set = new NumberSet();
    for (const n of [0, 31, 32, 0, 31, 5]) set.add(n);
    expect(set.size).toBe(4);
    expect([0, 5, 31, 32].every((n) => set.has(n))).toBe(true);
    expect(set.has(1)).toBe(false);
    expect(set.has(33)).toBe(false);
  });

  it('grows for numbers far past its first words, keeping what it held', () => {
    const set = new NumberSet();
    set.add(3);
    set.add(100_000);
    set.add(257);
    expect(set.size).toBe(3);
    expect(set.has(3) && set.has(257) && set.has(100_000)).toBe(true);
    expect(set.has(99_999)).toBe(false);
    expect(set.has(10_000_000)).toBe(false);
  });

  it('agrees with a Set on random numbers', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 5000;
    const set = new NumberSet();
    const reference = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const n = next();
      set.add(n);
      reference.add(n);
    }
    expect(set.size).toBe(reference.size);
    for (let n = 0; n < 5000; n++) expect(set.has(n)).toBe(reference.has(n));
  });
});
