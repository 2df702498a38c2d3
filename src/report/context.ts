// What every formatter receives besides the results: where paths are relative to, language, colour, rule metadata.
import type { FileResult } from '../model/result.js';

/** Metadata about one rule that reports may show or link to. */
export interface RuleMeta {
  title: string;
  /** Path or URL of the rule's documentation (rules/<id>.md). */
  docs?: string;
}

export interface ReportContext {
  /** Folder the run started in; absolute file paths under it are shown relative to it. */
  cwd: string;
  lang: 'zh' | 'en';
  /** Emit ANSI colours. The CLI decides (TTY, NO_COLOR, FORCE_COLOR, --color); formatters only obey. */
  color: boolean;
  /** Rule metadata by rule id. */
  rules?: Readonly<Record<string, RuleMeta>>;
  /** The jixiao-lint version, for formats that name the tool (sarif). */
  toolVersion?: string;
}

/** What a formatter produces: text, or bytes for binary formats (xlsx); either may come asynchronously. */
export type FormatterOutput = string | Uint8Array;

/** A report format: a pure function of the results. Never prints. */
export type Formatter = (results: FileResult[], context: ReportContext) => FormatterOutput | Promise<FormatterOutput>;
