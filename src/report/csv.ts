// The csv format: one row per finding (fatal files included), UTF-8 with a BOM so Excel shows Chinese, RFC 4180 quoting and CRLF; written one file at a time.
import type { FileResult } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { FINDING_COLUMNS, findingRows } from './findings.js';
import { wholeText } from './whole.js';

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

/** The header row first, then each file's findings as they come. */
export function csvWriter(context: ReportContext): TextReportWriter {
  return {
    head: `\uFEFF${FINDING_COLUMNS.map(csvField).join(',')}\r\n`,
    add(result) {
      let part = '';
      for (const row of findingRows([result], context)) part += `${row.map(csvField).join(',')}\r\n`;
      return part;
    },
    end: () => ({ tail: '' }),
  };
}

export function formatCsv(results: FileResult[], context: ReportContext): string {
  return wholeText(csvWriter(context), results);
}
