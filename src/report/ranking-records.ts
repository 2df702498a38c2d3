// Compact per-document and per-project records for the ranking reports (html, summary): what a ranking, chart or list shows, kept instead of the results.
import type { Deduction, FileResult, Grade, ProjectScore } from '../model/result.js';
import { displayPath } from './paths.js';
import { StringTable } from './string-table.js';
import { TextStore, type BlockKeeper } from './text-store.js';
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
 * objects (projects, their deductions, arrays); packed, a document is one JSON string of tuples and each of its
 * projects another, in which rule ids, grades, kinds, formats and consequences are numbers into the writer's
 * StringTable. JSON keeps every value the records hold (strings, finite numbers, null).
 */

/** [rule id's number, points] or [rule id's number, points, the project's name as the document's list shows it]. */
type PackedDeduction = [number, number] | [number, number, string];
/** [name, kind, budget, value, grade, gatedBy, largest]. */
type PackedProject = [string, number, number | null, number, number, number[], PackedDeduction[]];
/** [value, grade, consequence, largest]. */
type PackedScore = [number, number, number, PackedDeduction[]];
/** [filePath, path (null when it is filePath), format, fatal, errors, warnings, infos, score]; its projects go apart. */
type PackedDocument = [string, string | null, number, string | null, number, number, number, PackedScore | null];

function packDeductions(deductions: readonly RankedDeduction[], strings: StringTable): PackedDeduction[] {
  return deductions.map((d) => (d.project === undefined ? [strings.id(d.ruleId), d.points] : [strings.id(d.ruleId), d.points, d.project]));
}

function unpackDeductions(packed: readonly PackedDeduction[], strings: StringTable): RankedDeduction[] {
  return packed.map(([rule, points, project]) => (project === undefined ? { ruleId: strings.text(rule), points } : { ruleId: strings.text(rule), points, project }));
}

function packProject(p: ProjectRecord, strings: StringTable): string {
  const id = (text: string): number => strings.id(text);
  const packed: PackedProject = [p.name, id(p.kind), p.budget, p.value, id(p.grade), p.gatedBy.map(id), packDeductions(p.largest, strings)];
  return JSON.stringify(packed);
}

function unpackProject(text: string, strings: StringTable): ProjectRecord {
  const [name, kind, budget, value, grade, gatedBy, largest] = JSON.parse(text) as PackedProject;
  const word = (id: number): string => strings.text(id);
  return { name, kind: word(kind) as ProjectRecord['kind'], budget, value, grade: word(grade) as Grade, gatedBy: gatedBy.map(word), largest: unpackDeductions(largest, strings) };
}

/** A document's record without its projects (a ranking reads those by their own number). */
export type RankedDocument = Omit<DocumentRecord, 'projects'>;

function packDocument(d: RankedDocument, strings: StringTable): string {
  const score: PackedScore | null = d.score ? [d.score.value, strings.id(d.score.grade), strings.id(d.score.consequence), packDeductions(d.score.largest, strings)] : null;
  const path = d.path === d.filePath ? null : d.path;
  const packed: PackedDocument = [d.filePath, path, strings.id(d.format), d.fatal ?? null, d.errors, d.warnings, d.infos, score];
  return JSON.stringify(packed);
}

/** The document packDocument packed, as the index-th of the batch. */
function unpackDocument(text: string, index: number, strings: StringTable): RankedDocument {
  const [filePath, path, format, fatal, errors, warnings, infos, score] = JSON.parse(text) as PackedDocument;
  return {
    index,
    filePath,
    path: path ?? filePath,
    format: strings.text(format),
    fatal: fatal ?? undefined,
    errors,
    warnings,
    infos,
    score: score ? { value: score[0], grade: strings.text(score[1]) as Grade, consequence: strings.text(score[2]), largest: unpackDeductions(score[3], strings) } : undefined,
  };
}

/** The numbers of items ranked by their values (item n's at n), highest first; -Infinity (no score) last; ties in number order. */
function rankedNumbers(values: readonly number[]): number[] {
  return Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
}

/**
 * The documents of a ranking report so far. Each is packed as it comes (its projects too, one by one); what
 * every ranking and count needs of it (its score and grade, whether it is fatal, its projects' scores) stays as a
 * few numbers; the end ranks those and decodes a record only as its row is made. Unpacked all at once, the records
 * of 20,000 files were ~800,000 objects (70 MB of the heap at the html report's end, twice that with the summary).
 */
export interface RecordStore {
  /** Packs the result's record and gives it, for what the writer writes at once (html's drill-down). */
  add(result: FileResult): DocumentRecord;
  /** Documents so far. */
  readonly size: number;
  /** Projects so far, numbered over the batch in file order. */
  readonly projectCount: number;
  /** The n-th document. */
  document(n: number): RankedDocument;
  /** The n-th document's path as shown. */
  path(n: number): string;
  /** The n-th document's score; undefined when it could not be scored. */
  score(n: number): number | undefined;
  /** The n-th document's grade; undefined when it could not be scored. */
  grade(n: number): Grade | undefined;
  /** The numbers of the documents that could not be checked, in file order. */
  fatalDocuments(): readonly number[];
  /** The n-th project and the number of its document. */
  project(n: number): { project: ProjectRecord; document: number };
  /** Document numbers, highest score first; unscored ones last; ties in file order. */
  rankedDocuments(): number[];
  /** Project numbers, highest score first; ties in file order. */
  rankedProjects(): number[];
}

/** `blocks` makes the keeper of each of its text stores (ReportContext.blocks); in memory without it. */
export function recordStore(cwd: string, unnamedProject: string, blocks?: () => BlockKeeper): RecordStore {
  const strings = new StringTable();
  // Outside the heap (text-store.ts): ~1 KB a document, 20 MB for 20,000.
  const documents = new TextStore(blocks?.());
  // Each path again on its own: a project's row shows its document's path, read without decoding the document.
  const paths = new TextStore(blocks?.());
  const projects = new TextStore(blocks?.());
  const scores: number[] = [];
  const grades: number[] = [];
  const fatal: number[] = [];
  const projectScores: number[] = [];
  const projectDocuments: number[] = [];
  return {
    add(result) {
      const n = documents.size;
      const record = documentRecord(result, n, cwd, unnamedProject);
      documents.add(packDocument(record, strings));
      paths.add(record.path);
      scores.push(record.score?.value ?? -Infinity);
      grades.push(record.score ? strings.id(record.score.grade) : -1);
      if (record.fatal !== undefined) fatal.push(n);
      for (const project of record.projects) {
        projects.add(packProject(project, strings));
        projectScores.push(project.value);
        projectDocuments.push(n);
      }
      return record;
    },
    get size() {
      return documents.size;
    },
    get projectCount() {
      return projects.size;
    },
    document: (n) => unpackDocument(documents.get(n), n, strings),
    path: (n) => paths.get(n),
    score: (n) => (grades[n]! < 0 ? undefined : scores[n]),
    grade: (n) => (grades[n]! < 0 ? undefined : (strings.text(grades[n]!) as Grade)),
    fatalDocuments: () => fatal,
    project: (n) => ({ project: unpackProject(projects.get(n), strings), document: projectDocuments[n]! }),
    rankedDocuments: () => rankedNumbers(scores),
    rankedProjects: () => rankedNumbers(projectScores),
  };
}
