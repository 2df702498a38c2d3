// Contracts of the fact layer: subjects (what a rule looks at), anchors (where it points) and fact definitions.
import type { Document, Indicator, Project, Span } from '../model/index.js';
import type { RelatedLocation } from '../model/result.js';
import type { Scope } from '../engine/rule-schema.js';

export type Path = (string | number)[];

/** A named place inside a subject a finding can point at (the 指标值 cell, the 项目名称 …). */
export interface Anchor {
  span: Span;
  path: Path;
}

/** One element of a list fact: a problem found at a precise place, with the data its message needs. */
export interface LocatedItem {
  span: Span;
  path: Path;
  data: Record<string, string | number | null>;
  related?: RelatedLocation[];
}

export type FactValue = string | number | boolean | null | string[] | LocatedItem[];
export type FactType = 'string' | 'number' | 'boolean' | 'string[]' | 'list';

interface SubjectBase {
  document: Document;
  path: Path;
  /** Where findings on this subject may point; always has 'default'. */
  anchors: Record<string, Anchor>;
}
export interface DocumentSubject extends SubjectBase {
  scope: 'document';
}
export interface ProjectSubject extends SubjectBase {
  scope: 'project';
  project: Project;
  projectIndex: number;
}
export interface IndicatorSubject extends SubjectBase {
  scope: 'indicator';
  project: Project;
  projectIndex: number;
  part: 'table' | 'narrative';
  indicator: Indicator;
  indicatorIndex: number;
}
export type Subject = DocumentSubject | ProjectSubject | IndicatorSubject;
export type SubjectFor<S extends Scope> = Extract<Subject, { scope: S }>;

/** How facts reuse work: a per-document memo, and a per-linter cache for pure functions of text. */
export interface FactContext {
  /** Per document: derived values of this document (parsed values, project totals) computed once. */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Per linter, across documents: results that depend only on the text in `key` (a name's category
   * prediction, a normalised label), kept apart by `family`. Bounded (oldest entries dropped), so a
   * batch of 20,000 files does not grow it without limit. Never put anything document-specific here.
   * Pass the text itself as the key when it is one text: V8 keeps a string's hash, so no new key
   * string is built and hashed per call. `compute` receives the key, so a module-level function can
   * be passed instead of a closure built per call.
   */
  shared<T>(family: string, key: string, compute: (key: string) => T): T;
}

export interface FactDefinition<S extends Scope = Scope> {
  name: string;
  scope: S;
  type: FactType;
  /** Chinese description shown by `--print-facts` and in rule docs. */
  description: string;
  /** For list facts: the keys each item's `data` carries (checked against message placeholders). */
  itemKeys?: readonly string[];
  compute(subject: SubjectFor<S>, ctx: FactContext): FactValue;
}

/** Helper that keeps the scope type of a definition precise. */
export function defineFact<S extends Scope>(def: FactDefinition<S>): FactDefinition<S> {
  return def;
}
