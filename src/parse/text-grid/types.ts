// What every text grid reader produces: rows of cells with exact spans, or one stream of cells.
import type { Cell } from '../table/cell.js';

/** The text layouts the grid readers understand, in detection order (after the cell-per-line export). */
export type GridLayout = 'pipe' | 'cell-lines' | 'delimited' | 'blank-line' | 'spaced';

export interface GridRow {
  cells: Cell[];
  /**
   * False when the row is known to be shorter than the table: it ended the text mid-row, or its
   * cells plus padding do not reach the table's width. Such a row only counts as an indicator
   * when its value cell was reached.
   */
  complete: boolean;
  /** Cells the converter left out of this row and wrote as padding ("| |||"), when the layout shows them. */
  padding?: number;
}

export interface TextGrid {
  layout: GridLayout;
  /** For a stream (blank-line cells) a single row holding every cell in reading order. */
  rows: GridRow[];
  /** True when the layout has no row boundaries: rows are regrouped from the cells by their labels. */
  stream: boolean;
  /** 1-based lines where the grid starts and ends. */
  firstLine: number;
  lastLine: number;
  /** The delimiter of a delimited grid (',', '\t' or ';'). */
  delimiter?: string;
}
