// A grid cell as every table reader sees it: its text, its span, and its lines with their own spans.
import type { SourcedText, Span } from '../../model/span.js';
import { copySpan } from '../lines.js';

export interface Cell {
  /** Trimmed content; lines of a multi-line cell are joined with '\n'. Empty for an empty cell. */
  text: string;
  /** Where the content is; for an empty cell, a zero-width span where it would be. */
  span: Span;
  /** The non-empty lines of the cell, each trimmed with its own span. */
  lines: SourcedText[];
  /**
   * Set on a cell of a native grid (DOCX, XLSX, HTML) that a merged cell covers: 'left' when the
   * merge comes from the left (gridSpan, colspan, a merged range's later columns), 'above' when it
   * comes from above (vMerge continuation, rowspan, a merged range's later rows). Such a cell is
   * empty; under an indicator header it keeps its column position, in the block above the grid a
   * 'left' cell is skipped so a label still finds its value in the next cell.
   */
  merged?: 'left' | 'above';
}

/** The cell as a sourced text, or null when it is empty. */
export function cellText(cell: Cell | undefined): SourcedText | null {
  if (cell === undefined || cell.text === '') return null;
  return { text: cell.text, span: copySpan(cell.span) };
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell.text === '';
}

/**
 * A header row as sourced texts, empty cells kept so that header positions stay the grid's column
 * positions. Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter
 * makes a PACKED one, and the facts reading table.header met both maps.
 */
export function headerTexts(header: readonly Cell[]): SourcedText[] {
  const texts: SourcedText[] = [];
  for (const c of header) texts.push({ text: c.text, span: copySpan(c.span) });
  return texts;
}
