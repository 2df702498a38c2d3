// Sends a report to stdout, or to the -o file (creating its folders).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliIO } from './io.js';
import { UsageError } from './usage-error.js';

export async function writeOutput(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const file = resolve(io.cwd, output);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`无法写入报告文件 ${output}：${code}`);
  }
}
