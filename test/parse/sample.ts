// Loads the sample document for parser tests: the corpus copy when present, else the shared original.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText } from '../../src/parse/index.js';
import type { Document, Project } from '../../src/model/document.js';

const NAME = '000_88a2649a8df46961.txt';
const CANDIDATES = [resolve(__dirname, '../../corpus', NAME), resolve(__dirname, '../../../shared/samples', NAME)];

export const samplePath = CANDIDATES.find((p) => existsSync(p)) ?? CANDIDATES[1]!;
export const sampleText = readFileSync(samplePath, 'utf8');
/** The sample's lines, 1-based access via line(n). */
export const sampleLines = sampleText.split('\n');
export const line = (n: number): string => sampleLines[n - 1]!;
export const sampleDoc: Document = parseText(sampleText, 'corpus/' + NAME);

/** 1-based column of the first occurrence of `needle` on line `n` (from an optional column). */
export function columnOf(n: number, needle: string, fromColumn = 1): number {
  const index = line(n).indexOf(needle, fromColumn - 1);
  if (index === -1) throw new Error(`"${needle}" not on line ${n}`);
  return index + 1;
}

export function projectByTableName(doc: Document, name: string): Project {
  const project = doc.projects.find((p) => p.table?.name?.text === name);
  if (!project) throw new Error(`no table named ${name}`);
  return project;
}

export function projectByNarrativeName(doc: Document, name: string): Project {
  const project = doc.projects.find((p) => p.narrative?.name.text === name);
  if (!project) throw new Error(`no narrative part named ${name}`);
  return project;
}
