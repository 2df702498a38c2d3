// A writer's end in pieces: how a head or tail given as one chunk or as many is read, and how a long one is cut.
import type { ReportChunk, ReportPart } from './context.js';

/**
 * How many parts (table rows, lines) one piece of a long head or tail holds: a piece of a ranking is then a few
 * hundred kilobytes, however many documents and projects it ranks.
 */
export const ROWS_PER_PIECE = 1000;

/** For a writer whose end comes in pieces; tests lower `rowsPerPiece` so that a small batch spans several. */
export interface PieceOptions {
  rowsPerPiece?: number;
}

/**
 * The chunks of a head or tail, in order. A string and a Uint8Array are iterable themselves (by character, by
 * byte), so they are told apart first and yielded whole; anything else is the writer's iterable of chunks, pulled
 * one at a time, so a consumer that writes each chunk before pulling the next holds one piece at a time.
 */
export function* chunksOf<Chunk extends ReportChunk>(part: ReportPart<Chunk>): Generator<Chunk, void, undefined> {
  if (typeof part === 'string' || part instanceof Uint8Array) yield part as Chunk;
  else yield* part as Iterable<Chunk>;
}

/** The parts concatenated, `size` at a time: the same text as joining them all, in pieces of bounded size. */
export function* inPieces(parts: Iterable<string>, size: number = ROWS_PER_PIECE): Generator<string, void, undefined> {
  let piece = '';
  let count = 0;
  for (const part of parts) {
    piece += part;
    count += 1;
    if (count === size) {
      yield piece;
      piece = '';
      count = 0;
    }
  }
  if (count > 0) yield piece;
}
