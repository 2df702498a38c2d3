// Tells whether a text is the one-cell-per-line export (TAB-led cells with an indicator header), to pick this parser.
import { splitLines, type TextLine } from '../lines.js';
import { columnRole, isIndicatorHeader } from '../table/labels.js';

/** How many lines after a header label the rest of the header may still come. */
const HEADER_WINDOW = 16;

/**
 * Index of the first line of an indicator header written one label per TAB-led line
 * (一级指标 / 二级指标 / 三级指标 / 指标值 …) within lines[from, to); -1 when there is none.
 */
export function findCellHeader(lines: TextLine[], from = 0, to = lines.length): number {
  for (let i = from; i < to; i++) {
    const line = lines[i]!.text;
    if (!line.startsWith('\t') || columnRole(line) === null) continue;
    // Pushed, not filtered and mapped: an optimised inlined map makes a HOLEY array where the
    // interpreter makes a PACKED one, and isIndicatorHeader met both maps.
    const labels: string[] = [];
    for (let j = i; j < Math.min(i + HEADER_WINDOW, to); j++) {
      const text = lines[j]!.text;
      if (text.startsWith('\t')) labels.push(text.trim());
    }
    if (isIndicatorHeader(labels)) return i;
  }
  return -1;
}

/**
 * True when the text holds an indicator header written one cell per line. Pipe tables,
 * Markdown and spreadsheets written as text put a header on a single line, so they never match.
 */
export function looksLikeCellPerLineExport(text: string): boolean {
  return findCellHeader(splitLines(text)) !== -1;
}
