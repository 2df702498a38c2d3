// The CLI's only window on the process: injected so tests run the CLI in-process.

export interface CliIO {
  /** Reports are written piece by piece; a promise says when stdout can take more (a full pipe holds the run back). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /** Writes bytes (binary reports such as xlsx) to stdout; absent where stdout takes text only. */
  stdoutBytes?(bytes: Uint8Array): void | Promise<void>;
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /**
   * Where a progress bar may be drawn (the real stderr; absent in tests). Drawn only when it is a
   * terminal, the run is long, --quiet is off and the report is not piped.
   */
  progressStream?: NodeJS.WriteStream;
  cwd: string;
  /**
   * Aborted when the user interrupts the run (Ctrl-C, SIGTERM): linting stops at the next result, the reports
   * being written and the temporary files are removed, and the CLI exits 130. Absent in tests that do not need it.
   */
  signal?: AbortSignal;
  /**
   * Called once before a batch of BATCH_MIN_FILES or more is linted: main.ts limits V8's heap growth for the
   * process there (heap-growth.ts). Absent in tests and for library callers, whose host's V8 is not ours to change.
   */
  beforeBatch?: () => void;
}

/** Every message the CLI writes itself starts with the program name, like other Unix tools. */
export const PROGRAM = 'jixiao-lint';
