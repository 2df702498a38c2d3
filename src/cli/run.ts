// runCli: argv → options → the API → a formatter → exit code (0 clean, 1 findings, or files unreadable or past the time limit, 2 the run could not proceed, 130 interrupted).
import { CommanderError } from 'commander';
import { ConfigurationError, withFix } from '../engine/errors.js';
import { displayPath } from '../report/paths.js';
import { UnknownFormatError } from '../report/index.js';
import { PROGRAM, type CliIO } from './io.js';
import { lint } from './lint.js';
import { toCliOptions, type RawOptions, type ReportOption } from './options.js';
import { printConfig } from './print-config.js';
import { printModel } from './print-model.js';
import { buildProgram } from './program.js';
import { UsageError } from './usage-error.js';
import { Interrupted, INTERRUPTED_EXIT } from './interrupted.js';
import { packageVersion } from './version.js';

export type { CliIO } from './io.js';

/** Turns anything that stopped the run into a Chinese line on stderr and exit code 2 (130 when the user interrupted it). */
function failure(error: unknown, io: CliIO): 2 | typeof INTERRUPTED_EXIT {
  if (error instanceof ConfigurationError) {
    const field = error.field ? ` 字段 ${error.field}` : '';
    io.stderr(`${PROGRAM}: 配置错误：${displayPath(error.file, io.cwd)}${field}：${withFix(error.reason, error.fix)}\n`);
  } else if (error instanceof UsageError) {
    io.stderr(`${PROGRAM}: 参数错误：${error.message}\n`);
  } else if (error instanceof UnknownFormatError) {
    io.stderr(`${PROGRAM}: 参数错误：${error.message}\n`);
  } else if (error instanceof Interrupted) {
    io.stderr(`${PROGRAM}: ${error.message}\n`);
    return INTERRUPTED_EXIT;
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${PROGRAM}: 内部错误，请报告此问题：\n${detail}\n`);
  }
  return 2;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(packageVersion(), io);
  // -f and -o in command-line order, to pair them (commander keeps only the last value of each).
  const sequence: ReportOption[] = [];
  program.on('option:format', (value: string) => sequence.push(['format', value]));
  program.on('option:output', (value: string) => sequence.push(['output', value]));
  // --summary is -f summary, in its place on the command line (so `--summary -o 汇总.txt` pairs up).
  program.on('option:summary', () => sequence.push(['format', 'summary']));
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    // Commander has already written help, the version or its error message.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return failure(error, io);
  }
  try {
    const options = toCliOptions(program.opts<RawOptions>(), program.args, sequence);
    if (options.printConfig !== undefined) {
      if (options.patterns.length > 0) throw new UsageError(`--print-config 只接受一个文件，不能同时检查其他文件：${options.patterns.join(' ')}`);
      return await printConfig(options.printConfig, options, io);
    }
    if (options.patterns.length === 0) {
      program.outputHelp({ error: true });
      throw new UsageError('请至少指定一个要检查的文件、文件夹或 glob 模式');
    }
    return options.printModel ? await printModel(options, io) : await lint(options, io);
  } catch (error) {
    return failure(error, io);
  }
}
