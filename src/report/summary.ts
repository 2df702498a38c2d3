// Totals over a run's results, shared by the summary line and the CLI's exit code so both always agree; summed one result at a time so a stream of results needs no list.
import type { FileResult } from '../model/result.js';

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  /** Files with at least one message or a fatal error. */
  filesWithProblems: number;
  files: number;
}

/** A file that could not be read or parsed counts as at least one error, whatever its counters say. */
export function errorsOf(result: FileResult): number {
  return result.fatal ? Math.max(1, result.errorCount) : result.errorCount;
}

export function emptyTotals(): Totals {
  return { errors: 0, warnings: 0, infos: 0, filesWithProblems: 0, files: 0 };
}

/** Adds one result to running totals (changes `sum`, and returns it). */
export function addTotals(sum: Totals, result: FileResult): Totals {
  sum.files += 1;
  sum.errors += errorsOf(result);
  sum.warnings += result.warningCount;
  sum.infos += result.infoCount;
  if (result.fatal || result.messages.length > 0) sum.filesWithProblems += 1;
  return sum;
}

export function totals(results: readonly FileResult[]): Totals {
  const sum = emptyTotals();
  for (const result of results) addTotals(sum, result);
  return sum;
}
