// The benchmark's synthetic corpus generator: deterministic for a seed, and its documents parse into indicators. No timings here.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { CaseDocumentSchema } from '../../src/testing/case-schema.js';
import { generateCase, generateDocument, generateRange, mulberry32 } from './generate.mjs';

describe('bench corpus generator', () => {
  it('mulberry32 gives the same stream for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is deterministic for a seed and varies with the seed and the index', () => {
    const first = generateRange(7, 0, 5) as string[];
    expect(generateRange(7, 0, 5)).toEqual(first);
    expect(generateDocument(7, 3)).toBe(first[3]);
    expect(generateRange(8, 0, 5)).not.toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('produces schema-valid cases whose documents parse into projects with indicators', () => {
    for (let i = 0; i < 20; i++) {
      expect(() => CaseDocumentSchema.parse(generateCase(1, i))).not.toThrow();
      const doc = parseText(generateDocument(1, i) as string, `<gen ${i}>`);
      expect(doc.projects.length).toBeGreaterThan(0);
      const indicators = doc.projects.reduce((n, p) => n + (p.table?.indicators.length ?? 0) + (p.narrative?.indicators.length ?? 0), 0);
      expect(indicators).toBeGreaterThan(0);
    }
  });
});
