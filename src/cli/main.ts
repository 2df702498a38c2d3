#!/usr/bin/env node
// The executable: wires the real process to runCli and sets the exit code (never process.exit, so output is flushed).
import { limitHeapGrowth } from './heap-growth.js';
import { runCli } from './run.js';

// `jixiao-lint … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

/**
 * Resolves once stdout has taken the chunk, so a report piped to a slow reader does not pile up in memory. A write
 * that fails (the reader has gone: EPIPE) resolves too: the run finishes and its exit code still counts.
 */
function toStdout(chunk: string | Uint8Array): Promise<void> {
  return new Promise((done) => process.stdout.write(chunk, () => done()));
}

// The first Ctrl-C (or SIGTERM) stops the run cleanly: the partial reports and temporary files are removed and the
// exit code is 130. A second one gets node's default, an immediate end.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => interrupt.abort());

// No top-level await: the bundle is a CommonJS script (so that V8 can cache its compiled code), which has none.
void runCli(process.argv.slice(2), {
  stdout: toStdout,
  stderr: (text) => void process.stderr.write(text),
  stdoutBytes: toStdout,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  progressStream: process.stderr,
  cwd: process.cwd(),
  signal: interrupt.signal,
  beforeBatch: () => limitHeapGrowth(process.execArgv),
}).then((code) => {
  process.exitCode = code;
});
