// The result of a file that could not be linted: one `fatal` error message, so every format shows it.
import type { FileResult } from '../model/result.js';

export function fatalResult(filePath: string, format: string, message: string): FileResult {
  return {
    filePath, format, fatal: { message },
    errorCount: 1, warningCount: 0, infoCount: 0,
    messages: [{ ruleId: 'fatal', severity: 'error', message, line: 1, column: 1, path: [] }],
  };
}
