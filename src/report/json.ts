// The json format: the FileResult[] array exactly as the API returns it, for other programs.
import type { FileResult } from '../model/result.js';
import type { ReportContext } from './context.js';

export function formatJson(results: FileResult[], _context: ReportContext): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
