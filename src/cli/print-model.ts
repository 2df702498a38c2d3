// --print-model: parse each file and print its document model as JSON, for rule authors; nothing is linted.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { PROGRAM, type CliIO } from './io.js';
import { createCliLinter } from './linter-options.js';
import type { CliOptions } from './options.js';
import { UsageError } from './usage-error.js';
import { writeOutput } from './write-output.js';

interface ModelEntry {
  filePath: string;
  format: string;
  document: unknown;
}

/** Prints models for the files that parse; exit 2 if any file could not be read or parsed (reported on stderr). */
export async function printModel(options: CliOptions, io: CliIO): Promise<number> {
  const { expandPatterns } = await import('../api/linter.js');
  const linter = await createCliLinter(options, io);
  const files = await expandPatterns(options.patterns, io.cwd);
  if (files.length === 0) throw new UsageError(`没有找到可解析的文件：${options.patterns.join(' ')}`);

  const entries: ModelEntry[] = [];
  let failed = false;
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      io.stderr(`${PROGRAM}: 无法读取文件 ${shown}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      failed = true;
      continue;
    }
    try {
      // The same reading path as linting: format detected from the bytes (text, DOCX, XLSX, HTML …).
      const document = await linter.parseBuffer(bytes, shown);
      entries.push({ filePath: shown, format: document.format, document });
    } catch (error) {
      io.stderr(`${PROGRAM}: 无法解析文件 ${shown}：${(error as Error).message}\n`);
      failed = true;
    }
  }
  // Always an array, one entry per file, so scripts need not care how many files matched.
  await writeOutput(`${JSON.stringify(entries, null, 2)}\n`, options.output, io);
  return failed ? 2 : 0;
}
