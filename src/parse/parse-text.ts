// Parses a plain-text document into the document model: the cell-per-line export first, else a text grid layout.
import type { Document, ProjectTable } from '../model/document.js';
import type { SourcedText } from '../model/span.js';
import { parseTableRegion } from './cell-per-line/parse-table.js';
import { splitLayout } from './cell-per-line/regions.js';
import { findYear, unitFromTables, unitNameFromGoal } from './document-fields.js';
import { sliceOf, splitLines, type TextLine } from './lines.js';
import { linkProjects } from './link/link-projects.js';
import { parseNarrative } from './narrative/parse-narrative.js';
import { isTitleText } from './table/sheet.js';
import { readTextGrids } from './text-grid/detect.js';
import type { GridLayout } from './text-grid/types.js';

/** The format name a text grid layout reports (FileResult.format). */
const FORMAT: Record<GridLayout, string> = {
  pipe: 'markdown',
  'cell-lines': 'text',
  delimited: 'csv',
  'blank-line': 'text',
  spaced: 'text',
};

/** Lines above a table that may still carry its year ("（2022年度）" under the title) and its block. */
const YEAR_REACH = 3;

/** How far above an untitled table its title may stand as a line of text (a notice's attachment title). */
const TITLE_REACH = 4;

/** The nearest line above the table that reads as a table title, for a table whose grid has none. */
export function titleAbove(lines: TextLine[], table: ProjectTable): SourcedText | null {
  for (let n = table.span.line - 1; n >= 1 && n >= table.span.line - TITLE_REACH; n--) {
    const line = lines[n - 1]!;
    // A Markdown heading's # marks are not part of the title.
    const piece = sliceOf(line, /^\s*#*/.exec(line.text)![0].length);
    if (piece && isTitleText(piece.text)) return piece;
  }
  return null;
}

/** The text lines from a little above a table down to its header, where titles, subtitles and blocks put the year. */
export function tableYearSources(lines: TextLine[], table: ProjectTable): SourcedText[] {
  const from = Math.max(1, table.span.line - YEAR_REACH);
  const headerLine = table.header.find((h) => h.text !== '')?.span.line ?? table.span.endLine;
  const sources: SourcedText[] = [];
  for (let n = from; n <= Math.min(headerLine, lines.length); n++) {
    const piece = sliceOf(lines[n - 1]!, 0);
    if (piece) sources.push(piece);
  }
  return sources;
}

/**
 * The tables' titles, pushed rather than mapped: an optimised inlined map makes a HOLEY array where
 * the interpreter makes a PACKED one, and the spread that reads them met both maps.
 */
function titlesOf(tables: readonly ProjectTable[]): (SourcedText | null)[] {
  const titles: (SourcedText | null)[] = [];
  for (const table of tables) titles.push(table.title);
  return titles;
}

/**
 * Parses `text`. The Word plain-text export (narrative, then project tables written one
 * TAB-led cell per line) is recognised first. Otherwise the text grid readers are tried in
 * order (pipe tables, " |"-terminated cell lines, CSV/TSV, blank-line-separated cells,
 * space-separated rows); the narrative parser reads the lines above the first table. Text with
 * no table in any layout yields its narrative only. `format` overrides the reported format.
 * Pure: no I/O, no shared state.
 */
export function parseText(text: string, filePath: string, format?: string): Document {
  const lines = splitLines(text);
  const layout = splitLayout(lines);
  if (layout.tables.length === 0) {
    const reading = readTextGrids(lines);
    if (reading !== null) {
      // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
      // PACKED one, and the readers of the tables (unitFromTables, linkProjects) met both maps.
      const tables: ProjectTable[] = [];
      for (const t of reading.tables) {
        // Set in place, not copied with { ...table, title }: the table is this parse's own, and object
        // spread in optimised code made tables of another hidden class.
        if (t.table.title === null) t.table.title = titleAbove(lines, t.table);
        tables.push(t.table);
      }
      // A title found above the grid ("## 1.…绩效目标表") belongs to the table, not to the narrative.
      const firstLine = Math.min(...reading.tables.map((t, i) => Math.min(t.firstLine, tables[i]!.title?.span.line ?? Infinity)));
      const narrative = parseNarrative(lines.slice(0, firstLine - 1));
      const unit = unitFromTables(tables);
      const delimiter = reading.grids[0]?.delimiter;
      return {
        filePath,
        format: format ?? (delimiter === '\t' ? 'tsv' : FORMAT[reading.layout]),
        unitCode: unit.unitCode,
        unitName: unit.unitName ?? unitNameFromGoal(narrative.overallGoalPieces),
        year: findYear([...titlesOf(tables), ...tables.flatMap((t) => tableYearSources(lines, t)), ...narrative.overallGoalPieces]),
        title: tables[0]?.title ?? narrative.title,
        overallGoal: narrative.overallGoal,
        projects: linkProjects(narrative.parts, tables),
        lineCount: lines.length,
      };
    }
  }
  const narrative = parseNarrative(layout.narrative);
  // Pushed, not map().filter(), for the same reason as above.
  const tables: ProjectTable[] = [];
  for (const region of layout.tables) {
    const table = parseTableRegion(region);
    if (table !== null) tables.push(table);
  }
  const unit = unitFromTables(tables);
  return {
    filePath,
    format: format ?? 'text',
    unitCode: unit.unitCode,
    unitName: unit.unitName ?? unitNameFromGoal(narrative.overallGoalPieces),
    year: findYear([...narrative.overallGoalPieces, narrative.title, ...titlesOf(tables)]),
    title: narrative.title,
    overallGoal: narrative.overallGoal,
    projects: linkProjects(narrative.parts, tables),
    lineCount: lines.length,
  };
}
