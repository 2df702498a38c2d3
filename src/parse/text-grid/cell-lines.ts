// Reads html tables flattened one cell per line ("cell |"), where "cell | |||" and a bare "|" end a row.
import { isBlank, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';
import { cellFromPieces, wholeLinePieces } from './cells.js';
import type { GridRow, TextGrid } from './types.js';

/** How many text lines without a pipe may open a cell that a "… |" line closes. */
const MAX_OPEN_LINES = 3;

/** A line of the dump: its content before the first pipe, and how many pipes follow (only pipes and spaces may follow). */
interface CellLine {
  line: TextLine;
  contentEnd: number;
  pipes: number;
}

/** "text |" → 1 pipe, "text | |||" → 4 pipes, "|" → 0 content and 1 pipe; null for a line that is not a cell line. */
export function readCellLine(line: TextLine): CellLine | null {
  const first = line.text.indexOf('|');
  if (first === -1) return null;
  const rest = line.text.slice(first);
  if (!/^[|\s]*$/.test(rest)) return null;
  return { line, contentEnd: first, pipes: (rest.match(/\|/g) ?? []).length };
}

interface RawRow {
  cells: Cell[];
  padding: number;
  /** True when the row was closed by padding or a bare pipe, false when the text ended inside it. */
  closed: boolean;
}

/**
 * Reads the dump. Each "content |" line is a cell; text lines right before it (at most a few,
 * once the table has begun) are the first lines of the same cell. A line "content | |||" is a
 * cell followed by padding — one pipe per cell merged away — and ends the row; a bare "|" ends
 * the row too. The table width is the most common cells-plus-padding count; a row longer than
 * that (a row end the converter did not write) is cut into rows of that width.
 */
export function readCellLines(lines: TextLine[]): TextGrid | null {
  const raw: RawRow[] = [];
  let cells: Cell[] = [];
  let open: TextLine[] = [];
  let started = false;
  let firstLine = 0;
  let lastLine = 0;

  const endRow = (padding: number, closed: boolean): void => {
    if (cells.length > 0) raw.push({ cells, padding, closed });
    cells = [];
  };

  for (const line of lines) {
    const cl = readCellLine(line);
    if (cl === null) {
      if (isBlank(line.text)) {
        open = [];
      } else if (started) {
        open.push(line);
        if (open.length > MAX_OPEN_LINES) open = open.slice(-MAX_OPEN_LINES);
      }
      continue;
    }
    const hasContent = line.text.slice(0, cl.contentEnd).trim() !== '';
    if (!started) firstLine = line.number;
    started = true;
    lastLine = line.number;
    if (!hasContent && cl.pipes === 1) {
      // A bare "|": the text lines before it were not a cell.
      open = [];
      endRow(0, true);
      continue;
    }
    const pieces = wholeLinePieces(open);
    pieces.push({ line, start: 0, end: cl.contentEnd });
    open = [];
    cells.push(cellFromPieces(pieces));
    if (cl.pipes > 1) endRow(cl.pipes - 1, true);
  }
  // Text after the last cell line is a cell the excerpt cut off.
  if (open.length > 0 && started) {
    cells.push(cellFromPieces(wholeLinePieces(open)));
    lastLine = open[open.length - 1]!.number;
  }
  endRow(0, false);
  if (raw.length === 0) return null;
  return { layout: 'cell-lines', rows: cutRows(raw), stream: false, firstLine, lastLine };
}

/** The most common cells-plus-padding count among padded rows (the table width), or 0 when no row is padded. */
function tableWidth(raw: RawRow[]): number {
  const counts = new Map<number, number>();
  for (const r of raw) {
    if (r.padding === 0) continue;
    const w = r.cells.length + r.padding;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) {
    // On a tie the narrower width wins: a row longer than the table is the anomaly (a missing row end).
    if (c > bestCount || (c === bestCount && w < best)) {
      best = w;
      bestCount = c;
    }
  }
  return best;
}

function cutRows(raw: RawRow[]): GridRow[] {
  const width = tableWidth(raw);
  const rows: GridRow[] = [];
  for (const r of raw) {
    let cells = r.cells;
    let padding = r.padding;
    while (width > 0 && cells.length + padding > width && cells.length > width) {
      rows.push({ cells: cells.slice(0, width), complete: true, padding: 0 });
      cells = cells.slice(width);
    }
    const reached = width === 0 ? r.closed : cells.length + padding >= width;
    rows.push({ cells, complete: r.closed && reached, padding });
  }
  return rows;
}
