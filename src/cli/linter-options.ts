// Maps CLI options onto the library's LinterOptions (finding the config file), and creates the linter with CLI wording for errors.
import type { Linter } from '../api/linter.js';
import type { LinterOptions } from '../api/options.js';
import { findConfigFile } from '../config/load.js';
import { OPTIONS_SOURCE } from '../config/resolve.js';
import { ConfigurationError, withFix } from '../engine/errors.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './options.js';
import { UsageError } from './usage-error.js';

/** --config, else the nearest jixiao.config.json from the working folder up, unless --no-config. */
export function configFileFor(options: CliOptions, io: CliIO): string | undefined {
  if (options.configFile !== undefined) return options.configFile;
  if (options.noConfig) return undefined;
  return findConfigFile(io.cwd) ?? undefined;
}

export function linterOptions(options: CliOptions, io: CliIO): LinterOptions {
  const out: LinterOptions = { cwd: io.cwd, rulesDirs: options.rulesDirs, rules: options.ruleSettings };
  const configFile = configFileFor(options, io);
  if (configFile !== undefined) out.configFile = configFile;
  if (options.lang !== undefined) out.lang = options.lang;
  if (options.maxFileBytes !== undefined) out.maxFileBytes = options.maxFileBytes;
  if (options.maxInflatedBytes !== undefined) out.maxInflatedBytes = options.maxInflatedBytes;
  if (options.cache) out.cache = true;
  if (options.cacheLocation !== undefined) out.cacheLocation = options.cacheLocation;
  return out;
}

/**
 * --rule settings reach the library as its `rules` option and --cache-location as its `cacheLocation`; a
 * mistake there is a command-line mistake, so say so, naming the option.
 */
export function asCliError(error: unknown): unknown {
  if (!(error instanceof ConfigurationError) || error.file !== OPTIONS_SOURCE) return error;
  const option = error.field === 'cacheLocation' ? '--cache-location' : '--rule';
  return new UsageError(`${option}：${withFix(error.reason, error.fix)}`);
}

/** createLinter with the CLI's options; errors about --rule and --cache-location become UsageErrors. */
export async function createCliLinter(options: CliOptions, io: CliIO): Promise<Linter> {
  const { createLinter } = await import('../api/linter.js');
  try {
    return await createLinter(linterOptions(options, io));
  } catch (error) {
    throw asCliError(error);
  }
}
