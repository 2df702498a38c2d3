// What is checked and added when a cached result is read back, on whichever thread unpacks it (kept free of node:crypto and zlib).
import type { FileResult } from '../model/result.js';

/** A result as the cache keeps it: without its path, which is the path it is linted under now. */
export type CachedResult = Omit<FileResult, 'filePath'>;

/**
 * Whether a value read back has the shape of a result. The tool wrote it, gzip checked its bytes (CRC),
 * and the key is its name and its content: a structural check suffices (a schema check would cost about
 * what linting a file does).
 */
export function isCachedResult(value: unknown): value is CachedResult {
  return typeof value === 'object' && value !== null && Array.isArray((value as CachedResult).messages);
}

/** A cached result under the path to report it as, filePath first as in a fresh result (reports write the fields in the order they come). */
export function withPath(filePath: string, result: CachedResult): FileResult {
  return { filePath, ...result };
}
