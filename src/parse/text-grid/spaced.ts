// Reads text where each table row is one line and cells are separated by spaces (docx/pdf text extraction).
import { isBlank, sliceOf, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';
import type { GridRow, TextGrid } from './types.js';

const SEPARATOR = /[ \t\u3000\u00a0]+/g;

/** The space-separated tokens of a line as cells, each with its exact span. */
export function spacedCells(line: TextLine): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (end: number): void => {
    const slice = sliceOf(line, from, end);
    if (slice) cells.push({ text: slice.text, span: slice.span, lines: [slice] });
  };
  for (const m of line.text.matchAll(SEPARATOR)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.text.length);
  return cells;
}

/**
 * Reads every non-blank line as a row of space-separated cells. Cells that contain spaces and
 * empty cells cannot be told apart from separators, so this reader comes last and the table
 * layer accepts its rows only when their value cell is filled or they are a bare category label.
 */
export function readSpacedRows(lines: TextLine[]): TextGrid | null {
  // Pushed, not filtered and mapped (see readDelimited).
  const rows: GridRow[] = [];
  for (const l of lines) if (!isBlank(l.text)) rows.push({ cells: spacedCells(l), complete: true });
  if (rows.length === 0) return null;
  return {
    layout: 'spaced',
    rows,
    stream: false,
    firstLine: rows[0]!.cells[0]!.span.line,
    lastLine: rows[rows.length - 1]!.cells[0]!.span.line,
  };
}
