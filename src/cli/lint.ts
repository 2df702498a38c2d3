// The default action: lint the files, write each chosen report, and return 0 or 1.
import type { InternalLintFilesOptions } from '../api/linter.js';
import { builtInRulesDir } from '../api/package-root.js';
import type { ReportContext } from '../report/context.js';
import { binaryFormats, getFormatter } from '../report/index.js';
import { useColor } from './color.js';
import { PROGRAM, type CliIO } from './io.js';
import { createCliLinter } from './linter-options.js';
import type { CliOptions } from './options.js';
import { errorsOnly, outcomeOf } from './outcome.js';
import { startProgress, wantsProgress, type Progress } from './progress.js';
import { testFaults } from './test-faults.js';
import { ruleMeta } from './rule-meta.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from './version.js';
import { writeOutput } from './write-output.js';

export async function lint(options: CliOptions, io: CliIO): Promise<number> {
  // An unknown format, or bytes bound for a terminal, fails before any file is read.
  const reports = options.reports.map((report) => ({ ...report, format: getFormatter(report.format), name: report.format }));
  for (const report of reports) {
    if (binaryFormats.has(report.name) && report.output === undefined && (io.isTTY || io.stdoutBytes === undefined)) {
      throw new UsageError(`${report.name} 报告是二进制文件，不能输出到终端；请用 -o <文件> 指定输出文件`);
    }
  }
  // Loaded on demand so --help and --version do not pay for the engine and the parser.
  const linter = await createCliLinter(options, io);

  // Results come back as they finish (on worker threads for long runs) and are put in file-path order.
  const files = await linter.listFiles(options.patterns);
  let progress: Progress | undefined;
  if (io.progressStream !== undefined && wantsProgress(options, io, files.length)) progress = await startProgress(io.progressStream, files.length);
  let results;
  try {
    const run: InternalLintFilesOptions = { concurrency: options.concurrency, onResult: () => progress?.tick() };
    if (options.timeoutMs !== undefined) run.timeoutMs = options.timeoutMs;
    const faults = testFaults(io.env);
    if (faults !== undefined) run.faults = faults;
    results = await linter.lintFiles(files, run);
  } finally {
    progress?.stop();
  }
  if (results.length === 0) throw new UsageError(`没有找到可检查的文件：${options.patterns.join(' ')}`);

  const shown = options.quiet ? errorsOnly(results) : results;
  const base: Omit<ReportContext, 'color'> = {
    cwd: io.cwd,
    lang: linter.lang,
    rules: ruleMeta(linter.rules, linter.lang, builtInRulesDir()),
    toolVersion: packageVersion(),
  };
  // Every report is written even when an earlier one could not be; the first failure is raised afterwards.
  let failure: unknown;
  for (const report of reports) {
    const color = useColor({ flag: options.color, env: io.env, isTTY: io.isTTY, toFile: report.output !== undefined });
    try {
      await writeOutput(await report.format(shown, { ...base, color }), report.output, io);
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;

  const outcome = outcomeOf(results, options.maxWarnings);
  if (outcome.tooManyWarnings) {
    io.stderr(`${PROGRAM}: 警告数 ${outcome.warnings} 超过了 --max-warnings ${options.maxWarnings} 的上限\n`);
  }
  return outcome.exitCode;
}
