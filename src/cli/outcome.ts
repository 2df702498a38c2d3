// What a lint run means for the process: the results to show (--quiet) and the exit code (DESIGN: 0 / 1), from totals summed as results arrive.
import type { FileResult } from '../model/result.js';
import { totals, type Totals } from '../report/summary.js';

/** --quiet for one result: errors only. Counters follow the shown messages, like ESLint's getErrorResults. */
export function errorsOnlyOf(result: FileResult): FileResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 };
}

export interface Outcome {
  exitCode: 0 | 1;
  warnings: number;
  /** Set when --max-warnings was given and exceeded. */
  tooManyWarnings: boolean;
}

/** Computed from all results, not the --quiet view: hiding warnings must not hide --max-warnings. */
export function outcomeOfTotals(sum: Totals, maxWarnings?: number): Outcome {
  const tooManyWarnings = maxWarnings !== undefined && sum.warnings > maxWarnings;
  return { exitCode: sum.errors > 0 || tooManyWarnings ? 1 : 0, warnings: sum.warnings, tooManyWarnings };
}

export function outcomeOf(results: readonly FileResult[], maxWarnings?: number): Outcome {
  return outcomeOfTotals(totals(results), maxWarnings);
}
