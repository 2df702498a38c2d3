// A writer for a format that needs every result at once: it keeps them and formats the whole report at the end (no memory saved; used until a format writes piece by piece).
import type { FileResult } from '../model/result.js';
import type { FormatterOutput, ReportContext, ReportWriter } from './context.js';

export function collectingWriter(
  format: (results: FileResult[], context: ReportContext) => FormatterOutput | Promise<FormatterOutput>,
  context: ReportContext,
  empty: string | Uint8Array = '',
): ReportWriter {
  const results: FileResult[] = [];
  return {
    head: empty,
    add(result) {
      results.push(result);
      return empty;
    },
    async end() {
      return { tail: await format(results, context) };
    },
  };
}
