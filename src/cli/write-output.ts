// Sends a whole text (--print-config, --print-model) to stdout, or to the -o file through the same sink the reports use.
import type { CliIO } from './io.js';
import { fileSink, stdoutSink } from './report-sink.js';

export async function writeOutput(text: string, output: string | undefined, io: CliIO): Promise<void> {
  const sink = output === undefined ? stdoutSink(io) : await fileSink(output, io.cwd);
  try {
    await sink.write(text);
  } catch (error) {
    await sink.abort();
    throw error;
  }
  await sink.close();
}
