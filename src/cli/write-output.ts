// Sends a report (text or bytes) to stdout, or to the -o file (creating its folders).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliIO } from './io.js';
import { UsageError } from './usage-error.js';

export async function writeOutput(text: string | Uint8Array, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) {
    if (typeof text === 'string') io.stdout(text);
    else if (io.stdoutBytes !== undefined) io.stdoutBytes(text);
    else throw new UsageError('二进制报告不能写到标准输出；请用 -o <文件> 指定输出文件');
    return;
  }
  const file = resolve(io.cwd, output);
  try {
    await mkdir(dirname(file), { recursive: true });
    await (typeof text === 'string' ? writeFile(file, text, 'utf8') : writeFile(file, text));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`无法写入报告文件 ${output}：${code}`);
  }
}
