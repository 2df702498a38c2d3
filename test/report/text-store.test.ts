// TextStore: texts kept as UTF-8 outside the heap come back as they went in, across blocks of any size.
import { describe, expect, it } from 'vitest';
import { TextStore } from '../../src/report/text-store.js';

describe('TextStore', () => {
  it('gives each text back by its number', () => {
    const store = new TextStore();
    const texts = ['', 'doc-1.txt', '乡镇人大工作站经费 −2.5', '["a",1,null,"𠀋"]', 'x'.repeat(100)];
    const numbers = texts.map((t) => store.add(t));
    expect(numbers).toEqual([0, 1, 2, 3, 4]);
    expect(store.size).toBe(5);
    texts.forEach((t, i) => expect(store.get(i)).toBe(t));
  });

  it('keeps texts across many blocks, and one larger than a block whole', () => {
    const store = new TextStore();
    const texts: string[] = [];
    for (let i = 0; i < 30_000; i++) texts.push(`${i}:${'绩效目标'.repeat(i % 40)}`);
    texts.push('大'.repeat(600_000)); // 1.8 MB of UTF-8: larger than a block
    texts.push('after');
    for (const t of texts) store.add(t);
    texts.forEach((t, i) => expect(store.get(i)).toBe(t));
  });

  it('refuses a number it never gave', () => {
    const store = new TextStore();
    store.add('a');
    expect(() => store.get(1)).toThrow(RangeError);
    expect(() => store.get(-1)).toThrow(RangeError);
    expect(() => store.get(0.5)).toThrow(RangeError);
  });

  it('gives a lone surrogate back as U+FFFD, as UTF-8 output would write it', () => {
    const store = new TextStore();
    store.add('a\uD800b');
    expect(store.get(0)).toBe('a\uFFFDb');
  });
});
