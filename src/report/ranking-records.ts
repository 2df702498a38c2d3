// Compact per-document and per-project records for the ranking reports (html, summary): what a ranking, chart or list shows, kept instead of the results.
import type { Deduction, FileResult, Grade, ProjectScore } from '../model/result.js';
import { displayPath } from './paths.js';
import { errorsOf } from './summary.js';

/** How many deductions a record keeps, largest first: every ranking names at most three. */
export const TOP_DEDUCTIONS = 3;

/** A deduction as a ranking names it; `project` is set when it comes from one of several projects of a document. */
export interface RankedDeduction {
  ruleId: string;
  points: number;
  project?: string;
}

export interface ProjectRecord {
  name: string;
  kind: ProjectScore['kind'];
  budget: number | null;
  value: number;
  grade: Grade;
  gatedBy: readonly string[];
  /** The project's largest deductions (at most TOP_DEDUCTIONS), zero-point ones included. */
  largest: RankedDeduction[];
}

export interface DocumentRecord {
  /** Position in the batch: anchors (doc-1, …) and the order ties keep. */
  index: number;
  /** The path as given, for counting distinct files; `path` is what is shown. */
  filePath: string;
  path: string;
  format: string;
  /** The fatal error's message when the file could not be checked. */
  fatal: string | undefined;
  errors: number;
  warnings: number;
  infos: number;
  score: { value: number; grade: Grade; consequence: string; largest: RankedDeduction[] } | undefined;
  projects: ProjectRecord[];
}

export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The largest deductions first; ties by rule id, then by project. Keeping the first few of all of them gives
 * the same list as first dropping those of zero points (the summary does): those sort after every positive one.
 */
export function largestDeductions(deductions: readonly RankedDeduction[], limit = TOP_DEDUCTIONS): RankedDeduction[] {
  return [...deductions]
    .sort((a, b) => b.points - a.points || byId(a.ruleId, b.ruleId) || byId(a.project ?? '', b.project ?? ''))
    .slice(0, limit)
    .map(({ ruleId, points, project }) => (project === undefined ? { ruleId, points } : { ruleId, points, project }));
}

/** Stable ranking: by score, highest first; unscored (fatal) items last; ties keep the given order. */
export function ranked<T>(items: readonly T[], score: (item: T) => number | undefined): T[] {
  return items
    .map((item, index) => ({ item, index, value: score(item) }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.index - b.index)
    .map(({ item }) => item);
}

/** A document's deductions: its own, and each project's (named, when it has more than one project). */
function documentDeductions(projects: readonly ProjectScore[], own: readonly Deduction[], unnamed: string): RankedDeduction[] {
  const many = projects.length > 1;
  return [...own, ...projects.flatMap((p) => p.deductions.map((d) => (many ? { ...d, project: p.name || unnamed } : d)))];
}

function projectRecord(p: ProjectScore): ProjectRecord {
  return { name: p.name, kind: p.kind, budget: p.budget, value: p.value, grade: p.grade, gatedBy: [...p.gatedBy], largest: largestDeductions(p.deductions) };
}

/**
 * The record of the index-th result. `unnamedProject` names a nameless project in a document's deduction list,
 * before sorting (the name is a tie-break), so it is the caller's wording.
 */
export function documentRecord(result: FileResult, index: number, cwd: string, unnamedProject: string): DocumentRecord {
  const { score } = result;
  return {
    index,
    filePath: result.filePath,
    path: displayPath(result.filePath, cwd),
    format: result.format,
    fatal: result.fatal ? result.fatal.message : undefined,
    errors: errorsOf(result),
    warnings: result.warningCount,
    infos: result.infoCount,
    score: score && {
      value: score.value,
      grade: score.grade,
      consequence: score.consequence,
      largest: largestDeductions(documentDeductions(score.projects, score.documentDeductions, unnamedProject)),
    },
    projects: (score?.projects ?? []).map(projectRecord),
  };
}
