// Reads docx/html text dumps that write one cell per paragraph, cells separated by empty lines.
import type { TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';
import { cellFromPieces, wholeLinePieces } from './cells.js';
import type { TextGrid } from './types.js';

/**
 * Reads the dump as one stream of cells. An empty line separates cells; consecutive non-empty
 * lines form one cell (a cell with line breaks); a line holding only spaces is an empty cell —
 * that is how these dumps write a blank table cell. Rows are not marked: the table layer
 * regroups the stream by its category labels.
 */
export function readBlankLineCells(lines: TextLine[]): TextGrid | null {
  const cells: Cell[] = [];
  let run: TextLine[] = [];
  const close = (): void => {
    if (run.length > 0) cells.push(cellFromPieces(wholeLinePieces(run)));
    run = [];
  };
  for (const line of lines) {
    if (line.text === '') close();
    else run.push(line);
  }
  close();
  if (cells.length === 0) return null;
  const firstLine = cells[0]!.span.line;
  const lastLine = cells[cells.length - 1]!.span.endLine;
  return { layout: 'blank-line', rows: [{ cells, complete: true }], stream: true, firstLine, lastLine };
}
