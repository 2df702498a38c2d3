// Builds grid cells from pieces of lines, keeping each piece's exact span.
import type { SourcedText } from '../../model/span.js';
import { emptySpanAt, joinPieces, sliceOf, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';

/** A half-open piece [start, end) of one line (string indices). */
export interface LinePiece {
  line: TextLine;
  start: number;
  end: number;
}

/**
 * Each line whole, as a piece. Pushed, not mapped: an optimised inlined map makes a HOLEY array where
 * the interpreter makes a PACKED one, and cellFromPieces met both maps.
 */
export function wholeLinePieces(lines: readonly TextLine[]): LinePiece[] {
  const pieces: LinePiece[] = [];
  for (const line of lines) pieces.push({ line, start: 0, end: line.text.length });
  return pieces;
}

/**
 * A cell from one or more line pieces (a cell continued on following lines). Empty pieces are
 * dropped; a cell with no content gets a zero-width span where its first piece starts.
 */
export function cellFromPieces(pieces: LinePiece[]): Cell {
  const texts: SourcedText[] = [];
  for (const p of pieces) {
    const slice = sliceOf(p.line, p.start, p.end);
    if (slice) texts.push(slice);
  }
  const joined = joinPieces(texts);
  if (joined === null) {
    const first = pieces[0];
    const at = first ? emptySpanAt(first.line.number, first.start + 1) : emptySpanAt(1, 1);
    return { text: '', span: at, lines: [] };
  }
  return { text: joined.text, span: joined.span, lines: texts };
}

/** An HTML line break written inside a cell by Markdown and html-to-text converters. */
const BREAK = /<br\s*\/?>/gi;

/** Splits a piece at its `<br>` tags: each part is a line of the cell with its own exact span. */
export function splitBreaks(piece: LinePiece): LinePiece[] {
  const text = piece.line.text.slice(piece.start, piece.end);
  const parts: LinePiece[] = [];
  let from = 0;
  for (const m of text.matchAll(BREAK)) {
    parts.push({ line: piece.line, start: piece.start + from, end: piece.start + m.index });
    from = m.index + m[0].length;
  }
  if (from === 0) return [piece];
  parts.push({ line: piece.line, start: piece.start + from, end: piece.end });
  return parts;
}

/** An empty cell placed at a line and 1-based column. */
export function emptyCell(line: number, column: number): Cell {
  return { text: '', span: emptySpanAt(line, column), lines: [] };
}
