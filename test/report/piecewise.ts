// Feeds a text report writer one file at a time, as the CLI does, and checks the head comes from end() exactly when the writer had none up front.
import { expect } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import type { ReportPart, TextReportWriter } from '../../src/report/context.js';
import { chunksOf } from '../../src/report/pieces.js';

/** A head or tail from end(), given whole or in pieces, as one text. */
export function textOf(part: ReportPart<string>): string {
  return [...chunksOf(part)].join('');
}

/** Each file's part, in order, and the report they make with the head and tail. */
export function writePiecewise(writer: TextReportWriter, results: readonly FileResult[]): { parts: string[]; text: string } {
  const head = writer.head;
  const parts = results.map((result) => writer.add(result));
  const end = writer.end();
  expect(end.head === undefined).toBe(head !== undefined);
  return { parts, text: `${head ?? textOf(end.head!)}${parts.join('')}${textOf(end.tail)}` };
}
