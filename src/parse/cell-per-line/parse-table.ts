// Parses one table region of the cell-per-line export into a ProjectTable.
import type { ProjectTable } from '../../model/document.js';
import type { SourcedText, Span } from '../../model/span.js';
import { spanFromTo } from '../lines.js';
import { readBlock } from '../table/block.js';
import { headerTexts, type Cell } from '../table/cell.js';
import { readIndicatorRows } from '../table/grid.js';
import { isIndicatorHeaderRow } from '../table/labels.js';
import type { TableRegion } from './regions.js';
import { assembleRows } from './rows.js';
import { tokenizeCells } from './tokenize.js';

/** The span from the title (or first cell) to the last cell; null for a region without content. */
function regionSpan(title: SourcedText | null, chunks: Cell[][]): Span | null {
  const firstCell = chunks[0]?.[0];
  const lastChunk = chunks[chunks.length - 1];
  const lastCell = lastChunk?.[lastChunk.length - 1];
  const start = title?.span ?? firstCell?.span;
  const end = lastCell?.span ?? title?.span;
  return start && end ? spanFromTo(start, end) : null;
}

/**
 * Chunks before the indicator header are block rows; the header is the first chunk whose
 * labels read as an indicator header; the chunks after it are regrouped into rows of the
 * header's width. Returns null for a region that holds neither a title nor any cell.
 */
export function parseTableRegion(region: TableRegion): ProjectTable | null {
  const chunks = tokenizeCells(region.lines);
  const span = regionSpan(region.title, chunks);
  if (span === null) return null;
  const headerIndex = chunks.findIndex((chunk) => isIndicatorHeaderRow(chunk));
  const blockChunks = headerIndex === -1 ? chunks : chunks.slice(0, headerIndex);
  const header = headerIndex === -1 ? [] : chunks[headerIndex]!;
  const rows = headerIndex === -1 ? [] : assembleRows(chunks.slice(headerIndex + 1), header.length);
  const block = readBlock(blockChunks);
  return {
    title: region.title,
    ...block,
    // Empty header cells are kept so that header positions stay the grid's column positions.
    header: headerTexts(header),
    indicators: readIndicatorRows(header, rows),
    span,
  };
}
