// Regroups chunks of cells into grid rows of the header's width, for rows that blank lines cut apart.
import { emptySpanAt } from '../lines.js';
import type { Cell } from '../table/cell.js';

/** Fills a short row up to `width` with empty cells placed right after its last cell. */
function pad(row: Cell[], width: number): Cell[] {
  const { endLine, endColumn } = row[row.length - 1]!.span;
  const fillers = Array.from({ length: width - row.length }, (): Cell => ({ text: '', span: emptySpanAt(endLine, endColumn), lines: [] }));
  return [...row, ...fillers];
}

/**
 * A row is complete when it has as many cells as the header. A chunk that is too short is
 * joined with the following chunks until the row is full (the export sometimes puts blank
 * lines between the cells of one row). A chunk that is a full row by itself, or that would
 * overflow the pending row, starts a new row instead: the pending one is then kept padded
 * rather than shifting every later row by a column.
 */
export function assembleRows(chunks: Cell[][], width: number): Cell[][] {
  const rows: Cell[][] = [];
  let pending: Cell[] = [];
  const flush = (): void => {
    if (pending.length > 0) rows.push(pending.length < width ? pad(pending, width) : pending);
    pending = [];
  };

  for (const chunk of chunks) {
    if (width <= 0) {
      rows.push(chunk);
      continue;
    }
    if (pending.length > 0 && (chunk.length >= width || pending.length + chunk.length > width)) flush();
    // An all-empty chunk cannot start a row (it is a stray separator), but it can fill a pending one.
    if (pending.length === 0 && chunk.every((c) => c.text === '') && chunk.length < width) continue;
    for (const cell of chunk) {
      pending.push(cell);
      if (pending.length === width) flush();
    }
  }
  flush();
  return rows;
}
