// Parses a native document (DOCX, XLSX, HTML blocks) with the same table layer and narrative parser as text, then locates every span.
import type { Document, ProjectTable } from '../../model/document.js';
import { findYear, unitFromTables, unitNameFromGoal } from '../document-fields.js';
import { linkProjects } from '../link/link-projects.js';
import { parseNarrative } from '../narrative/parse-narrative.js';
import { tableYearSources, titleAbove } from '../parse-text.js';
import { readSheet } from '../table/sheet.js';
import { attachLocations } from './locate.js';
import { renderNative, type NativeView } from './render.js';
import type { NativeDocument } from './types.js';

/** The document model of a native document and the text view its spans refer to. */
export interface NativeParse {
  document: Document;
  view: NativeView;
}

/**
 * Renders the blocks into the text view, reads every grid (a run of tables with the short
 * paragraphs above it, or a sheet) with `readSheet`, and the lines above the first table with
 * the narrative parser. A document with a narrative takes its title and year from the
 * narrative first (as the Word export does); a bare grid from its tables. Finally every span
 * gets the native location of its first line ('Sheet1!C7', '表3 第5行 第4列', '第12段').
 * Pure: no I/O.
 */
export function parseNativeView(native: NativeDocument, filePath: string): NativeParse {
  const view = renderNative(native);
  const { lines } = view;
  const tables = view.grids.flatMap((rows) => readSheet(rows, false));
  // Set in place, not copied with { ...table, title }: the tables are this parse's own, and object spread
  // in optimised code made tables of another hidden class, a second map for every reader of tables.
  for (const t of tables) if (t.table.title === null) t.table.title = titleAbove(lines, t.table);
  const firstLine = tables.length === 0 ? Infinity : Math.min(...tables.map((t) => t.table.title?.span.line ?? t.firstLine));
  // As for text: the narrative is what stands above the first table (paragraphs, or a sheet's rows above it).
  const narrative = parseNarrative(lines.filter((l) => l.number < firstLine));
  // Pushed, not mapped, so unitFromTables and linkProjects meet the PACKED array they meet for text
  // (an optimised inlined map makes HOLEY ones).
  const projectTables: ProjectTable[] = [];
  for (const t of tables) projectTables.push(t.table);
  const unit = unitFromTables(projectTables);
  const hasNarrative = narrative.title !== null || narrative.overallGoal !== null || narrative.parts.length > 0;
  const tableTitles = projectTables.map((t) => t.title);
  const yearSources = hasNarrative
    ? [...narrative.overallGoalPieces, narrative.title, ...tableTitles, ...projectTables.flatMap((t) => tableYearSources(lines, t))]
    : [...tableTitles, ...projectTables.flatMap((t) => tableYearSources(lines, t)), ...narrative.overallGoalPieces];
  const document: Document = {
    filePath,
    format: native.format,
    unitCode: unit.unitCode,
    unitName: unit.unitName ?? unitNameFromGoal(narrative.overallGoalPieces),
    year: findYear(yearSources),
    title: hasNarrative ? (narrative.title ?? projectTables[0]?.title ?? null) : (projectTables[0]?.title ?? narrative.title),
    overallGoal: narrative.overallGoal,
    projects: linkProjects(narrative.parts, projectTables),
    lineCount: lines.length,
  };
  attachLocations(document, view.lineLocations);
  return { document, view };
}

/** The document model of a native document (see {@link parseNativeView}). */
export function parseNative(native: NativeDocument, filePath: string): Document {
  return parseNativeView(native, filePath).document;
}
