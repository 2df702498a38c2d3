// A fresh temporary folder for a block of tests: made before them and removed, with everything in it, after them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** Registers the hooks in the calling block; `use` receives the folder's path (for each test, with `each`). */
export function temporaryFolder(prefix: string, use: (path: string) => void, { each = false } = {}): void {
  let path: string | undefined;
  (each ? beforeEach : beforeAll)(async () => {
    path = await mkdtemp(join(tmpdir(), prefix));
    use(path);
  });
  (each ? afterEach : afterAll)(async () => {
    if (path !== undefined) await rm(path, { recursive: true, force: true });
  });
}
