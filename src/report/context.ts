// What every formatter receives besides the results (where paths are relative to, language, colour, rule metadata), and the two shapes of a report: whole, or written as results arrive.
import type { FileResult } from '../model/result.js';
import type { BlockKeeper } from './text-store.js';

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
  /**
   * Makes a keeper for each store of texts a writer keeps until its end (the rankings' records, xlsx's 文档 and 项目
   * rows): where its full blocks go (text-store.ts). Without it they stay in memory.
   */
  blocks?: () => BlockKeeper;
}

/** What a formatter produces: text, or bytes for binary formats (xlsx); either may come asynchronously. */
export type FormatterOutput = string | Uint8Array;

/** A report format: a pure function of the results. Never prints. */
export type Formatter = (results: FileResult[], context: ReportContext) => FormatterOutput | Promise<FormatterOutput>;

/** A piece of a report: text, or bytes for binary formats. */
export type ReportChunk = string | Uint8Array;

/**
 * A head or tail given by end(): one chunk, or an iterable of chunks (a generator) that makes each piece as it is
 * pulled. A ranking of every document is megabytes: in pieces it never has to be one string, and a caller that
 * writes each piece before pulling the next holds one at a time. Read it with chunksOf (pieces.ts): a string and a
 * Uint8Array are iterable themselves.
 */
export type ReportPart<Chunk extends ReportChunk = ReportChunk> = Chunk | Iterable<Chunk>;

/** What a writer gives after the last result: its head, when that needed every result, and its tail. */
export interface ReportEnd<Chunk extends ReportChunk = ReportChunk> {
  /** Given here exactly when the writer's `head` was undefined. */
  head?: ReportPart<Chunk>;
  tail: ReportPart<Chunk>;
}

/**
 * A report written as results arrive, one file at a time and in file order, so that a batch of any size is
 * reported without keeping its results: a writer keeps only what its head or tail needs (totals, the scores a
 * ranking sorts). The report is head + every add() in order + tail, the same bytes the whole formatter gives.
 */
export interface ReportWriter<Chunk extends ReportChunk = ReportChunk> {
  /**
   * The report's opening when it does not depend on the results (json's "["). Undefined when it does (a
   * ranking, totals on the root element): the caller then keeps the body aside (the CLI in a temporary file)
   * and writes end().head before it.
   */
  readonly head: Chunk | undefined;
  /**
   * This file's part of the report body (may be empty). A bytes writer may give a promise of it (xlsx, while its zip
   * catches up): the caller awaits it before the next add().
   */
  add(result: FileResult): Chunk | Promise<Chunk>;
  /** Called once, after the last add(); pieces of its head and tail may be made as they are pulled, after it returns. */
  end(): ReportEnd<Chunk> | Promise<ReportEnd<Chunk>>;
}

/** A text report whose end is known at once: what the text formats are, so their whole form stays synchronous. */
export interface TextReportWriter extends ReportWriter<string> {
  add(result: FileResult): string;
  end(): ReportEnd<string>;
}

/** Makes a fresh writer for one report. */
export type ReportWriterFactory = (context: ReportContext) => ReportWriter;
