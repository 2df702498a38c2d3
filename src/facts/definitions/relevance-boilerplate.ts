// Project facts about copy-paste between funds: how much of a project's indicator set (name + value) another project repeats.
import { defineFact, type FactContext, type ProjectSubject } from '../types.js';
import type { Document, Indicator, Project } from '../../model/index.js';
import { normaliseForCompare } from '../../classify/similarity.js';
import { level3Analysis } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';
import { readCompared } from './structure-categories.js';

/** Too few indicators make any overlap look like copying; such funds are not compared. */
const MIN_INDICATORS = 3;

/** The rows compared of a project: the table's, or the narrative list when there is no table. */
function comparedRows(project: Project): readonly Indicator[] {
  return project.table && project.table.indicators.length > 0 ? project.table.indicators : (project.narrative?.indicators ?? []);
}

/** The compared names of a project's rows ('' for none), as duplicate-name checks compare them: kept with each name's analysis. */
function rowNames(project: Project, ctx: FactContext): string[] {
  // readCompared trims first, which changes nothing: normaliseForCompare drops white space.
  const rows = comparedRows(project);
  const names: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    names.push(r.level3 ? level3Analysis(ctx, r).get(SLOT.compared, readCompared) : '');
  }
  return names;
}

/**
 * A project's indicators as distinct "name|value" keys: how many there are, and those another project
 * may share. A name that no other row of the document has makes a key that no other row has, whatever
 * the value: such a row adds one to the count, and its value is not read. Most names are such.
 */
interface KeySet {
  size: number;
  /** The keys of the rows whose name another row also has. */
  shareable: Set<string>;
}

function indicatorKeys(project: Project, names: readonly string[], rowsPerName: ReadonlyMap<string, number>): KeySet {
  const rows = comparedRows(project);
  const shareable = new Set<string>();
  let unique = 0;
  for (let k = 0; k < rows.length; k++) {
    const name = names[k]!;
    if (name === '') continue;
    if (rowsPerName.get(name) === 1) {
      unique += 1;
      continue;
    }
    const r = rows[k]!;
    // The three cells written together (an absent or empty cell adds nothing).
    const value = normaliseForCompare((r.symbol?.text ?? '') + (r.target?.text ?? '') + (r.unit?.text ?? ''));
    shareable.add(`${name}|${value}`);
  }
  return { size: unique + shareable.size, shareable };
}

/** How many compared rows of the document have each name. */
function countRowsPerName(names: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of names) for (const name of list) if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

interface Overlap {
  partner: string;
  shared: number;
  similarity: number;
}

/** For every project, the other project whose indicator set overlaps most (Jaccard), computed once per document. */
function overlaps(document: Document, ctx: FactContext): (Overlap | null)[] {
  return ctx.memo('boilerplate:overlaps', () => {
    // Lists pushed, not mapped, here and in rowNames: an optimised map returns a holey list and an
    // interpreted one a packed list, and the loops reading them were deoptimised on the kind they had not seen.
    const projects = document.projects;
    const names: string[][] = [];
    for (let i = 0; i < projects.length; i++) names.push(rowNames(projects[i]!, ctx));
    const rowsPerName = countRowsPerName(names);
    const sets: KeySet[] = [];
    for (let i = 0; i < projects.length; i++) sets.push(indicatorKeys(projects[i]!, names[i]!, rowsPerName));
    const found: (Overlap | null)[] = [];
    for (let i = 0; i < sets.length; i++) {
      const a = sets[i]!;
      if (a.size < MIN_INDICATORS) {
        found.push(null);
        continue;
      }
      let best: Overlap | null = null;
      for (let j = 0; j < sets.length; j++) {
        const b = sets[j]!;
        if (i === j || b.size < MIN_INDICATORS) continue;
        let shared = 0;
        // Most projects have no key another row shares: nothing to count then, and no Set iterator is made.
        if (a.shareable.size > 0 && b.shareable.size > 0) for (const k of a.shareable) if (b.shareable.has(k)) shared += 1;
        const similarity = shared / (a.size + b.size - shared);
        if (!best || similarity > best.similarity) best = { partner: projects[j]!.name, shared, similarity };
      }
      found.push(best);
    }
    return found;
  });
}

function overlapOf(s: ProjectSubject, ctx: FactContext): Overlap | null {
  return overlaps(s.document, ctx)[s.projectIndex] ?? null;
}

export const boilerplateSimilarity = defineFact({
  name: 'boilerplateSimilarity', scope: 'project', type: 'number',
  description: '本项目的指标集合（三级指标＋指标值）与其他项目最大的重合度（Jaccard 0–1，两位小数）；指标少于3个的项目为 0',
  compute(s, ctx) {
    const similarity = overlapOf(s, ctx)?.similarity ?? 0;
    // Most projects share nothing: 0 needs no rounding through a string.
    return similarity === 0 ? 0 : Number(similarity.toFixed(2));
  },
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
