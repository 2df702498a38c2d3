// How a result's file path is shown: relative to the run's folder when it lies inside it.
import { isAbsolute, relative } from 'node:path';

export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath;
}
