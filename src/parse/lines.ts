// The text view: splits text into numbered lines and builds spans and sourced texts over them.
import type { SourcedText, Span } from '../model/span.js';
import { spanOf } from '../model/span-of.js';

/** One line of the text view. `number` is 1-based; `text` excludes the line break. */
export interface TextLine {
  number: number;
  text: string;
}

/** Splits on \r\n, \r or \n. A final line break ends the last line rather than opening an empty one. */
export function splitLines(text: string): TextLine[] {
  // Most texts have no \r: a split on a plain string is then a quarter faster than on the regex.
  const parts = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
  // PACKED one, and every reader of the lines met both maps (and was deoptimised).
  const lines: TextLine[] = [];
  for (let i = 0; i < parts.length; i++) lines.push({ number: i + 1, text: parts[i]! });
  return lines;
}

/** True when the text holds only whitespace (String.prototype.trim also removes NBSP, U+3000 and BOM). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * The part of `line` between string indices [start, end), trimmed, with its exact span;
 * null when that part is only whitespace.
 */
export function sliceOf(line: TextLine, start: number, end: number = line.text.length): SourcedText | null {
  const raw = line.text.slice(start, end);
  const text = raw.trim();
  if (text === '') return null;
  const lead = raw.length - raw.trimStart().length;
  return { text, span: spanOf(line.number, start + lead + 1, text.length) };
}

/**
 * The part [start, end) of a single-line sourced text, trimmed. For a text spread over several
 * lines, or a text that differs from what its span covers (a mirror's pinyin annotations removed,
 * a CSV field's doubled quotes), the columns inside cannot be recovered, so the whole span is kept.
 */
export function subText(source: SourcedText, start: number, end: number = source.text.length): SourcedText | null {
  const raw = source.text.slice(start, end);
  const text = raw.trim();
  if (text === '') return null;
  const whole = source.span;
  if (whole.line !== whole.endLine || whole.endColumn - whole.column !== source.text.length) return { text, span: copySpan(whole) };
  const lead = raw.length - raw.trimStart().length;
  const span = spanOf(source.span.line, source.span.column + start + lead, text.length, source.span.location);
  return { text, span };
}

/**
 * A copy of a span, keys in spanOf's order. A literal rather than { ...span }: object spread in
 * optimised code made spans of another hidden class, and every reader of spans met that second map.
 */
export function copySpan(span: Span): Span {
  const copy: Span = { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
  if (span.location !== undefined) copy.location = span.location;
  return copy;
}

/** A span from the start of `first` to the end of `last`. */
export function spanFromTo(first: Span, last: Span): Span {
  const span: Span = { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
  if (first.location !== undefined) span.location = first.location;
  return span;
}

/** An empty span at a position, for things that are absent but have a place (an empty cell). */
export function emptySpanAt(line: number, column: number): Span {
  return spanOf(line, column, 0);
}

/** Joins single-line pieces (in order) into one sourced text whose lines are separated by '\n'. */
export function joinPieces(pieces: SourcedText[]): SourcedText | null {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first === undefined || last === undefined) return null;
  // Concatenated, not map().join(): an optimised inlined map makes a HOLEY array whose map the join had not seen.
  let text = first.text;
  for (let i = 1; i < pieces.length; i++) text += '\n' + pieces[i]!.text;
  return { text, span: spanFromTo(first.span, last.span) };
}
