// Public entry of the parse stage: text in, validated-shape Document out, plus layout detection.
export { parseText } from './parse-text.js';
export { looksLikeCellPerLineExport } from './cell-per-line/detect.js';
export { splitLines, type TextLine } from './lines.js';
export { nameSimilarity, normaliseFundName } from './link/similarity.js';
export { LINK_THRESHOLD, linkProjects, linkScore, tableFundName } from './link/link-projects.js';
export type { Cell } from './table/cell.js';
export { columnRole, isIndicatorHeader, normaliseLabel, type ColumnRole } from './table/labels.js';
export { readIndicatorRows } from './table/grid.js';
export { readBlock, type BlockFields } from './table/block.js';
