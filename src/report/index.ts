// The formatter registry: format name → a report writer (results as they arrive) and the whole formatter made from it, loaded on demand. A new format is one line here.
import type { FileResult } from '../model/result.js';
import type { Formatter, ReportContext, ReportWriter } from './context.js';
import { wholeReport } from './whole.js';

export type {
  Formatter,
  FormatterOutput,
  ReportChunk,
  ReportContext,
  ReportEnd,
  ReportPart,
  ReportWriter,
  ReportWriterFactory,
  RuleMeta,
  TextReportWriter,
} from './context.js';
export { chunksOf } from './pieces.js';
export { displayWidth } from './width.js';
export { totals, addTotals, emptyTotals, type Totals } from './summary.js';

/** Makes a writer for one report; async because the format's module loads on first use. */
export type LoadReportWriter = (context: ReportContext) => Promise<ReportWriter>;

// Each entry loads its module on first use (a dynamic import, cached by the module loader, so no state of ours):
// a run that asks for stylish does not pay for exceljs, and the CLI's start-up stays lean.
export const reportWriters: Readonly<Record<string, LoadReportWriter>> = {
  stylish: async (context) => (await import('./stylish.js')).stylishWriter(context),
  json: async (context) => (await import('./json.js')).jsonWriter(context),
  sarif: async (context) => (await import('./sarif.js')).sarifWriter(context),
  junit: async (context) => (await import('./junit.js')).junitWriter(context),
  csv: async (context) => (await import('./csv.js')).csvWriter(context),
  xlsx: async (context) => (await import('./xlsx.js')).xlsxWriter(context),
  html: async (context) => (await import('./html.js')).htmlWriter(context),
  summary: async (context) => (await import('./score-summary.js')).summaryWriter(context),
};

/** The whole report of one format from its writer: what a library caller with the results in hand wants. */
function wholeFormatter(load: LoadReportWriter): Formatter {
  return async (results: FileResult[], context: ReportContext) => wholeReport(await load(context), results);
}

export const formatters: Readonly<Record<string, Formatter>> = Object.fromEntries(
  Object.entries(reportWriters).map(([name, load]) => [name, wholeFormatter(load)]),
);

/** Formats whose output is bytes, not text: never written to a terminal. */
export const binaryFormats: ReadonlySet<string> = new Set<string>(['xlsx']);

/** The names of the available formats, in registry order (the first is the default). */
export function listFormats(): string[] {
  return Object.keys(reportWriters);
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

export function getReportWriter(name: string): LoadReportWriter {
  if (!Object.hasOwn(reportWriters, name)) throw new UnknownFormatError(name);
  return reportWriters[name]!;
}
