// The scopes in the order rules run, and the subjects of a document for each.
import type { Document } from '../model/index.js';
import type { Scope } from './rule-schema.js';
import type { Subject } from '../facts/types.js';
import { documentSubject, indicatorSubjects, projectSubjects } from '../facts/subjects.js';

export const SCOPES: readonly Scope[] = ['document', 'project', 'indicator'];

/** The subjects a scope's rules look at: the document, each project, or each indicator row. */
export function subjectsOf(document: Document, scope: Scope): Subject[] {
  if (scope === 'document') return [documentSubject(document)];
  if (scope === 'project') return projectSubjects(document);
  return indicatorSubjects(document);
}
