// Temporary folders with config and rule files for config tests; each test file cleans up after itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../../src/engine/errors.js';

/** A fresh temporary folder; call `cleanup` in afterAll. */
export function tempFolder(prefix = 'jixiao-config-'): { dir: string; write: (rel: string, content: unknown) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(rel, content) {
      const file = join(dir, rel);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The README's example of a user rule (a satisfaction target above `max`), with any field replaced. */
export function userRule(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    family: 'D',
    scope: 'indicator',
    severity: 'warning',
    dimension: 'appropriateness',
    title: '满意度不宜定为 100%',
    message: '满意度指标“{{level3Text}}”定为“{{targetDisplay}}”，目标不可信',
    at: 'value',
    options: { max: 99 },
    conditions: { all: [
      { fact: 'level2Canonical', operator: 'equal', value: 'SAT_SUB' },
      { fact: 'targetNumber', operator: 'greaterThan', value: { param: 'max' } },
    ] },
    ...fields,
  };
}

/** Awaits a promise that must reject with a ConfigurationError, and returns the error. */
export async function configError(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}
