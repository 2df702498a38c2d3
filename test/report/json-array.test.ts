// jsonArrayItem/jsonArrayClose: an array written item by item has the bytes JSON.stringify(…, null, 2) gives it at any depth.
import { describe, expect, it } from 'vitest';
import { jsonArrayClose, jsonArrayItem, jsonArrayItems } from '../../src/report/json-array.js';

/** `items` as an array `depth` levels deep: inside that many one-member objects. */
function nested(items: unknown[], depth: number): unknown {
  let value: unknown = items;
  for (let level = 0; level < depth; level++) value = { [`k${level}`]: value };
  return value;
}

/** The array written piece by piece, between the text before and after it in the whole. */
function written(items: unknown[], depth: number): string {
  const whole = JSON.stringify(nested(items, depth), null, 2);
  const empty = JSON.stringify(nested([], depth), null, 2);
  const at = empty.lastIndexOf('[]');
  const body = items.map((item, i) => jsonArrayItem(item, depth, i === 0)).join('');
  const text = `${empty.slice(0, at + 1)}${body}${jsonArrayClose(depth, items.length === 0)}${empty.slice(at + 2)}`;
  expect(text).toBe(whole);
  return text;
}

const VALUES: unknown[] = [
  { ruleId: 'basis-missing', message: '指标值“≥95%”\n换行 [] ] , {', line: 3, path: ['projects', 0, 'table'], related: [] },
  [],
  {},
  [[1, [2, []]], { a: {} }],
  '"results": []\n]',
  0,
  -1.5e-7,
  null,
  true,
  { deep: { deeper: { deepest: [{ x: 'y' }, []] } } },
];

describe('jsonArrayItem', () => {
  it('writes each item at its depth as JSON.stringify(whole, null, 2) does, for depths 0 to 6', () => {
    for (let depth = 0; depth <= 6; depth++) {
      written(VALUES, depth);
      for (const value of VALUES) written([value], depth);
    }
  });

  it('closes an empty array right after its "[" and a full one on a line of its own', () => {
    for (let depth = 0; depth <= 3; depth++) written([], depth);
    expect(jsonArrayClose(2, true)).toBe(']');
    expect(jsonArrayClose(2, false)).toBe('\n    ]');
  });

  it('writes several items at once as it writes them one by one, in any split, and nothing for none', () => {
    for (let depth = 0; depth <= 6; depth++) {
      const oneByOne = VALUES.map((value, i) => jsonArrayItem(value, depth, i === 0)).join('');
      expect(jsonArrayItems(VALUES, depth, true)).toBe(oneByOne);
      for (let cut = 0; cut <= VALUES.length; cut++) {
        const head = VALUES.slice(0, cut);
        expect(jsonArrayItems(head, depth, true) + jsonArrayItems(VALUES.slice(cut), depth, head.length === 0)).toBe(oneByOne);
      }
      expect(jsonArrayItems([], depth, false)).toBe('');
    }
  });

  it('starts every item but the first with a comma', () => {
    expect(jsonArrayItem({ a: 1 }, 0, true)).toBe('\n  {\n    "a": 1\n  }');
    expect(jsonArrayItem({ a: 1 }, 1, false)).toBe(',\n    {\n      "a": 1\n    }');
  });
});
