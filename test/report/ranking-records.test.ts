// largestDeductions keeps what a stable sort of all deductions would put first, ties included; the record store gives back the records it was given, ranked as a stable sort ranks them.
import { describe, expect, it } from 'vitest';
import type { FileResult, ProjectScore } from '../../src/model/result.js';
import { byId, documentRecord, largestDeductions, recordStore, type RankedDeduction } from '../../src/report/ranking-records.js';
import { all } from './fixtures.js';

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

/** A scored result with projects of the given scores (and a nameless one where a name is ''); the document's score is `value`. */
function scored(file: string, value: number, projects: [string, number][]): FileResult {
  const project = ([name, score]: [string, number], i: number): ProjectScore => ({
    name, kind: i === 0 ? 'basic' : 'project', path: ['projects', i], budget: i === 0 ? null : 10 * i, value: score, grade: score >= 90 ? '优' : score >= 60 ? '中' : '差',
    dimensions: {}, deductions: [{ ruleId: `r${i}`, dimension: 'measurability', count: 1, points: 100 - score }], gatedBy: score < 60 ? ['gate'] : [], indicators: [],
  });
  return {
    filePath: file, format: 'text', errorCount: 1, warningCount: 0, infoCount: 0, messages: [],
    score: { value, grade: value >= 90 ? '优' : value >= 60 ? '中' : '差', consequence: '协商完善', documentDeductions: [{ ruleId: 'doc', dimension: 'completeness', count: 1, points: 2 }], projects: projects.map(project) },
  };
}

/** Stable ranking of items by a value, highest first, items without one last (what the reports did before the store ranked numbers). */
function stableRanking(values: (number | undefined)[]): number[] {
  return values.map((value, index) => ({ value, index })).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.index - b.index).map(({ index }) => index);
}

describe('recordStore', () => {
  const results: FileResult[] = [
    ...all,
    scored('/repo/b.txt', 75, [['甲', 80], ['', 75]]),
    scored('/repo/c.txt', 90, [['乙', 80]]),
    scored('/repo/d.txt', 75, [['丙', 95], ['丁', 40], ['甲', 80]]),
  ];

  it('gives back each record as documentRecord made it, its projects by their own numbers in file order', () => {
    const store = recordStore('/repo', '（未命名）');
    const made = results.map((r) => store.add(r));
    expect(made).toEqual(results.map((r, i) => documentRecord(r, i, '/repo', '（未命名）')));
    expect(store.size).toBe(results.length);
    const projects = made.flatMap((d) => d.projects.map((project) => ({ project, document: d.index })));
    expect(store.projectCount).toBe(projects.length);
    for (const d of made) {
      const { projects: _, ...rest } = d;
      expect(store.document(d.index)).toEqual(rest);
      expect(store.path(d.index)).toBe(d.path);
      expect(store.score(d.index)).toBe(d.score?.value);
      expect(store.grade(d.index)).toBe(d.score?.grade);
      expect(store.fatalDocuments().includes(d.index)).toBe(d.fatal !== undefined);
    }
    projects.forEach((p, n) => expect(store.project(n)).toEqual(p));
    // A document deduction names its project as the document's list shows it, the nameless one included.
    expect(store.document(made.length - 3).score!.largest).toContainEqual({ ruleId: 'r1', points: 25, project: '（未命名）' });
  });

  it('ranks documents and projects as a stable sort of their scores does: unscored documents last, ties in file order', () => {
    const store = recordStore('/repo', '（未命名）');
    const made = results.map((r) => store.add(r));
    expect(store.rankedDocuments()).toEqual(stableRanking(made.map((d) => d.score?.value)));
    expect(store.rankedProjects()).toEqual(stableRanking(made.flatMap((d) => d.projects.map((p) => p.value))));
    // The fixture has ties and unscored files, so the ranking is more than the order given.
    expect(store.rankedDocuments()).not.toEqual(made.map((d) => d.index));
  });
});
