// Worker threads run compiled JavaScript only. Outside `npm test` (which builds dist/ first) dist/ may be stale or
// missing, so each batch test compiles the current sources into its own folder under test/output and points the
// pool at that worker (the workerFile option): the workers always run the same code as the test.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Compiles src/ into test/output/batch-dist/<name> and returns the worker entry there. */
export function compileWorker(name: string): string {
  const out = join(ROOT, 'test/output/batch-dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', out, '--declaration', 'false', '--sourceMap', 'false'], { stdio: 'pipe' });
  return join(out, 'src/worker/lint-worker.js');
}
