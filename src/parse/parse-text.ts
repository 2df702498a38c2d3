// Parses a plain-text document (narrative, then cell-per-line project tables) into the document model.
import type { Document, ProjectTable } from '../model/document.js';
import { parseTableRegion } from './cell-per-line/parse-table.js';
import { splitLayout } from './cell-per-line/regions.js';
import { findYear, unitFromTables, unitNameFromGoal } from './document-fields.js';
import { splitLines } from './lines.js';
import { linkProjects } from './link/link-projects.js';
import { parseNarrative } from './narrative/parse-narrative.js';

/**
 * Parses `text` as the plain-text export: the narrative (overall goal, one paragraph and one
 * indicator list per fund) followed by project tables written one cell per line. Text without
 * such tables still yields its narrative. Pure: no I/O, no shared state.
 */
export function parseText(text: string, filePath: string, format = 'text'): Document {
  const lines = splitLines(text);
  const layout = splitLayout(lines);
  const narrative = parseNarrative(layout.narrative);
  const tables = layout.tables.map(parseTableRegion).filter((t): t is ProjectTable => t !== null);
  const unit = unitFromTables(tables);
  return {
    filePath,
    format,
    unitCode: unit.unitCode,
    unitName: unit.unitName ?? unitNameFromGoal(narrative.overallGoalPieces),
    year: findYear([...narrative.overallGoalPieces, narrative.title, ...tables.map((t) => t.title)]),
    title: narrative.title,
    overallGoal: narrative.overallGoal,
    projects: linkProjects(narrative.parts, tables),
    lineCount: lines.length,
  };
}
