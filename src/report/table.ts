// Aligns rows of cells into columns by display width, so Chinese text lines up in a terminal.
import { displayWidth } from './width.js';

export interface AlignOptions {
  indent?: string;
  gap?: string;
  /**
   * Widest a column may be padded to, by column index. A longer cell is not cut; it pushes the rest
   * of its own row right, so one very long message does not push every rule id off the screen.
   */
  maxWidths?: readonly (number | undefined)[];
}

/** Widens each column of `widths` to fit a row's cell widths, within `maxWidths`. */
function widen(widths: number[], cellWidths: readonly number[], maxWidths: AlignOptions['maxWidths'] = []): void {
  cellWidths.forEach((width, i) => {
    widths[i] = Math.min(Math.max(widths[i] ?? 0, width), maxWidths[i] ?? Infinity);
  });
}

/**
 * One row as a line, every cell but the last padded to its column's width; empty trailing cells are dropped.
 * `cellWidths` are the row's own cells' widths, measured once by the caller.
 */
function alignedLine(row: readonly string[], cellWidths: readonly number[], widths: readonly number[], indent: string, gap: string): string {
  let last = row.length - 1;
  while (last > 0 && row[last] === '') last -= 1;
  let line = indent;
  for (let i = 0; i <= last; i++) {
    if (i > 0) line += gap;
    const missing = i < last ? widths[i]! - cellWidths[i]! : 0;
    line += missing > 0 ? row[i]! + ' '.repeat(missing) : row[i]!;
  }
  return line.trimEnd();
}

/**
 * Joins each row's cells with `gap`, padding every cell but the row's last to its column's width.
 * Lines never end in spaces (empty trailing cells are dropped), so plain output is stable to diff.
 */
export function alignRows(rows: readonly (readonly string[])[], { indent = '', gap = '  ', maxWidths = [] }: AlignOptions = {}): string[] {
  // Each cell's width is measured once, for its column and then for its padding.
  const cellWidths = rows.map((row) => row.map(displayWidth));
  const widths: number[] = [];
  for (const row of cellWidths) widen(widths, row, maxWidths);
  return rows.map((row, r) => alignedLine(row, cellWidths[r]!, widths, indent, gap));
}

/**
 * alignRows's lines for `count` rows made by `rowAt`, without holding them: every row is made twice, once to
 * measure its cells and once to write its line, and each line is made only when pulled. For a table of every
 * project of a batch (140,000 rows at 20,000 files), whose cells and lines would otherwise all be held at once.
 */
export function* alignRowsLazily(count: number, rowAt: (index: number) => readonly string[], { indent = '', gap = '  ', maxWidths = [] }: AlignOptions = {}): Generator<string> {
  const widths: number[] = [];
  for (let i = 0; i < count; i += 1) widen(widths, rowAt(i).map(displayWidth), maxWidths);
  for (let i = 0; i < count; i += 1) {
    const row = rowAt(i);
    yield alignedLine(row, row.map(displayWidth), widths, indent, gap);
  }
}

/** Display width of the first `count` columns plus their gaps: where column `count` starts. */
export function columnStart(rows: readonly (readonly string[])[], count: number, { indent = '', gap = '  ', maxWidths = [] }: AlignOptions = {}): number {
  let start = displayWidth(indent);
  for (let i = 0; i < count; i += 1) {
    const widest = Math.max(0, ...rows.map((row) => displayWidth(row[i] ?? '')));
    start += Math.min(widest, maxWidths[i] ?? Infinity) + gap.length;
  }
  return start;
}
