// What the binary and markup readers (src/read: DOCX, XLSX, HTML) hand to the parser: paragraphs and grids with native locations.

/** The formats read into native blocks rather than text. */
export type NativeFormat = 'docx' | 'xlsx' | 'html';

/** A paragraph of running text (a DOCX w:p, an HTML block of text) outside any table. */
export interface NativeParagraph {
  kind: 'paragraph';
  /** The text as written; line breaks inside the paragraph (w:br, <br>) are '\n'. */
  text: string;
  /** '第12段'; null for an empty paragraph (it is not counted). */
  location: string | null;
}

/** One grid position of a table or sheet. */
export interface NativeCell {
  /** The cell's text; paragraphs and line breaks inside the cell are '\n'. Empty for a covered or empty cell. */
  text: string;
  /** Where the cell is: 'Sheet1!C7', '表3 第5行 第4列'. A covered cell names the merge's top-left cell. */
  location: string;
  /** Set when a merged cell covers this position: from the left (column span) or from above (row span). */
  merged?: 'left' | 'above';
}

/** A table of a document or a sheet of a workbook, as a complete grid: every row holds every position it has. */
export interface NativeTable {
  kind: 'table';
  rows: NativeCell[][];
}

export type NativeBlock = NativeParagraph | NativeTable;

export interface NativeDocument {
  format: NativeFormat;
  /**
   * 'flow': paragraphs and tables in document order (DOCX, HTML): tables separated only by empty
   * paragraphs are read as one grid, and the short paragraphs right above a table (its title,
   * 单位：万元) are read as rows above it. 'sheets': every table is read on its own (XLSX sheets).
   */
  layout: 'flow' | 'sheets';
  blocks: NativeBlock[];
}
