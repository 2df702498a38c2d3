// The json format: the FileResult[] array exactly as the API returns it, for other programs; written one result at a time.
import type { FileResult } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { jsonArrayClose, jsonArrayItem } from './json-array.js';
import { wholeText } from './whole.js';

/** The same text as JSON.stringify(results, null, 2): "[", each result as an item of a top-level array, "]". */
export function jsonWriter(_context: ReportContext): TextReportWriter {
  let first = true;
  return {
    head: '[',
    add(result) {
      const part = jsonArrayItem(result, 0, first);
      first = false;
      return part;
    },
    end: () => ({ tail: `${jsonArrayClose(0, first)}\n` }),
  };
}

export function formatJson(results: FileResult[], context: ReportContext): string {
  return wholeText(jsonWriter(context), results);
}
