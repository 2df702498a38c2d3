#!/usr/bin/env node
// The executable: wires the real process to runCli and sets the exit code (never process.exit, so output is flushed).
import { runCli } from './run.js';

// `jixiao-lint … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// No top-level await: the bundle is a CommonJS script (so that V8 can cache its compiled code), which has none.
void runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  progressStream: process.stderr,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
