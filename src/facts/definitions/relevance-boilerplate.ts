// Project facts about copy-paste between funds: how much of a project's indicator set (name + value) another project repeats.
import { defineFact, type FactContext, type ProjectSubject } from '../types.js';
import type { Document, Project } from '../../model/index.js';
import { normaliseForCompare } from '../../classify/similarity.js';

/** Too few indicators make any overlap look like copying; such funds are not compared. */
const MIN_INDICATORS = 3;

/** A project's indicators as "name|value" keys: the table's rows, or the narrative list when there is no table. */
function indicatorKeys(project: Project): Set<string> {
  const rows = project.table && project.table.indicators.length > 0 ? project.table.indicators : (project.narrative?.indicators ?? []);
  const keys = new Set<string>();
  for (const r of rows) {
    const name = normaliseForCompare(r.level3?.text ?? '');
    if (name === '') continue;
    // The three cells written together (an absent or empty cell adds nothing).
    const value = normaliseForCompare((r.symbol?.text ?? '') + (r.target?.text ?? '') + (r.unit?.text ?? ''));
    keys.add(`${name}|${value}`);
  }
  return keys;
}

interface Overlap {
  partner: string;
  shared: number;
  similarity: number;
}

/** For every project, the other project whose indicator set overlaps most (Jaccard), computed once per document. */
function overlaps(document: Document, ctx: FactContext): (Overlap | null)[] {
  return ctx.memo('boilerplate:overlaps', () => {
    const sets = document.projects.map(indicatorKeys);
    return sets.map((a, i) => {
      if (a.size < MIN_INDICATORS) return null;
      let best: Overlap | null = null;
      for (let j = 0; j < sets.length; j++) {
        const b = sets[j]!;
        if (i === j || b.size < MIN_INDICATORS) continue;
        let shared = 0;
        for (const k of a) if (b.has(k)) shared += 1;
        const similarity = shared / (a.size + b.size - shared);
        if (!best || similarity > best.similarity) best = { partner: document.projects[j]!.name, shared, similarity };
      }
      return best;
    });
  });
}

function overlapOf(s: ProjectSubject, ctx: FactContext): Overlap | null {
  return overlaps(s.document, ctx)[s.projectIndex] ?? null;
}

export const boilerplateSimilarity = defineFact({
  name: 'boilerplateSimilarity', scope: 'project', type: 'number',
  description: '本项目的指标集合（三级指标＋指标值）与其他项目最大的重合度（Jaccard 0–1，两位小数）；指标少于3个的项目为 0',
  compute: (s, ctx) => Number((overlapOf(s, ctx)?.similarity ?? 0).toFixed(2)),
});

export const boilerplatePartner = defineFact({
  name: 'boilerplatePartner', scope: 'project', type: 'string',
  description: '与本项目指标重合度最高的另一个项目的名称（没有时为空字符串）',
  compute: (s, ctx) => overlapOf(s, ctx)?.partner ?? '',
});

export const boilerplateShared = defineFact({
  name: 'boilerplateShared', scope: 'project', type: 'number',
  description: '与重合度最高的项目相同的指标（三级指标＋指标值）个数',
  compute: (s, ctx) => overlapOf(s, ctx)?.shared ?? 0,
});

export const RELEVANCE_BOILERPLATE_FACTS = [boilerplateSimilarity, boilerplatePartner, boilerplateShared];
