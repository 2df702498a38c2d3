// largestDeductions keeps what a stable sort of all deductions would put first, ties included.
import { describe, expect, it } from 'vitest';
import { byId, largestDeductions, type RankedDeduction } from '../../src/report/ranking-records.js';

/** The first `limit` of a stable sort (what largestDeductions did before it kept them by insertion). */
function reference(deductions: RankedDeduction[], limit: number): RankedDeduction[] {
  return [...deductions]
    .sort((a, b) => b.points - a.points || byId(a.ruleId, b.ruleId) || byId(a.project ?? '', b.project ?? ''))
    .slice(0, limit)
    .map(({ ruleId, points, project }) => (project === undefined ? { ruleId, points } : { ruleId, points, project }));
}

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('largestDeductions', () => {
  it('names the largest first, ties by rule id and then project, and drops the project only where there is none', () => {
    const deductions: RankedDeduction[] = [
      { ruleId: 'b', points: 5 }, { ruleId: 'a', points: 5, project: 'p2' }, { ruleId: 'a', points: 5, project: 'p1' },
      { ruleId: 'c', points: 10 }, { ruleId: 'z', points: 0 },
    ];
    expect(largestDeductions(deductions)).toEqual([{ ruleId: 'c', points: 10 }, { ruleId: 'a', points: 5, project: 'p1' }, { ruleId: 'a', points: 5, project: 'p2' }]);
    expect(largestDeductions([])).toEqual([]);
  });

  it('equals a stable sort cut to the limit over random lists full of ties', () => {
    const next = random(42);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    for (let round = 0; round < 2000; round++) {
      const deductions = Array.from({ length: Math.floor(next() * 30) }, (): RankedDeduction => {
        const project = pick([undefined, '', 'p1', 'p2']);
        const d = { ruleId: pick(['a', 'b', 'c']), points: pick([0, 1, 2, 5, 5.5]) };
        return project === undefined ? d : { ...d, project };
      });
      for (const limit of [0, 1, 2, 3, 5, 40]) expect(largestDeductions(deductions, limit), `round ${round}, limit ${limit}`).toEqual(reference(deductions, limit));
    }
  });
});
