// Reads pipe tables ("| a | b |", Markdown, and html-to-text dumps with "| |||" padding) into rows of cells.
import { isBlank, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';
import { cellFromPieces, splitBreaks, type LinePiece } from './cells.js';
import type { GridRow, TextGrid } from './types.js';

/** How many pipe-less lines may continue an open cell before a pipe line picks the row up again. */
const MAX_CONTINUATION = 5;

/** One line split at its pipes. */
interface PipeLine {
  line: TextLine;
  /** The pieces between pipes; the empty piece before a leading pipe and after a trailing pipe are not included. */
  pieces: LinePiece[];
  /** True when the line does not end with a pipe: its last cell may continue on the next line. */
  openEnd: boolean;
}

/** A Markdown rule line: every piece is dashes with optional alignment colons. */
function isRuleLine(pieces: LinePiece[]): boolean {
  return pieces.length > 0 && pieces.every((p) => /^\s*:?-{2,}:?\s*$/.test(p.line.text.slice(p.start, p.end)));
}

function splitPipes(line: TextLine): PipeLine | null {
  const text = line.text;
  if (!text.includes('|')) return null;
  const bounds: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '|') bounds.push(i);
  const pieces: LinePiece[] = [];
  let from = 0;
  for (const b of bounds) {
    pieces.push({ line, start: from, end: b });
    from = b + 1;
  }
  pieces.push({ line, start: from, end: text.length });
  const startsWithPipe = text.trimStart().startsWith('|');
  const endsWithPipe = text.trimEnd().endsWith('|');
  if (startsWithPipe) pieces.shift();
  if (endsWithPipe) pieces.pop();
  return { line, pieces, openEnd: !endsWithPipe };
}

/** A zero-length piece: the padding html-to-text converters write for cells merged away ("| |||"). */
function isPadding(p: LinePiece): boolean {
  return p.end === p.start;
}

interface RowBuild {
  /** Cells under construction, each as the pieces it spans. */
  cells: LinePiece[][];
  padding: number;
  openEnd: boolean;
}

function addLine(row: RowBuild, pl: PipeLine): void {
  const pieces = [...pl.pieces];
  // The first piece of a line continues the previous line's open cell.
  if (row.openEnd && row.cells.length > 0 && pieces.length > 0) {
    row.cells[row.cells.length - 1]!.push(pieces.shift()!);
  }
  // Padding counts only at the end of the line; a zero-length piece inside it is an empty cell.
  let trailing = 0;
  while (trailing < pieces.length && isPadding(pieces[pieces.length - 1 - trailing]!)) trailing++;
  // A line made only of pipes still opens one (empty) cell.
  if (trailing === pieces.length && trailing > 0 && row.cells.length === 0) trailing--;
  pieces.slice(0, pieces.length - trailing).forEach((p) => row.cells.push([p]));
  row.padding += trailing;
  row.openEnd = pl.openEnd;
}

function width(row: RowBuild): number {
  return row.cells.length + row.padding;
}

/** How many pieces a line adds to a row (one less when it continues the row's open cell). */
function piecesAdded(row: RowBuild, pl: PipeLine): number {
  return pl.pieces.length - (row.openEnd && row.cells.length > 0 && pl.pieces.length > 0 ? 1 : 0);
}

/**
 * Reads every pipe table in the lines. A table is a run of lines with pipes; its width is the
 * largest number of cells on one line. A row is one line, or several when a line holds fewer
 * cells than the width and the next lines complete it (a cell or a header wrapped over lines).
 * A line without pipes continues an open cell (the line did not end with a pipe) when a pipe
 * line follows within a few lines. Trailing zero-length pieces are padding, not cells; a row is
 * complete when its cells and padding reach the width.
 */
export function readPipeTables(lines: TextLine[]): TextGrid[] {
  const grids: TextGrid[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = splitPipes(lines[i]!);
    if (first === null || isRuleLine(first.pieces)) {
      i++;
      continue;
    }
    // Collect the table's lines: pipe lines, and pipe-less lines that continue an open cell.
    const tableLines: Array<PipeLine | TextLine> = [];
    let j = i;
    while (j < lines.length) {
      const pl = splitPipes(lines[j]!);
      if (pl !== null) {
        tableLines.push(pl);
        j++;
        continue;
      }
      const previous = tableLines[tableLines.length - 1];
      const open = previous !== undefined && 'pieces' in previous && previous.openEnd;
      let k = j;
      while (k < lines.length && k - j < MAX_CONTINUATION && !lines[k]!.text.includes('|') && !isBlank(lines[k]!.text)) k++;
      if (!open || k === j || k >= lines.length || !lines[k]!.text.includes('|')) break;
      for (let m = j; m < k; m++) tableLines.push(lines[m]!);
      j = k;
    }
    if (isPipeTable(tableLines)) grids.push(buildGrid(tableLines));
    i = j;
  }
  return grids;
}

/**
 * A run of lines is a pipe table when several of its lines hold two or more cells with content.
 * One-cell lines ending in pipes ("cell |", "cell | |||") are the cell-lines layout instead.
 */
function isPipeTable(tableLines: Array<PipeLine | TextLine>): boolean {
  const pipeLines = tableLines.filter((l): l is PipeLine => 'pieces' in l);
  const multi = pipeLines.filter((pl) => pl.pieces.filter((p) => p.line.text.slice(p.start, p.end).trim() !== '').length >= 2).length;
  return multi >= 2 && multi * 4 >= pipeLines.length;
}

function buildGrid(tableLines: Array<PipeLine | TextLine>): TextGrid {
  const pipeLines = tableLines.filter((l): l is PipeLine => 'pieces' in l && !isRuleLine(l.pieces));
  const tableWidth = Math.max(...pipeLines.map((pl) => pl.pieces.length));
  const rows: GridRow[] = [];
  let row: RowBuild | null = null;
  const flush = (truncated: boolean): void => {
    if (row === null) return;
    // A Markdown cell writes its line breaks as <br>.
    // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
    // PACKED one, and the table readers met both maps.
    const cells: Cell[] = [];
    for (const pieces of row.cells) cells.push(cellFromPieces(pieces.flatMap(splitBreaks)));
    rows.push({ cells, complete: !truncated && width(row) >= tableWidth, padding: row.padding });
    row = null;
  };

  for (let n = 0; n < tableLines.length; n++) {
    const entry = tableLines[n]!;
    if (!('pieces' in entry)) {
      // A pipe-less continuation line: part of the open cell.
      if (row !== null && row.cells.length > 0) row.cells[row.cells.length - 1]!.push({ line: entry, start: 0, end: entry.text.length });
      continue;
    }
    if (isRuleLine(entry.pieces)) continue;
    if (row !== null && (width(row) >= tableWidth || width(row) + piecesAdded(row, entry) > tableWidth)) flush(false);
    if (row === null) row = { cells: [], padding: 0, openEnd: false };
    addLine(row, entry);
  }
  // The text ends inside a row that has not reached the width: the excerpt cut it.
  const lastRow = row as RowBuild | null;
  flush(lastRow !== null && width(lastRow) < tableWidth);
  const lineOf = (entry: PipeLine | TextLine): TextLine => ('pieces' in entry ? entry.line : entry);
  const firstLine = lineOf(tableLines[0]!).number;
  const lastLine = lineOf(tableLines[tableLines.length - 1]!).number;
  return { layout: 'pipe', rows, stream: false, firstLine, lastLine };
}
