// A small RFC 4180 reader for CSV/TSV/semicolon text, with the span of every field in the text view.
import type { SourcedText } from '../../model/span.js';
import { joinPieces, sliceOf, type TextLine } from '../lines.js';
import type { Cell } from '../table/cell.js';
import { emptyCell } from './cells.js';
import type { GridRow, TextGrid } from './types.js';

export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Fields a record is split into at most (Excel's column limit): past it, delimiters are text of the last field, so a one-line file of millions of commas does not become millions of cells. */
export const MAX_FIELDS = 16_384;

/** What String.prototype.trim removes. */
const WHITESPACE = /\s/;

/**
 * Splits lines into records of fields. A field that starts with a double quote (after optional
 * spaces) runs to the matching closing quote, across delimiters and line breaks; "" inside it is
 * one quote; text between the closing quote and the delimiter is ignored. Fields are trimmed.
 * Each field keeps one piece per physical line with the span of what was written; for a field
 * with "" the text is one character shorter per pair than its span. Blank lines between records
 * are skipped; an unterminated quote runs to the end of the text.
 */
export function readRecords(lines: TextLine[], delimiter: Delimiter): Cell[][] {
  const records: Cell[][] = [];
  let record: Cell[] = [];
  let pieces: SourcedText[] = [];
  let inQuotes = false;
  let afterQuote = false;
  let fieldLine = lines[0];
  let fieldColumn = 0;
  /** Whether the field so far is only whitespace (kept as we go: slicing it at every quote is quadratic on long lines). */
  let fieldBlank = true;

  const addPiece = (line: TextLine, start: number, end: number, text: string): void => {
    const slice = sliceOf(line, start, end);
    if (slice) pieces.push({ text: text.trim(), span: slice.span });
  };
  const finishField = (): void => {
    const joined = joinPieces(pieces);
    record.push(joined ? { text: joined.text, span: joined.span, lines: pieces } : emptyCell(fieldLine!.number, fieldColumn + 1));
    pieces = [];
    afterQuote = false;
  };
  const finishRecord = (): void => {
    records.push(record);
    record = [];
  };

  for (const line of lines) {
    const t = line.text;
    if (!inQuotes && record.length === 0 && t.trim() === '') continue;
    let i = 0;
    let pieceStart = 0;
    let buf = '';
    if (!inQuotes) {
      fieldLine = line;
      fieldColumn = 0;
      fieldBlank = true;
    }
    while (i <= t.length) {
      if (inQuotes) {
        if (i === t.length) {
          addPiece(line, pieceStart, i, buf);
          break;
        }
        if (t[i] === '"') {
          if (t[i + 1] === '"') {
            buf += '"';
            i += 2;
            continue;
          }
          addPiece(line, pieceStart, i, buf);
          inQuotes = false;
          afterQuote = true;
          i++;
          continue;
        }
        buf += t[i];
        i++;
        continue;
      }
      if (i === t.length || (t[i] === delimiter && record.length < MAX_FIELDS - 1)) {
        if (!afterQuote) addPiece(line, fieldColumn, i, t.slice(fieldColumn, i));
        finishField();
        if (i === t.length) {
          finishRecord();
          break;
        }
        i++;
        fieldLine = line;
        fieldColumn = i;
        fieldBlank = true;
        continue;
      }
      if (!afterQuote && t[i] === '"' && fieldBlank) {
        inQuotes = true;
        pieceStart = i + 1;
        buf = '';
      } else if (fieldBlank && !WHITESPACE.test(t[i]!)) fieldBlank = false;
      i++;
    }
  }
  if (inQuotes) {
    finishField();
    finishRecord();
  }
  return records;
}

/** Reads delimited text into one grid; every record is a complete row (writers pad short rows). */
export function readDelimited(lines: TextLine[], delimiter: Delimiter): TextGrid | null {
  const records = readRecords(lines, delimiter);
  // Pushed, not filtered and mapped: an optimised inlined map makes a HOLEY array where the interpreter
  // makes a PACKED one, and the table readers met both maps.
  const rows: GridRow[] = [];
  for (const cells of records) if (cells.some((c) => c.text !== '')) rows.push({ cells, complete: true });
  if (rows.length === 0) return null;
  const firstLine = rows[0]!.cells[0]!.span.line;
  const lastRow = rows[rows.length - 1]!.cells;
  const lastLine = lastRow[lastRow.length - 1]!.span.endLine;
  return { layout: 'delimited', rows, stream: false, firstLine, lastLine, delimiter };
}

/**
 * The number of fields of each record readRecords would read, without building the fields (the
 * delimiter is guessed by trying each: building millions of cells three times would not do).
 */
export function recordLengths(lines: TextLine[], delimiter: Delimiter): number[] {
  const lengths: number[] = [];
  let fields = 0;
  let inQuotes = false;
  let afterQuote = false;
  let fieldBlank = true;
  for (const line of lines) {
    const t = line.text;
    if (!inQuotes && fields === 0 && t.trim() === '') continue;
    if (!inQuotes) fieldBlank = true;
    for (let i = 0; i <= t.length; i++) {
      if (inQuotes) {
        if (i === t.length) break;
        if (t[i] !== '"') continue;
        if (t[i + 1] === '"') i++;
        else {
          inQuotes = false;
          afterQuote = true;
        }
        continue;
      }
      if (i === t.length || (t[i] === delimiter && fields < MAX_FIELDS - 1)) {
        fields++;
        afterQuote = false;
        fieldBlank = true;
        if (i === t.length) {
          lengths.push(fields);
          fields = 0;
        }
      } else if (!afterQuote && t[i] === '"' && fieldBlank) inQuotes = true;
      else if (fieldBlank && !WHITESPACE.test(t[i]!)) fieldBlank = false;
    }
  }
  if (inQuotes) lengths.push(fields + 1);
  return lengths;
}

/**
 * The delimiter the text is written with: the candidate that splits the most lines into the same
 * number (at least three) of fields. Null when no candidate gives two such lines.
 */
export function detectDelimiter(lines: TextLine[]): Delimiter | null {
  let best: Delimiter | null = null;
  let bestScore = 1;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const length of recordLengths(lines, d)) {
      if (length < 3) continue;
      counts.set(length, (counts.get(length) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
