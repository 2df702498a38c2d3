// Reads the one-cell-per-line export into chunks of cells: a TAB opens a cell, a blank line ends a chunk.
import type { SourcedText } from '../../model/span.js';
import { emptySpanAt, isBlank, joinPieces, sliceOf, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';

/** Builds a cell from the line that opened it (content after the TAB) and its continuation lines. */
function makeCell(opening: TextLine, continuation: TextLine[]): Cell {
  const pieces: SourcedText[] = [];
  const first = sliceOf(opening, 1);
  if (first) pieces.push(first);
  for (const line of continuation) {
    const piece = sliceOf(line, 0);
    if (piece) pieces.push(piece);
  }
  const joined = joinPieces(pieces);
  if (joined === null) return { text: '', span: emptySpanAt(opening.number, 2), lines: [] };
  return { text: joined.text, span: joined.span, lines: pieces };
}

/**
 * Splits lines into chunks: runs of cells between blank lines (a line of spaces or NBSP is
 * blank too). A line starting with a TAB opens a cell; a non-blank line without a TAB continues
 * the open cell (Word wrote a line break inside the cell). Text outside any cell is not grid
 * content and is skipped. Chunks usually are rows, but a row may be spread over several chunks.
 */
export function tokenizeCells(lines: TextLine[]): Cell[][] {
  const chunks: Cell[][] = [];
  let chunk: Cell[] = [];
  let opening: TextLine | null = null;
  let continuation: TextLine[] = [];

  const closeCell = (): void => {
    if (opening !== null) chunk.push(makeCell(opening, continuation));
    opening = null;
    continuation = [];
  };
  const closeChunk = (): void => {
    closeCell();
    if (chunk.length > 0) chunks.push(chunk);
    chunk = [];
  };

  for (const line of lines) {
    if (line.text.startsWith('\t')) {
      closeCell();
      opening = line;
    } else if (isBlank(line.text)) {
      closeChunk();
    } else if (opening !== null) {
      continuation.push(line);
    }
  }
  closeChunk();
  return chunks;
}
