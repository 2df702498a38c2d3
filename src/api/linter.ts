// The library surface: createLinter() loads the configuration and rules once; lintText/lintFiles return FileResult objects. Never prints, never exits.
import { readFile, stat } from 'node:fs/promises';
import { resolve, relative } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { Document } from '../model/index.js';
import type { FileResult, Message } from '../model/result.js';
import { buildRuleSet, type RuleSet } from '../engine/rule-set.js';
import { RuleRunner, type Language } from '../engine/runner.js';
import type { RuleFile } from '../engine/rule-schema.js';
import { FACTS } from '../facts/index.js';
import { parseNative, parseText } from '../parse/index.js';
import { readDocument, type ReadDocumentResult } from '../read/read-document.js';
import { fileTooLargeMessage, readLimits } from '../read/limits.js';
import { scoreDocument } from '../score/score-document.js';
import { effectiveRules, isIgnored, matchingOverrides, type FileConfig, type ResolvedConfig } from '../config/resolve.js';
import { loadConfig } from './load-config.js';
import { DEFAULT_CACHE_LOCATION, type LintBufferOptions, type LinterOptions, type LintFilesOptions, type LintTextOptions } from './options.js';
import { fatalResult } from './fatal.js';
import { inFileOrder } from './in-file-order.js';
import { lintInWorkers, workerCount } from '../worker/pool.js';
import { lintInThread } from '../worker/in-thread.js';
import { effectiveTimeout } from '../worker/time-limit.js';
import type { WorkerFaults } from '../worker/protocol.js';
import type { ResultCache } from './result-cache.js';
import type { PackedEntry } from './cache-entry.js';

/** Extensions picked up when a folder is given: the formats the readers read (a file named outright is read whatever its extension). */
export const DOCUMENT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'csv', 'tsv', 'docx', 'xlsx', 'html', 'htm'];

export interface Linter {
  /** The rules as loaded (all of them, including those switched off). */
  readonly rules: readonly RuleFile[];
  /** The rule set of a file that matches no override. */
  readonly ruleSet: RuleSet;
  /** The configuration as loaded (presets, files, overrides, scoring), before any file is considered. */
  readonly config: ResolvedConfig;
  /** Message language: the `lang` option, else the config's, else zh. */
  readonly lang: Language;
  /** The configuration a file is linted with (relative paths from `cwd`; null: a text without a path). */
  configFor(filePath: string | null): FileConfig;
  /** ESLint's name for configFor. */
  calculateConfigForFile(filePath: string): Promise<FileConfig>;
  /** Parses text into the document model without linting (what `--print-model` shows). */
  parse(text: string, filePath?: string): Document;
  /**
   * Reads file bytes of any supported format (detected from the content: DOCX, XLSX, HTML or
   * text) into the document model without linting. Rejects with an Error whose message says what
   * the file is when it cannot be read (a PDF, an image, a damaged package).
   */
  parseBuffer(bytes: Uint8Array, filePath?: string): Promise<Document>;
  lintText(text: string, options?: LintTextOptions): Promise<FileResult>;
  /**
   * Lints file bytes of any supported format, detected from the content (a renamed .docx is still
   * read as Word). A file that is not a readable document gets a `fatal` result saying what it is.
   */
  lintBuffer(bytes: Uint8Array, options?: LintBufferOptions): Promise<FileResult>;
  /**
   * Lints files, folders and globs; the results are in file-path order (the order of listFiles) whatever the
   * concurrency, so every report is the same for the same inputs. `onResult` sees each result as it finishes.
   */
  lintFiles(patterns: string[], options?: LintFilesOptions): Promise<FileResult[]>;
  /**
   * Lints files, folders and globs, yielding each result as soon as it is done (completion order with
   * workers, file-path order without), or in file-path order with `ordered`. Nothing is kept but the results
   * not yet yielded, so a batch of any size runs in bounded memory (what the CLI's reports are written from).
   */
  lintFilesStream(patterns: string[], options?: LintFilesOptions): AsyncGenerator<FileResult>;
  /** The files lintFiles would lint: patterns expanded, ignorePatterns applied, sorted; absolute paths. */
  listFiles(patterns: string[]): Promise<string[]>;
  /** Lints one file on disk (absolute or relative to cwd). Never rejects: an unreadable file gets a fatal result. */
  lintFile(filePath: string): Promise<FileResult>;
}

/** A cache hit left packed as its entry holds it (ResultCache.getPacked), with the path to report it under. */
export interface PackedHit {
  filePath: string;
  packed: PackedEntry;
}

/** What a lint worker uses beyond the public surface: a file's read begun before its turn, then the file linted from it. */
export interface InternalLinter extends Linter {
  readAhead(filePath: string): Promise<Uint8Array | FileResult>;
  /** The file linted from its read; a cache hit is left packed: a worker posts it as it is instead of unpacking and packing it again. */
  lintFileReadPacked(filePath: string, started: Promise<Uint8Array | FileResult>): Promise<FileResult | PackedHit>;
}

/** Test hooks: faults the pool's workers simulate (see WorkerFaults), and the workers' heap cap. Not part of the public options. */
export interface InternalLintFilesOptions extends LintFilesOptions {
  faults?: WorkerFaults;
  heapCapMb?: number | null;
  /** Called with the index of each file the pool hands to a worker (the back-pressure test watches it). */
  onHand?(index: number): void;
}

/**
 * Files an in-thread batch reads ahead of the one it lints. With one, the thread still sat idle ~7 % of a
 * batch of 2,000 files, waiting for reads that had advanced one step per file linted.
 */
const READ_AHEAD = 4;

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
};

/** Names a read failure in words an editor understands, keeping the system code for support. */
function readFailure(error: NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  return READ_ERRORS[code] ? `${READ_ERRORS[code]}（${code}）` : error.message;
}

function count(messages: Message[], severity: Message['severity']): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** Expands files, folders and globs into a sorted list of files (folders: every supported file inside). */
export async function expandPatterns(patterns: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  // fast-glob only for folders and globs: a file named outright (the common single-file run) does not load it.
  const glob = async (source: string, options: { cwd: string }): Promise<string[]> => {
    const { default: fg } = await import('fast-glob');
    return fg(source, { ...options, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      const found = await glob(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, { cwd: abs });
      found.forEach((f) => files.add(f));
    } else if (existsSync(abs)) {
      files.add(abs);
    } else {
      const found = await glob(pattern, { cwd });
      if (found.length === 0) files.add(abs); // reported as unreadable, never silently dropped
      found.forEach((f) => files.add(f));
    }
  }
  return [...files].sort();
}

/** The linter's result cache with `cache: true` (node:crypto and zlib load only then: a single-file run starts fast). */
async function openCache(options: LinterOptions, cwd: string): Promise<ResultCache | null> {
  if (options.cache !== true) return null;
  const { ResultCache } = await import('./result-cache.js');
  return ResultCache.open(resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION));
}

interface Prepared {
  ruleSet: RuleSet;
  runner: RuleRunner;
  /** The fingerprint of these settings in cache keys, made when the cache first needs it. */
  fingerprint?: string;
}

/**
 * Loads the configuration and the rules (built-in, the config's rulesDirs, then `rulesDirs`),
 * validates them, and returns a ready linter. Each file is linted with its own effective
 * settings (config rules, then matching overrides, then `rules`); a rule set and runner are
 * built once per distinct set of matching overrides and kept in this linter. Throws
 * ConfigurationError on a bad rule or config file.
 */
export async function createLinter(options: LinterOptions = {}): Promise<Linter> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded = await loadConfig({ ...options, cwd });
  const { config, rules } = loaded;
  const lang = config.lang;
  const limits = readLimits({ maxFileBytes: options.maxFileBytes, maxInflatedBytes: options.maxInflatedBytes, maxEntryBytes: options.maxEntryBytes });
  /** A text over maxFileBytes as UTF-8 (counted only when it could be: UTF-8 is at most 3 bytes per UTF-16 unit). */
  const textTooLarge = (text: string, shown: string): string | null => {
    if (text.length * 3 <= limits.maxFileBytes) return null;
    const size = Buffer.byteLength(text, 'utf8');
    return size > limits.maxFileBytes ? fileTooLargeMessage(shown, size, limits.maxFileBytes) : null;
  };
  const prepared = new Map<string, Prepared>();

  /** The rule set and runner for a file, shared by every file with the same matching overrides. */
  const preparedFor = (filePath: string | null): Prepared => {
    const overrides = matchingOverrides(config, filePath);
    const key = overrides.map((o) => config.overrides.indexOf(o)).join(',');
    let entry = prepared.get(key);
    if (!entry) {
      const ruleSet = buildRuleSet(rules, effectiveRules(config, rules, overrides));
      entry = { ruleSet, runner: new RuleRunner(ruleSet, FACTS) };
      prepared.set(key, entry);
    }
    return entry;
  };
  const base = preparedFor(null);
  const cache = await openCache(options, cwd);
  /** What each worker builds its own linter from: the same options, with cwd made absolute. */
  const workerOptions: LinterOptions = { cwd };
  if (options.configFile !== undefined) workerOptions.configFile = options.configFile;
  if (options.config !== undefined) workerOptions.config = options.config;
  if (options.lang !== undefined) workerOptions.lang = options.lang;
  if (options.rulesDirs !== undefined) workerOptions.rulesDirs = options.rulesDirs;
  if (options.rules !== undefined) workerOptions.rules = options.rules;
  workerOptions.maxFileBytes = limits.maxFileBytes;
  workerOptions.maxInflatedBytes = limits.maxInflatedBytes;
  workerOptions.maxEntryBytes = limits.maxEntryBytes;
  if (cache !== null) {
    workerOptions.cache = true;
    workerOptions.cacheLocation = cache.location;
  }

  /** `shown` is the path reported; `configPath` the absolute path config globs are matched against (null: none). */
  const lintDocument = async (text: string, shown: string, configPath: string | null): Promise<FileResult> => {
    const tooLarge = textTooLarge(text, shown);
    if (tooLarge !== null) return fatalResult(shown, 'text', tooLarge);
    let document: Document;
    try {
      document = parseText(text, shown);
    } catch (error) {
      return fatalResult(shown, 'text', `无法解析：${(error as Error).message}`);
    }
    return lintModel(document, shown, configPath);
  };

  /** Parses what the reader returned; null with a fatal result when it is unreadable or fails to parse. */
  const parseRead = (read: ReadDocumentResult, shown: string): { document: Document } | { fatal: FileResult } => {
    if (read.kind === 'unreadable') return { fatal: fatalResult(shown, read.format, read.message) };
    try {
      return { document: read.kind === 'text' ? parseText(read.text, shown) : parseNative(read.document, shown) };
    } catch (error) {
      return { fatal: fatalResult(shown, read.kind === 'text' ? 'text' : read.document.format, `无法解析：${(error as Error).message}`) };
    }
  };

  /** Reads bytes of any format (detected from the content) and lints the document. */
  const lintBytes = async (bytes: Uint8Array, shown: string, configPath: string | null): Promise<FileResult> => {
    const parsed = parseRead(await readDocument(bytes, shown, limits), shown);
    return 'fatal' in parsed ? parsed.fatal : lintModel(parsed.document, shown, configPath);
  };

  const lintModel = async (document: Document, shown: string, configPath: string | null): Promise<FileResult> => {
    const { ruleSet, runner } = preparedFor(configPath);
    const messages = await runner.run(document, lang);
    return {
      filePath: shown, format: document.format,
      errorCount: count(messages, 'error'), warningCount: count(messages, 'warning'), infoCount: count(messages, 'info'),
      messages,
      score: scoreDocument(document, messages, ruleSet, config.scoring, lang),
    };
  };

  /** Reads one file's bytes, its size checked before it is read; what goes wrong becomes the file's fatal result. Never rejects. */
  const readBytes = async (file: string, shown: string): Promise<Uint8Array | FileResult> => {
    try {
      // The size before the bytes: a file over the limit is never read into memory.
      const { size } = await stat(file);
      if (size > limits.maxFileBytes) return fatalResult(shown, 'too-large', fileTooLargeMessage(shown, size, limits.maxFileBytes));
      const buffer = await readFile(file);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      return fatalResult(shown, 'unknown', `无法读取文件：${readFailure(error as NodeJS.ErrnoException)}`);
    }
  };

  /**
   * Lints one file on disk; whatever goes wrong becomes a fatal result for that file. `started` is
   * its read when a batch began it ahead of time (readAhead), so the thread lints while the disk reads.
   * With the cache, `hitOf` reads the entry of a key (the result as it is reported, or left packed).
   */
  const lintFileVia = async <Hit>(
    filePath: string,
    started: Promise<Uint8Array | FileResult> | undefined,
    hitOf: (cache: ResultCache, key: string, shown: string) => Hit | undefined,
  ): Promise<FileResult | Hit> => {
    const file = resolve(cwd, filePath);
    const shown = relative(cwd, file) || file;
    const bytes = await (started ?? readBytes(file, shown));
    if (!(bytes instanceof Uint8Array)) return bytes;
    try {
      if (cache === null) return await lintBytes(bytes, shown, file);
      // What a cached result depends on besides the file: the rules as this file's settings make them, scoring, language, limits.
      const prepared = preparedFor(file);
      prepared.fingerprint ??= cache.fingerprint({ rules: prepared.ruleSet.byScope, scoring: config.scoring, lang, limits });
      const key = cache.keyOf(prepared.fingerprint, file, bytes);
      const cached = hitOf(cache, key, shown);
      if (cached !== undefined) return cached;
      const result = await lintBytes(bytes, shown, file);
      cache.put(key, result);
      return result;
    } catch (error) {
      return fatalResult(shown, 'unknown', `检查时出错：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const lintFile = (filePath: string, started?: Promise<Uint8Array | FileResult>): Promise<FileResult> =>
    lintFileVia(filePath, started, (c, key, shown) => c.get(key, shown));
  const lintFilePacked = (filePath: string, started: Promise<Uint8Array | FileResult>): Promise<FileResult | PackedHit> =>
    lintFileVia(filePath, started, (c, key, shown): PackedHit | undefined => {
      const packed = c.getPacked(key);
      return packed === undefined ? undefined : { filePath: shown, packed };
    });

  /** Starts reading a file of a batch before its turn (same path handling as lintFile). */
  const readAhead = (filePath: string): Promise<Uint8Array | FileResult> => {
    const file = resolve(cwd, filePath);
    return readBytes(file, relative(cwd, file) || file);
  };

  const listFiles = async (patterns: string[]): Promise<string[]> => {
    // ignorePatterns apply to what folders and globs expand to; a file named outright is linted.
    const named = new Set(patterns.map((p) => resolve(cwd, p)).filter((p) => existsSync(p) && statSync(p).isFile()));
    return (await expandPatterns(patterns, cwd)).filter((file) => named.has(file) || !isIgnored(config, file));
  };

  /** Results with their index in `files`, as they finish: in this thread, or on worker threads. */
  async function* lintIndexed(files: string[], opts: InternalLintFilesOptions): AsyncGenerator<{ index: number; result: FileResult }> {
    const total = files.length;
    opts.onStart?.(total);
    let done = 0;
    const workers = workerCount(opts.concurrency, total);
    const timeoutMs = effectiveTimeout(opts.timeoutMs);
    const shown = (file: string) => relative(cwd, file) || file;
    // The time limit stops a worker (preemptive); in this thread it can only report a file that ran past it (in-thread.ts).
    const source: AsyncIterable<{ index: number; result: FileResult }> =
      workers === 0
        ? (async function* () {
            // The next files are read while this one is linted (awaiting each read in turn left the thread idle ~20 %
            // of a batch). A read takes five trips through this thread's event loop (stat, open, fstat, read, close),
            // and the thread makes one between two files, so reads run READ_AHEAD files ahead.
            const reads = new Map<number, Promise<Uint8Array | FileResult>>();
            let ahead = 0;
            for (let index = 0; index < total; index++) {
              for (; ahead < total && ahead <= index + READ_AHEAD; ahead++) reads.set(ahead, readAhead(files[ahead]!));
              const file = files[index]!;
              const read = reads.get(index)!;
              reads.delete(index);
              yield { index, result: await lintInThread((f) => lintFile(f, read), file, { timeoutMs, shown: shown(file), faults: opts.faults }) };
            }
          })()
        : lintInWorkers({
            files, workers, workerFile: opts.workerFile, faults: opts.faults, options: workerOptions, shown, timeoutMs, heapCapMb: opts.heapCapMb,
            ordered: opts.ordered === true, onHand: opts.onHand,
          });
    for await (const item of source) {
      done += 1;
      opts.onResult?.(item.result, done, total);
      yield item;
    }
  }

  async function* lintFilesStream(patterns: string[], opts: LintFilesOptions = {}): AsyncGenerator<FileResult> {
    const indexed = lintIndexed(await listFiles(patterns), opts);
    if (opts.ordered === true) yield* inFileOrder(indexed);
    else for await (const { result } of indexed) yield result;
  }

  const linter: InternalLinter = {
    rules,
    ruleSet: base.ruleSet,
    config,
    lang,
    configFor: (filePath) => loaded.forFile(filePath),
    calculateConfigForFile: async (filePath) => loaded.forFile(filePath),
    parse(text, filePath = '<text>') {
      const tooLarge = textTooLarge(text, filePath);
      if (tooLarge !== null) throw new Error(tooLarge);
      return parseText(text, filePath);
    },
    async parseBuffer(bytes, filePath = '<buffer>') {
      const parsed = parseRead(await readDocument(bytes, filePath, limits), filePath);
      if ('fatal' in parsed) throw new Error(parsed.fatal.fatal!.message);
      return parsed.document;
    },
    lintText: (text, opts = {}) =>
      lintDocument(text, opts.filePath ?? '<text>', opts.filePath === undefined ? null : resolve(cwd, opts.filePath)),
    lintBuffer: (bytes, opts = {}) =>
      lintBytes(bytes, opts.filePath ?? '<buffer>', opts.filePath === undefined ? null : resolve(cwd, opts.filePath)),
    listFiles,
    lintFile: (filePath) => lintFile(filePath),
    readAhead,
    lintFileReadPacked: lintFilePacked,
    lintFilesStream,
    async lintFiles(patterns, opts = {}) {
      const files = await listFiles(patterns);
      const results = new Array<FileResult>(files.length);
      for await (const { index, result } of lintIndexed(files, opts)) results[index] = result;
      return results;
    },
  };
  return linter;
}

/** Lints one text with a fresh linter (convenience; reuse createLinter() for many texts). */
export async function lintText(text: string, options: LinterOptions & LintTextOptions = {}): Promise<FileResult> {
  return (await createLinter(options)).lintText(text, options);
}

/** Lints the bytes of one file of any supported format with a fresh linter (convenience; reuse createLinter() for many). */
export async function lintBuffer(bytes: Uint8Array, options: LinterOptions & LintBufferOptions = {}): Promise<FileResult> {
  return (await createLinter(options)).lintBuffer(bytes, options);
}

/** Lints files, folders and globs with a fresh linter. */
export async function lintFiles(patterns: string[], options: LinterOptions & LintFilesOptions = {}): Promise<FileResult[]> {
  return (await createLinter(options)).lintFiles(patterns, options);
}
