// The formatter registry: format name → pure function. New formats (sarif, junit, csv, …) are one line here.
import type { Formatter } from './context.js';
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatSummary } from './score-summary.js';
import { formatStylish } from './stylish.js';
import { formatXlsx } from './xlsx.js';

export type { Formatter, FormatterOutput, ReportContext, RuleMeta } from './context.js';
export { displayWidth } from './width.js';
export { totals, type Totals } from './summary.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  csv: formatCsv,
  xlsx: formatXlsx,
  html: formatHtml,
  summary: formatSummary,
};

/** Formats whose output is bytes, not text: never written to a terminal. */
export const binaryFormats: ReadonlySet<string> = new Set<string>(['xlsx']);

/** The names of the available formats, in registry order (the first is the default). */
export function listFormats(): string[] {
  return Object.keys(formatters);
}

/** Raised for a format name that is not in the registry; the CLI turns it into exit code 2. */
export class UnknownFormatError extends Error {
  readonly format: string;

  constructor(format: string) {
    super(`未知的输出格式“${format}”；可用的格式：${listFormats().join(', ')}`);
    this.name = 'UnknownFormatError';
    this.format = format;
  }
}

export function getFormatter(name: string): Formatter {
  // Object.hasOwn: a name like "toString" must not find Object.prototype's members.
  if (!Object.hasOwn(formatters, name)) throw new UnknownFormatError(name);
  return formatters[name]!;
}
