// Public entry of the parse stage: text in, validated-shape Document out, plus layout detection.
export { parseText } from './parse-text.js';
export { looksLikeCellPerLineExport } from './cell-per-line/detect.js';
export {
  detectGridLayout,
  looksLikeBlankLineCells,
  looksLikeCellLines,
  looksLikeDelimited,
  looksLikePipeTables,
  looksLikeSpacedRows,
  readTextGrids,
  type GridReading,
} from './text-grid/detect.js';
export { readPipeTables } from './text-grid/pipe.js';
export { readCellLines } from './text-grid/cell-lines.js';
export { readBlankLineCells } from './text-grid/blank-line.js';
export { detectDelimiter, readDelimited, readRecords, type Delimiter } from './text-grid/delimited.js';
export { readSpacedRows } from './text-grid/spaced.js';
export type { GridLayout, GridRow, TextGrid } from './text-grid/types.js';
export { splitLines, type TextLine } from './lines.js';
export { nameSimilarity, normaliseFundName } from './link/similarity.js';
export { LINK_THRESHOLD, linkProjects, linkScore, tableFundName } from './link/link-projects.js';
export type { Cell } from './table/cell.js';
export { canonicalLabel, columnRole, isIndicatorHeader, normaliseLabel, type ColumnRole } from './table/labels.js';
export { categoryLevel, categoryStem } from './table/categories.js';
export { stripPinyin, toSimplified } from './table/traditional.js';
export { readIndicatorRows } from './table/grid.js';
export { readBlock, type BlockFields } from './table/block.js';
export { alignRow, cellKind } from './table/align.js';
export { analyseHeader } from './table/columns.js';
export { readSheet, type SheetRow, type SheetTable } from './table/sheet.js';
export { parseNative, parseNativeView, type NativeParse } from './native/parse-native.js';
export { renderNative, type NativeView } from './native/render.js';
export { attachLocations } from './native/locate.js';
export type { NativeBlock, NativeCell, NativeDocument, NativeFormat, NativeParagraph, NativeTable } from './native/types.js';
