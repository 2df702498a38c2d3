// A report in one piece from its writer: head + each file's part + tail (the formatters' whole form, used by the library and the tests).
import type { FileResult } from '../model/result.js';
import { concatBytes } from './bytes.js';
import type { ReportChunk, ReportEnd, ReportPart, ReportWriter, TextReportWriter } from './context.js';
import { chunksOf } from './pieces.js';

/** The writer's head: given up front, or by end() when it needed every result. */
function headOf<Chunk extends ReportChunk>(writer: ReportWriter<Chunk>, end: ReportEnd<Chunk>, empty: Chunk): ReportPart<Chunk> {
  return writer.head ?? end.head ?? empty;
}

export function wholeText(writer: TextReportWriter, results: readonly FileResult[]): string {
  let body = '';
  for (const result of results) body += writer.add(result);
  const end = writer.end();
  return [...chunksOf(headOf(writer, end, '')), body, ...chunksOf(end.tail)].join('');
}

/** Any writer, text or bytes; bytes are concatenated, text kept as text. */
export async function wholeReport(writer: ReportWriter, results: readonly FileResult[]): Promise<ReportChunk> {
  // One at a time, each awaited: a writer may hold the next back until it has caught up.
  const body: ReportChunk[] = [];
  for (const result of results) body.push(await writer.add(result));
  const end = await writer.end();
  const parts = [...chunksOf(headOf<ReportChunk>(writer, end, '')), ...body, ...chunksOf(end.tail)];
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  const encoder = new TextEncoder();
  return concatBytes(parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part)));
}
