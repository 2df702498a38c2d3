// The default action: lint the files, write each chosen report as the results arrive, and return 0 or 1.
import type { InternalLintFilesOptions } from '../api/linter.js';
import { builtInRulesDir } from '../api/package-root.js';
import type { ReportContext } from '../report/context.js';
import { addTotals, binaryFormats, emptyTotals, getReportWriter } from '../report/index.js';
import { useColor } from './color.js';
import { PROGRAM, type CliIO } from './io.js';
import { createCliLinter } from './linter-options.js';
import type { CliOptions } from './options.js';
import { errorsOnlyOf, outcomeOfTotals } from './outcome.js';
import { startProgress, wantsProgress, type Progress } from './progress.js';
import { testFaults } from './test-faults.js';
import { ruleMeta } from './rule-meta.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from './version.js';
import { BATCH_MIN_FILES } from './heap-growth.js';
import { ReportOutput } from './report-output.js';
import { fileSink, stdoutSink } from './report-sink.js';
import { ScratchFolder } from './report-spill.js';
import { Interrupted } from './interrupted.js';

/** A report the user asked for: its format's name and where it goes (stdout when no -o). */
interface ReportRequest {
  name: string;
  output: string | undefined;
}

export async function lint(options: CliOptions, io: CliIO): Promise<number> {
  // An unknown format, or bytes bound for a terminal, fails before any file is read.
  const requests: ReportRequest[] = options.reports.map((report) => {
    getReportWriter(report.format);
    return { name: report.format, output: report.output };
  });
  for (const report of requests) {
    if (binaryFormats.has(report.name) && report.output === undefined && (io.isTTY || io.stdoutBytes === undefined)) {
      throw new UsageError(`${report.name} 报告是二进制文件，不能输出到终端；请用 -o <文件> 指定输出文件`);
    }
  }
  // Loaded on demand so --help and --version do not pay for the engine and the parser.
  const linter = await createCliLinter(options, io);
  const files = await linter.listFiles(options.patterns);
  if (files.length === 0) throw new UsageError(`没有找到可检查的文件：${options.patterns.join(' ')}`);
  if (files.length >= BATCH_MIN_FILES) io.beforeBatch?.();

  const scratch = new ScratchFolder();
  const base: Omit<ReportContext, 'color'> = {
    cwd: io.cwd,
    lang: linter.lang,
    rules: ruleMeta(linter.rules, linter.lang, builtInRulesDir()),
    toolVersion: packageVersion(),
    // What the reports keep of each file until their end waits on disk, not in memory, while the batch runs.
    blocks: () => scratch.blocks(),
  };
  let progress: Progress | undefined;
  if (io.progressStream !== undefined && wantsProgress(options, io, files.length)) progress = await startProgress(io.progressStream, files.length);
  const sum = emptyTotals();
  let failure: unknown;
  try {
    const outputs = await openReports(requests, options, io, base, scratch, progress !== undefined);
    // Results are written as they come, in file order, and dropped: memory grows only by what the reports keep per file.
    const run: InternalLintFilesOptions = { concurrency: options.concurrency, ordered: true, onResult: () => progress?.tick() };
    if (options.timeoutMs !== undefined) run.timeoutMs = options.timeoutMs;
    const faults = testFaults(io.env);
    if (faults !== undefined) run.faults = faults;
    try {
      for await (const result of linter.lintFilesStream(files, run)) {
        // Leaving the loop ends the stream, which stops the workers.
        if (io.signal?.aborted === true) throw new Interrupted();
        addTotals(sum, result);
        const shown = options.quiet ? errorsOnlyOf(result) : result;
        for (const output of outputs) await output.add(shown);
      }
    } catch (error) {
      for (const output of outputs) await output.abort();
      throw error;
    } finally {
      progress?.stop();
    }
    // Every report is finished even when an earlier one could not be; the first failure is raised afterwards.
    for (const output of outputs) failure ??= await output.finish();
  } finally {
    await scratch.remove();
  }
  if (failure !== undefined) throw failure;

  const outcome = outcomeOfTotals(sum, options.maxWarnings);
  if (outcome.tooManyWarnings) {
    io.stderr(`${PROGRAM}: 警告数 ${outcome.warnings} 超过了 --max-warnings ${options.maxWarnings} 的上限\n`);
  }
  return outcome.exitCode;
}

/**
 * Opens every report before the first file is linted. Only the first report bound for stdout goes out as it is
 * written, and not under a progress bar drawn on the same terminal; the others wait in temporary files, so
 * stdout carries the reports one after another in command-line order.
 */
async function openReports(
  requests: readonly ReportRequest[],
  options: CliOptions,
  io: CliIO,
  base: Omit<ReportContext, 'color'>,
  scratch: ScratchFolder,
  progressShown: boolean,
): Promise<ReportOutput[]> {
  let stdoutTaken = progressShown && io.isTTY;
  const outputs: ReportOutput[] = [];
  for (const request of requests) {
    const toFile = request.output !== undefined;
    const live = toFile || !stdoutTaken;
    if (!toFile) stdoutTaken = true;
    const color = useColor({ flag: options.color, env: io.env, isTTY: io.isTTY, toFile });
    const start = async () => ({
      writer: await getReportWriter(request.name)({ ...base, color }),
      destination: request.output === undefined ? stdoutSink(io) : await fileSink(request.output, io.cwd),
    });
    outputs.push(await ReportOutput.open(start, live, scratch));
  }
  return outputs;
}
