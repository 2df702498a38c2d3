// The json format: the FileResult[] array exactly as the API returns it, for other programs; written one result at a time.
import type { FileResult } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { wholeText } from './whole.js';

/**
 * The same text as JSON.stringify(results, null, 2): each result is indented one level deeper. JSON text has
 * line breaks only between tokens (a line break inside a string is written \n), so indenting every line is safe.
 */
export function jsonWriter(_context: ReportContext): TextReportWriter {
  let first = true;
  return {
    head: '[',
    add(result) {
      const item = JSON.stringify(result, null, 2).replace(/\n/g, '\n  ');
      const part = `${first ? '\n  ' : ',\n  '}${item}`;
      first = false;
      return part;
    },
    end: () => ({ tail: first ? ']\n' : '\n]\n' }),
  };
}

export function formatJson(results: FileResult[], context: ReportContext): string {
  return wholeText(jsonWriter(context), results);
}
