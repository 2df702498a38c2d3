// --print-config <file>: print, as JSON, the configuration that file would be linted with; nothing is linted.
import type { CliIO } from './io.js';
import { asCliError, linterOptions } from './linter-options.js';
import type { CliOptions } from './options.js';
import { writeOutput } from './write-output.js';

/** JSON has no -Infinity: the lowest grade band's open lower bound prints as null (a config accepts null back). */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/** Exit 0 with the configuration on stdout (or -o); a bad configuration fails like a lint run (exit 2). */
export async function printConfig(file: string, options: CliOptions, io: CliIO): Promise<number> {
  const { loadConfig } = await import('../api/load-config.js');
  let loaded;
  try {
    loaded = await loadConfig(linterOptions(options, io));
  } catch (error) {
    throw asCliError(error);
  }
  await writeOutput(`${JSON.stringify(loaded.forFile(file), replacer, 2)}\n`, options.output, io);
  return 0;
}
