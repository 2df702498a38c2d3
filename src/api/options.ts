// Options accepted by the library API and the CLI alike.
import type { FileResult } from '../model/result.js';
import type { ConfigInput } from '../config/schema.js';
import type { RuleSetting } from '../engine/rule-set.js';
import type { Language } from '../engine/runner.js';

/** The folder the result cache lives in when no location is given, relative to cwd (as ESLint's .eslintcache). */
export const DEFAULT_CACHE_LOCATION = '.jixiao-lint-cache';

export interface LinterOptions {
  /** A configuration file (jixiao.config.json format), relative to `cwd`. Not searched for: the CLI does that. */
  configFile?: string;
  /** A configuration object, applied on top of `configFile` when both are given. Without either, the `recommended` preset. */
  config?: ConfigInput;
  /** Message language: Chinese (default) or English where a rule has an English template. Wins over the config's `lang`. */
  lang?: Language;
  /** Extra folders of rule files (*.json), loaded after the built-in rules/ and the config's `rulesDirs`. */
  rulesDirs?: string[];
  /** Per-rule severity ('off' to disable) and options; wins over the config and its overrides (the CLI's --rule). */
  rules?: Record<string, RuleSetting>;
  /** Working directory for relative patterns and paths; default process.cwd(). */
  cwd?: string;
  /**
   * Largest file, buffer or text (as UTF-8) read, in bytes; default 100 MB. A larger one gets a
   * fatal result naming the file, its size and the limit; a file's size is checked before reading it.
   */
  maxFileBytes?: number;
  /** Largest total a .docx/.xlsx may inflate to, in bytes; default 500 MB. Inflating stops as soon as it is passed (zip bombs). */
  maxInflatedBytes?: number;
  /** Largest single part of a .docx/.xlsx once inflated, in bytes; default 200 MB. */
  maxEntryBytes?: number;
  /**
   * Keep lintFiles' results on disk and reuse them for files whose bytes were linted before with the
   * same tool build and settings (the CLI's --cache). Only files read from disk use it, not lintText or
   * lintBuffer. See ResultCache (src/api/result-cache.ts) for what the key holds.
   */
  cache?: boolean;
  /** Where the cache lives with `cache: true`, relative to `cwd`; default `.jixiao-lint-cache`. */
  cacheLocation?: string;
}

export interface LintTextOptions {
  /** Name reported for the text (default '<text>'); config overrides are matched against it. */
  filePath?: string;
}

export interface LintBufferOptions {
  /**
   * Name reported for the file (default '<buffer>'); config overrides are matched against it, and
   * its extension breaks ties in format detection (the content decides: a renamed .docx is Word).
   */
  filePath?: string;
}

/**
 * How many worker threads lint files: 'off' (or 0) lints in this thread, N uses N workers (at most
 * one per file), 'auto' uses none for small jobs (fewer than AUTO_MIN_FILES files) or on one core, and
 * otherwise one worker per AUTO_FILES_PER_WORKER files, at most os.availableParallelism(), less one core
 * below AUTO_ALL_CORES_FILES files (src/worker/pool.ts).
 */
export type Concurrency = 'auto' | 'off' | number;

export interface LintFilesOptions {
  /** Worker threads (default 'off' in the API; the CLI's default is 'auto'). */
  concurrency?: Concurrency;
  /**
   * Per-file time limit in milliseconds (default 60 000; 0: none). On worker threads a file past it is
   * stopped: its worker is terminated and replaced, and the file gets a fatal result naming the limit.
   * In this thread (concurrency 'off', or 'auto' for small jobs) a file cannot be interrupted: one that
   * finishes past the limit gets the same fatal result, but the run waits for it.
   */
  timeoutMs?: number;
  /** Called once the files are known, before the first is linted. */
  onStart?(total: number): void;
  /** Called with each result as it finishes (completion order), with how many are done so far. */
  onResult?(result: FileResult, done: number, total: number): void;
  /**
   * The compiled worker entry (dist/src/worker/lint-worker.js by default). Workers always run
   * compiled JavaScript: when this module runs from its TypeScript source (vitest), the default
   * is the dist/ file that `npm run build` (and `npm test`'s pretest) writes.
   */
  workerFile?: string | URL;
  /**
   * lintFilesStream only: yield results in file-path order (the order of listFiles) rather than as they finish.
   * A result that finishes early waits for those before it, so only the results of files still running are held.
   */
  ordered?: boolean;
}
