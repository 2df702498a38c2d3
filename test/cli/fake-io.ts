// A fake CliIO that records what the CLI writes, for in-process runs.
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], overrides: Partial<CliIO> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    env: {},
    cwd: process.cwd(),
    ...overrides,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
