// Renders native blocks into the text view (one paragraph per line, one TAB-led cell per line) and the grid rows the table layer reads.
import type { SourcedText, Span } from '../../model/span.js';
import { copySpan, emptySpanAt, joinPieces, sliceOf, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';
import type { SheetRow } from '../table/sheet.js';
import type { NativeCell, NativeDocument, NativeTable } from './types.js';

/** A paragraph longer than this is running text, never a table's title or 单位 line. */
const FURNITURE_MAX_LENGTH = 60;
/** How many short paragraphs right above a table are read as rows above its grid. */
const FURNITURE_MAX_COUNT = 6;
/** Sentences end so; a title or a 单位：万元 line does not. */
const SENTENCE_END = /[。；;！!？?]$/;

export interface NativeView {
  /** The text view: what line/column in every span refer to. */
  text: string;
  lines: TextLine[];
  /** The native location of each line (index: line number − 1); null for the blank line after a table row and for empty paragraphs. */
  lineLocations: Array<string | null>;
  /** Grids for the table layer: one per run of tables (flow) or per sheet. */
  grids: SheetRow[][];
}

interface RenderedParagraph {
  lines: TextLine[];
  /** The paragraph as a one-cell row, null when it is empty. */
  cell: Cell | null;
}

function located(span: Span, location: string | null): Span {
  if (location === null) return span;
  // copySpan, not { ...span, location }: see copySpan (an optimised spread makes spans of another map).
  const copy = copySpan(span);
  copy.location = location;
  return copy;
}

// The arrays of the view are pushed, not mapped: an optimised inlined map makes a HOLEY array where the
// interpreter makes a PACKED one, and the table and narrative readers met both maps.

function locatedPieces(pieces: SourcedText[], location: string | null): SourcedText[] {
  const out: SourcedText[] = [];
  for (const p of pieces) out.push({ text: p.text, span: located(p.span, location) });
  return out;
}

/** Text as it goes into the view: no TABs (a TAB opens a cell in this layout), no CR. */
function viewLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
}

class ViewBuilder {
  readonly texts: string[] = [];
  readonly locations: Array<string | null> = [];

  push(text: string, location: string | null): TextLine {
    this.texts.push(text);
    this.locations.push(location);
    return { number: this.texts.length, text };
  }

  paragraph(text: string, location: string | null): RenderedParagraph {
    const lines: TextLine[] = [];
    const pieces: SourcedText[] = [];
    for (const t of viewLines(text)) {
      const line = this.push(t, location);
      lines.push(line);
      const piece = sliceOf(line, 0);
      if (piece !== null) pieces.push(piece);
    }
    const joined = joinPieces(pieces);
    if (joined === null) return { lines, cell: null };
    return { lines, cell: { text: joined.text, span: located(joined.span, location), lines: locatedPieces(pieces, location) } };
  }

  /** A cell as the Word export writes it: a TAB, the first line, then its other non-empty lines; spans exclude the TAB. */
  cell(cell: NativeCell): Cell {
    const parts = viewLines(cell.text);
    const first = this.push(`\t${parts[0] ?? ''}`, cell.location);
    const pieces: SourcedText[] = [];
    const head = sliceOf(first, 1);
    if (head) pieces.push(head);
    for (const part of parts.slice(1)) {
      if (part.trim() === '') continue;
      const piece = sliceOf(this.push(part, cell.location), 0);
      if (piece) pieces.push(piece);
    }
    const joined = joinPieces(pieces);
    const base: Cell =
      joined === null
        ? { text: '', span: located(emptySpanAt(first.number, 2), cell.location), lines: [] }
        : { text: joined.text, span: located(joined.span, cell.location), lines: locatedPieces(pieces, cell.location) };
    if (cell.merged !== undefined) base.merged = cell.merged;
    return base;
  }

  table(table: NativeTable): SheetRow[] {
    const rows: SheetRow[] = [];
    for (const row of table.rows) {
      // Positions a row's last cell spans over are not cells of their own: the row simply ends wider.
      let end = row.length;
      while (end > 1 && row[end - 1]!.merged === 'left') end--;
      const cells: Cell[] = [];
      for (let c = 0; c < end; c++) cells.push(this.cell(row[c]!));
      this.push('', null);
      rows.push({ cells, complete: true });
    }
    return rows;
  }
}

/** The short paragraphs right above a table (skipping empty ones), up to the first line of running text. */
function furniture(paragraphs: RenderedParagraph[]): Cell[] {
  const cells: Cell[] = [];
  for (let i = paragraphs.length - 1; i >= 0 && cells.length < FURNITURE_MAX_COUNT; i--) {
    const cell = paragraphs[i]!.cell;
    if (cell === null) continue;
    if (cell.text.length > FURNITURE_MAX_LENGTH || SENTENCE_END.test(cell.text)) break;
    cells.unshift(cell);
  }
  return cells;
}

/**
 * Renders a native document. Paragraphs are lines as written; a table row is one line per
 * position (TAB, text; further lines of a multi-line cell follow without a TAB) and a blank line,
 * the layout of the sample's Word export. Every cell and line carries its native location.
 */
export function renderNative(document: NativeDocument): NativeView {
  const view = new ViewBuilder();
  const grids: SheetRow[][] = [];
  let pending: RenderedParagraph[] = [];
  let run: SheetRow[] | null = null;

  for (const block of document.blocks) {
    if (block.kind === 'paragraph') {
      const rendered = view.paragraph(block.text, block.location);
      pending.push(rendered);
      continue;
    }
    const separated = document.layout === 'sheets' || pending.some((p) => p.cell !== null);
    if (run === null || separated) {
      run = [];
      for (const cell of furniture(document.layout === 'flow' ? pending : [])) run.push({ cells: [cell], complete: true });
      grids.push(run);
    }
    run.push(...view.table(block));
    pending = [];
  }

  const lines: TextLine[] = [];
  for (let i = 0; i < view.texts.length; i++) lines.push({ number: i + 1, text: view.texts[i]! });
  return { text: view.texts.join('\n') + (view.texts.length > 0 ? '\n' : ''), lines, lineLocations: view.locations, grids };
}
