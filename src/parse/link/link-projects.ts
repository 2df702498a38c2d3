// Links each narrative project paragraph to the project table describing the same fund, one-to-one.
import type { NarrativePart, Project, ProjectTable } from '../../model/document.js';
import type { PartKind } from '../narrative/outline.js';
import { normalisedSimilarity, normaliseFundName } from './similarity.js';

/** Pairs scoring below this are not linked: better two unlinked parts than a wrong comparison. */
export const LINK_THRESHOLD = 0.4;
const NAME_WEIGHT = 0.8;
/** Equal amounts support a link but cannot make one alone (0.2 < threshold). */
const AMOUNT_WEIGHT = 0.2;

/** The table's fund name: its 项目名称, else its title without numbering and the 绩效目标表 suffix. */
export function tableFundName(table: ProjectTable): string | null {
  if (table.name) return table.name.text;
  if (!table.title) return null;
  const name = table.title.text
    .replace(/^\s*\d+\s*[.、．]\s*/, '')
    .replace(/(?:项目)?(?:支出)?绩效目标(?:申报)?表$/, '')
    .trim();
  return name === '' ? null : name;
}

function sameAmount(part: NarrativePart, table: ProjectTable): boolean {
  return part.amount !== null && table.budget !== null && Math.abs(part.amount.value - table.budget.value) < 0.005;
}

/** Link score 0–1: name similarity (weighted) plus a bonus when the amounts agree. */
export function linkScore(part: NarrativePart, table: ProjectTable): number {
  const tableName = tableFundName(table);
  return scoreOf(part, normaliseFundName(part.name.text), table, tableName === null ? null : normaliseFundName(tableName));
}

/** linkScore from the names normalised (normaliseFundName) beforehand; null: the table has no name. */
function scoreOf(part: NarrativePart, partName: string, table: ProjectTable, tableName: string | null): number {
  const similarity = tableName === null ? 0 : normalisedSimilarity(partName, tableName);
  const score = NAME_WEIGHT * similarity + (sameAmount(part, table) ? AMOUNT_WEIGHT : 0);
  return Math.round(score * 1000) / 1000;
}

/**
 * Builds the document's projects: basic funds first (they have no table), then the narrative
 * projects in narrative order, each with the table assigned to it, then the tables no
 * paragraph claimed. Assignment is greedy over all pairs, best score first, so a strong pair
 * is never broken up for a weaker one; ties keep document order, so the result is stable.
 */
export function linkProjects(parts: Array<{ kind: PartKind; part: NarrativePart }>, tables: ProjectTable[]): Project[] {
  // Pushed, not filtered and mapped: an optimised inlined map makes a HOLEY array where the interpreter
  // makes a PACKED one, and the differing map deoptimised the code below (forEach, push).
  const projectParts: NarrativePart[] = [];
  const projects: Project[] = [];
  for (const { kind, part } of parts) {
    if (kind === 'basic') projects.push({ kind: 'basic', name: part.name.text, narrative: part, table: null, linkScore: null });
    else if (kind === 'project') projectParts.push(part);
  }
  // Every part meets every table: each name is normalised once, not once per pair.
  const tableNames = tables.map((table) => {
    const name = tableFundName(table);
    return name === null ? null : normaliseFundName(name);
  });
  const pairs: Array<{ p: number; t: number; score: number }> = [];
  projectParts.forEach((part, p) => {
    const partName = normaliseFundName(part.name.text);
    tables.forEach((table, t) => pairs.push({ p, t, score: scoreOf(part, partName, table, tableNames[t] ?? null) }));
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.t - b.t);

  const tableOf = new Map<number, { t: number; score: number }>();
  const usedTables = new Set<number>();
  for (const pair of pairs) {
    if (pair.score < LINK_THRESHOLD) break;
    if (tableOf.has(pair.p) || usedTables.has(pair.t)) continue;
    tableOf.set(pair.p, { t: pair.t, score: pair.score });
    usedTables.add(pair.t);
  }

  projectParts.forEach((part, p) => {
    const link = tableOf.get(p);
    const table = link ? tables[link.t]! : null;
    projects.push({
      kind: 'project',
      name: (table && tableFundName(table)) ?? part.name.text,
      narrative: part,
      table,
      linkScore: link ? link.score : null,
    });
  });
  tables.forEach((table, t) => {
    if (usedTables.has(t)) return;
    projects.push({ kind: 'project', name: tableFundName(table) ?? `表${t + 1}`, narrative: null, table, linkScore: null });
  });
  return projects;
}
