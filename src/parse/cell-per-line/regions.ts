// Finds where the project tables of a cell-per-line export start and end, and where the narrative ends.
import type { SourcedText } from '../../model/span.js';
import { contentStart } from '../bookmark.js';
import { isBlank, sliceOf, type TextLine } from '../lines.js';
import { findCellHeader } from './detect.js';

export interface TableRegion {
  title: SourcedText | null;
  /** The lines of the table after its title. */
  lines: TextLine[];
}

export interface Layout {
  /** Lines before the first table: the narrative. */
  narrative: TextLine[];
  tables: TableRegion[];
}

const TITLE = /绩效目标(?:申报)?表$/;
/** How far below a title its first cell may be. */
const TITLE_REACH = 4;

function isCellLine(line: TextLine): boolean {
  return line.text.startsWith('\t');
}

/** A table title: a short line ending in 绩效目标表, not itself a cell, soon followed by cells. */
function isTitleAt(lines: TextLine[], index: number): boolean {
  const line = lines[index]!;
  if (isCellLine(line)) return false;
  const content = line.text.slice(contentStart(line.text)).trim();
  if (content.length > 60 || !TITLE.test(content)) return false;
  for (let j = index + 1; j < lines.length && j <= index + TITLE_REACH; j++) {
    if (isCellLine(lines[j]!)) return true;
    if (!isBlank(lines[j]!.text)) return false;
  }
  return false;
}

/**
 * Where the cells above a header start: walks up over cell lines, blank lines and lines that
 * continue a cell, and stops at the first line of ordinary text. A paragraph that merely begins
 * with a TAB (indentation) but is followed by text is therefore not taken into the table.
 */
function blockStart(lines: TextLine[], header: number): number {
  let start = header;
  let j = header - 1;
  while (j >= 0) {
    const line = lines[j]!;
    if (isCellLine(line)) {
      start = j;
      j--;
    } else if (isBlank(line.text)) {
      j--;
    } else {
      // A run of text lines is a cell's continuation only when a cell line sits right above it.
      let k = j;
      while (k >= 0 && !isCellLine(lines[k]!) && !isBlank(lines[k]!.text)) k--;
      if (k < 0 || !isCellLine(lines[k]!)) break;
      j = k;
    }
  }
  return start;
}

/**
 * Splits the document into the narrative and the table regions. A table runs from its title to
 * the next title or the end. An indicator header before any title starts an untitled table
 * (from the cells above it), so the narrative never swallows grid content.
 */
export function splitLayout(lines: TextLine[]): Layout {
  const starts: Array<{ index: number; titled: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (isTitleAt(lines, i)) starts.push({ index: i, titled: true });
  }
  const header = findCellHeader(lines, 0, starts[0]?.index ?? lines.length);
  if (header !== -1) starts.unshift({ index: blockStart(lines, header), titled: false });
  // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
  // PACKED one, and parseText's loop over the regions would meet both maps.
  const tables: TableRegion[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1]?.index ?? lines.length;
    const titleLine = lines[start.index]!;
    tables.push({
      title: start.titled ? sliceOf(titleLine, contentStart(titleLine.text)) : null,
      lines: lines.slice(start.titled ? start.index + 1 : start.index, end),
    });
  });
  return { narrative: lines.slice(0, starts[0]?.index ?? lines.length), tables };
}
