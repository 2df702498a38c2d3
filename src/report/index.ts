// The formatter registry: format name → pure function, loaded on demand. New formats (sarif, junit, csv, …) are one line here.
import type { Formatter } from './context.js';

export type { Formatter, FormatterOutput, ReportContext, RuleMeta } from './context.js';
export { displayWidth } from './width.js';
export { totals, type Totals } from './summary.js';

// Each entry loads its module on first use (a dynamic import, cached by the module loader, so no state of ours):
// a run that asks for stylish does not pay for exceljs, and the CLI's start-up stays lean.
export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: async (results, context) => (await import('./stylish.js')).formatStylish(results, context),
  json: async (results, context) => (await import('./json.js')).formatJson(results, context),
  sarif: async (results, context) => (await import('./sarif.js')).formatSarif(results, context),
  junit: async (results, context) => (await import('./junit.js')).formatJunit(results, context),
  csv: async (results, context) => (await import('./csv.js')).formatCsv(results, context),
  xlsx: async (results, context) => (await import('./xlsx.js')).formatXlsx(results, context),
  html: async (results, context) => (await import('./html.js')).formatHtml(results, context),
  summary: async (results, context) => (await import('./score-summary.js')).formatSummary(results, context),
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
