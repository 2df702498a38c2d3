// Picks the grid reader for a text by content: the first reader, in a fixed order, whose grid holds a table.
import { splitLines, type TextLine } from '../lines.js';
import { canonicalLabel, columnRole } from '../table/labels.js';
import { readSheet, type SheetTable } from '../table/sheet.js';
import { readBlankLineCells } from './blank-line.js';
import { readCellLines } from './cell-lines.js';
import { detectDelimiter, readDelimited } from './delimited.js';
import { readPipeTables } from './pipe.js';
import { readSpacedRows } from './spaced.js';
import type { GridLayout, TextGrid } from './types.js';

export interface GridReading {
  layout: GridLayout;
  grids: TextGrid[];
  tables: SheetTable[];
}

/** Share of a spaced header line's tokens that must be column labels: a run-together paragraph never qualifies. */
const SPACED_HEADER_SHARE = 0.6;
/** More tokens than this on a line and it is not a header line (the widest indicator header has about 15 columns). */
const MAX_SPACED_HEADER_TOKENS = 200;

/** True when some line, split at spaces, is mostly column labels with at least four known roles. */
function hasSpacedHeader(lines: TextLine[]): boolean {
  return lines.some((line) => {
    const tokens = line.text.trim().split(/[ \t\u3000\u00a0]+/).filter((t) => t !== '');
    // A header has a dozen labels; classifying the millions of tokens of a one-line file would take seconds for nothing.
    if (tokens.length < 4 || tokens.length > MAX_SPACED_HEADER_TOKENS) return false;
    // One counting loop, not map() and filters: an optimised inlined map makes a HOLEY array where the
    // interpreter makes a PACKED one, and the filters after it met both maps.
    let known = 0;
    let labelled = 0;
    let hasLevel = false;
    for (const token of tokens) {
      const role = columnRole(token);
      if (role !== null) known++;
      if (role !== null || /指标|目标|分值|权重|备注|解释/.test(canonicalLabel(token))) labelled++;
      if (role === 'level2' || role === 'level3') hasLevel = true;
    }
    return known >= 4 && labelled / tokens.length >= SPACED_HEADER_SHARE && hasLevel;
  });
}

type Reader = (lines: TextLine[]) => TextGrid[];

const READERS: Array<{ layout: GridLayout; read: Reader }> = [
  { layout: 'pipe', read: readPipeTables },
  { layout: 'cell-lines', read: (lines) => [readCellLines(lines)].filter((g): g is TextGrid => g !== null) },
  {
    layout: 'delimited',
    read: (lines) => {
      const d = detectDelimiter(lines);
      const grid = d === null ? null : readDelimited(lines, d);
      return grid ? [grid] : [];
    },
  },
  { layout: 'blank-line', read: (lines) => [readBlankLineCells(lines)].filter((g): g is TextGrid => g !== null) },
  {
    layout: 'spaced',
    read: (lines) => {
      const grid = hasSpacedHeader(lines) ? readSpacedRows(lines) : null;
      return grid ? [grid] : [];
    },
  },
];

/** Reads `lines` with one layout's reader; null when its grids hold no table. */
export function readAs(layout: GridLayout, lines: TextLine[]): GridReading | null {
  const reader = READERS.find((r) => r.layout === layout)!;
  const grids = reader.read(lines);
  // Pipe tables separated by blank lines (a Markdown block table above the indicator table) are read as one grid.
  const tables =
    layout === 'pipe'
      ? readSheet(grids.flatMap((g) => g.rows), false)
      : grids.flatMap((g) => readSheet(g.rows, g.stream, g.layout === 'spaced'));
  return tables.length > 0 ? { layout, grids, tables } : null;
}

/**
 * Tries the readers in order — pipe tables, one cell per line ending in " |", delimited
 * (CSV/TSV/;), blank-line-separated cells, space-separated rows — and returns the first reading
 * that finds a table (an indicator header with rows or with a block above it). Null when none does.
 */
export function readTextGrids(lines: TextLine[]): GridReading | null {
  for (const { layout } of READERS) {
    const reading = readAs(layout, lines);
    if (reading) return reading;
  }
  return null;
}

/** The layout `parseText` would read the text with, or null when it holds no table in any text grid layout. */
export function detectGridLayout(text: string): GridLayout | null {
  return readTextGrids(splitLines(text))?.layout ?? null;
}

export function looksLikePipeTables(text: string): boolean {
  return readAs('pipe', splitLines(text)) !== null;
}

export function looksLikeCellLines(text: string): boolean {
  return readAs('cell-lines', splitLines(text)) !== null;
}

export function looksLikeDelimited(text: string): boolean {
  return readAs('delimited', splitLines(text)) !== null;
}

export function looksLikeBlankLineCells(text: string): boolean {
  return readAs('blank-line', splitLines(text)) !== null;
}

export function looksLikeSpacedRows(text: string): boolean {
  return readAs('spaced', splitLines(text)) !== null;
}
