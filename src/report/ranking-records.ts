// Compact per-document and per-project records for the ranking reports (html, summary): what a ranking, chart or list shows, kept instead of the results.
import type { Deduction, FileResult, Grade, ProjectScore } from '../model/result.js';
import { displayPath } from './paths.js';
import { StringTable } from './string-table.js';
import { TextStore } from './text-store.js';
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
  // The first `limit` of a sort, kept by insertion as they come: a document has dozens of deductions and a ranking
  // names three, so sorting a copy of them all (html and summary do it per document and per project) was waste.
  const top: RankedDeduction[] = [];
  for (const d of deductions) {
    let at = top.length;
    while (at > 0 && compareDeductions(d, top[at - 1]!) < 0) at -= 1;
    if (at >= limit) continue;
    top.splice(at, 0, d);
    if (top.length > limit) top.pop();
  }
  return top.map(({ ruleId, points, project }) => (project === undefined ? { ruleId, points } : { ruleId, points, project }));
}

/** Larger points first, then by rule id, then by project. */
function compareDeductions(a: RankedDeduction, b: RankedDeduction): number {
  return b.points - a.points || byId(a.ruleId, b.ruleId) || byId(a.project ?? '', b.project ?? '');
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

/*
 * Packed records: what a ranking writer keeps per document until its end. A DocumentRecord is some forty small
 * objects (projects, their deductions, arrays); packed, it is one JSON string of tuples in which rule ids, grades,
 * kinds, formats and consequences are numbers into the writer's StringTable, and a document deduction names its
 * project by position. JSON keeps every value the records hold (strings, finite numbers, null).
 */

/** [rule id's number, points] or [rule id's number, points, position of the named project]. */
type PackedDeduction = [number, number] | [number, number, number];
/** [name, kind, budget, value, grade, gatedBy, largest]. */
type PackedProject = [string, number, number | null, number, number, number[], PackedDeduction[]];
/** [value, grade, consequence, largest]. */
type PackedScore = [number, number, number, PackedDeduction[]];
/** [filePath, path (null when it is filePath), format, fatal, errors, warnings, infos, score, projects]. */
type PackedDocument = [string, string | null, number, string | null, number, number, number, PackedScore | null, PackedProject[]];

/** A project's name as a document deduction names it (see documentDeductions). */
const shownName = (project: ProjectRecord, unnamed: string): string => project.name || unnamed;

function packDeductions(deductions: readonly RankedDeduction[], strings: StringTable, projects: readonly ProjectRecord[], unnamed: string): PackedDeduction[] {
  return deductions.map((d) => {
    if (d.project === undefined) return [strings.id(d.ruleId), d.points];
    return [strings.id(d.ruleId), d.points, projects.findIndex((p) => shownName(p, unnamed) === d.project)];
  });
}

function unpackDeductions(packed: readonly PackedDeduction[], strings: StringTable, projects: readonly ProjectRecord[], unnamed: string): RankedDeduction[] {
  return packed.map(([rule, points, at]) =>
    at === undefined ? { ruleId: strings.text(rule), points } : { ruleId: strings.text(rule), points, project: shownName(projects[at]!, unnamed) },
  );
}

function packProject(p: ProjectRecord, strings: StringTable): PackedProject {
  const id = (text: string): number => strings.id(text);
  return [p.name, id(p.kind), p.budget, p.value, id(p.grade), p.gatedBy.map(id), packDeductions(p.largest, strings, [], '')];
}

function unpackProject([name, kind, budget, value, grade, gatedBy, largest]: PackedProject, strings: StringTable): ProjectRecord {
  const text = (id: number): string => strings.text(id);
  return {
    name,
    kind: text(kind) as ProjectRecord['kind'],
    budget,
    value,
    grade: text(grade) as Grade,
    gatedBy: gatedBy.map(text),
    largest: unpackDeductions(largest, strings, [], ''),
  };
}

export function packRecord(d: DocumentRecord, strings: StringTable, unnamed: string): string {
  const score: PackedScore | null = d.score
    ? [d.score.value, strings.id(d.score.grade), strings.id(d.score.consequence), packDeductions(d.score.largest, strings, d.projects, unnamed)]
    : null;
  const path = d.path === d.filePath ? null : d.path;
  const packed: PackedDocument = [d.filePath, path, strings.id(d.format), d.fatal ?? null, d.errors, d.warnings, d.infos, score, d.projects.map((p) => packProject(p, strings))];
  return JSON.stringify(packed);
}

/** The record packRecord packed, as the index-th of the batch; `unnamed` must be the wording it was packed with. */
export function unpackRecord(text: string, index: number, strings: StringTable, unnamed: string): DocumentRecord {
  const [filePath, path, format, fatal, errors, warnings, infos, score, packedProjects] = JSON.parse(text) as PackedDocument;
  const projects = packedProjects.map((p) => unpackProject(p, strings));
  return {
    index,
    filePath,
    path: path ?? filePath,
    format: strings.text(format),
    fatal: fatal ?? undefined,
    errors,
    warnings,
    infos,
    score: score
      ? {
          value: score[0],
          grade: strings.text(score[1]) as Grade,
          consequence: strings.text(score[2]),
          largest: unpackDeductions(score[3], strings, projects, unnamed),
        }
      : undefined,
    projects,
  };
}

/** The documents of a ranking report so far, packed as they come and unpacked all at once at the end. */
export interface RecordStore {
  /** Packs the result's record and gives it, for what the writer writes at once (html's drill-down). */
  add(result: FileResult): DocumentRecord;
  /** Every record, in file order. */
  records(): DocumentRecord[];
}

export function recordStore(cwd: string, unnamedProject: string): RecordStore {
  const strings = new StringTable();
  // Outside the heap: ~1 KB a document, 20 MB for 20,000 (text-store.ts).
  const packed = new TextStore();
  return {
    add(result) {
      const record = documentRecord(result, packed.size, cwd, unnamedProject);
      packed.add(packRecord(record, strings, unnamedProject));
      return record;
    },
    records: () => Array.from({ length: packed.size }, (_, index) => unpackRecord(packed.get(index), index, strings, unnamedProject)),
  };
}
