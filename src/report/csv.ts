// The csv format: one row per finding (fatal files included), UTF-8 with a BOM so Excel shows Chinese, RFC 4180 quoting and CRLF.
import type { FileResult } from '../model/result.js';
import type { ReportContext } from './context.js';
import { FINDING_COLUMNS, findingRows } from './findings.js';

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @ and the like) gets a leading apostrophe (OWASP
 * "CSV injection"); numbers such as -5 or +3.5% are left alone.
 */
export function defuse(text: string): string {
  return /^[=@\t\r]|^[+-](?![\d.]+%?$|$)/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : defuse(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(results: FileResult[], context: ReportContext): string {
  const lines = [FINDING_COLUMNS.map(csvField).join(',')];
  for (const row of findingRows(results, context)) lines.push(row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
