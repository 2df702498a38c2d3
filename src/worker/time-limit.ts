// The per-file time limit: its default, its validation, and the fatal result of a file that ran past it.
import { fatalResult } from '../api/fatal.js';
import type { FileResult } from '../model/result.js';

/** Default per-file limit: far above any real document (the largest corpus files lint in about a second). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** setTimeout's largest delay; a longer limit is no limit. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The limit in force for `timeoutMs` (undefined: the default); null when there is none (0 or Infinity). */
export function effectiveTimeout(timeoutMs: number | undefined): number | null {
  const ms = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof ms !== 'number' || Number.isNaN(ms) || ms < 0) {
    throw new RangeError(`timeoutMs must be a non-negative number of milliseconds (0: no limit), got ${String(timeoutMs)}`);
  }
  return ms === 0 || ms > MAX_TIMER_MS ? null : ms;
}

/** "60 秒" / "1.5 秒" / "200 毫秒": the limit as a user set it (--timeout is in seconds). */
function shownLimit(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(3))} 秒` : `${ms} 毫秒`;
}

export function timeoutMessage(ms: number): string {
  return `检查该文件超过了 ${shownLimit(ms)}的时间限制，已停止检查（文件可能过大或结构异常）；如确需更长时间，可用 --timeout <秒>（API：timeoutMs）放宽限制`;
}

/** The fatal result of a file stopped (or, in-thread, found) past its limit. */
export function timeoutResult(shown: string, ms: number): FileResult {
  return fatalResult(shown, 'unknown', timeoutMessage(ms));
}
