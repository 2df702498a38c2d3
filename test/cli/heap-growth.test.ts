// The CLI's heap growth flag: set unless the command line sets its own; the bundled entry sets the same value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/cli/heap-growth.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('heapGrowthFlag', () => {
  it('limits growth by default', () => {
    expect(heapGrowthFlag([])).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--max-old-space-size=4096', '--enable-source-maps'])).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it("leaves the user's own setting alone, however it is spelt", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=200'])).toBeUndefined();
    expect(heapGrowthFlag(['--heap_growing_percent', '10'])).toBeUndefined();
  });

  it('is the value the bundled entry sets before reading the code cache', () => {
    // npm test builds first; the entry must set the flag V8 will check the cached code against.
    const entry = readFileSync(join(ROOT, 'dist', 'bundle', 'jixiao-lint.js'), 'utf8');
    expect(entry).toContain(`const HEAP_GROWING_PERCENT = ${HEAP_GROWING_PERCENT};`);
    expect(entry.indexOf('setFlagsFromString(')).toBeLessThan(entry.indexOf('readCache(shipped'));
  });
});
