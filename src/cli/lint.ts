// The default action: lint the files, write the chosen report, and return 0 or 1.
import { builtInRulesDir } from '../api/package-root.js';
import type { ReportContext } from '../report/context.js';
import { getFormatter } from '../report/index.js';
import { useColor } from './color.js';
import { PROGRAM, type CliIO } from './io.js';
import { createCliLinter } from './linter-options.js';
import type { CliOptions } from './options.js';
import { errorsOnly, outcomeOf } from './outcome.js';
import { ruleMeta } from './rule-meta.js';
import { UsageError } from './usage-error.js';
import { writeOutput } from './write-output.js';

export async function lint(options: CliOptions, io: CliIO): Promise<number> {
  // An unknown format fails before any file is read.
  const format = getFormatter(options.format);
  // Loaded on demand so --help and --version do not pay for the engine and the parser.
  const linter = await createCliLinter(options, io);

  const results = await linter.lintFiles(options.patterns);
  if (results.length === 0) throw new UsageError(`没有找到可检查的文件：${options.patterns.join(' ')}`);

  const context: ReportContext = {
    cwd: io.cwd,
    lang: linter.lang,
    color: useColor({ flag: options.color, env: io.env, isTTY: io.isTTY, toFile: options.output !== undefined }),
    rules: ruleMeta(linter.rules, linter.lang, builtInRulesDir()),
  };
  await writeOutput(format(options.quiet ? errorsOnly(results) : results, context), options.output, io);

  const outcome = outcomeOf(results, options.maxWarnings);
  if (outcome.tooManyWarnings) {
    io.stderr(`${PROGRAM}: 警告数 ${outcome.warnings} 超过了 --max-warnings ${options.maxWarnings} 的上限\n`);
  }
  return outcome.exitCode;
}
