// Builds the native blocks of a flowing document (DOCX, HTML): numbered paragraphs and tables, and their native locations.
import type { NativeBlock, NativeCell, NativeDocument, NativeFormat } from '../parse/native/types.js';

export function paragraphLocation(n: number): string {
  return `第${n}段`;
}

export function tableLocation(table: number, row: number, column: number): string {
  return `表${table} 第${row}行 第${column}列`;
}

/** A cell of a source table before placement: its text and how many grid columns/rows it covers. */
export interface SpanningCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * Places the cells of a table with row and column spans on a grid (the HTML table model: a cell
 * goes to the first free position of its row). Positions a span covers become empty cells marked
 * `merged` and located at the spanning cell. `leading[r]` free positions are skipped at the start
 * of row r (DOCX gridBefore).
 */
export function placeCells(table: number, rows: SpanningCell[][], leading: number[] = []): NativeCell[][] {
  const grid: Array<Array<NativeCell | undefined>> = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    const skip = leading[r] ?? 0;
    for (let k = 0; k < skip; k++) {
      while (grid[r]![c] !== undefined) c++;
      grid[r]![c] = { text: '', location: tableLocation(table, r + 1, c + 1) };
      c++;
    }
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      const location = tableLocation(table, r + 1, c + 1);
      const colSpan = Math.max(1, cell.colSpan);
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr]!;
          if (dr === 0 && dc === 0) target[c] = { text: cell.text, location };
          else if (target[c + dc] === undefined) target[c + dc] = { text: '', location, merged: dr > 0 ? 'above' : 'left' };
        }
      }
      c += colSpan;
    }
  });
  // Holes (a row shorter than the spans above it reach) are empty cells of their own.
  return grid.map((row, r) => Array.from({ length: row.length }, (_, c) => row[c] ?? { text: '', location: tableLocation(table, r + 1, c + 1) }));
}

/** Collects paragraphs and tables in document order, numbering non-empty paragraphs and tables as they come. */
export class FlowBuilder {
  private readonly blocks: NativeBlock[] = [];
  private paragraphCount = 0;
  private tableCount = 0;

  constructor(private readonly format: NativeFormat) {}

  paragraph(text: string): void {
    const empty = text.trim() === '';
    this.blocks.push({ kind: 'paragraph', text, location: empty ? null : paragraphLocation(++this.paragraphCount) });
  }

  /** Reserves the next table number (tables are numbered in the order they start). */
  nextTable(): number {
    return ++this.tableCount;
  }

  table(rows: NativeCell[][]): void {
    this.blocks.push({ kind: 'table', rows });
  }

  document(): NativeDocument {
    return { format: this.format, layout: 'flow', blocks: this.blocks };
  }
}
