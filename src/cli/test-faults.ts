// The fault-injection hook of the pool (WorkerFaults), reachable from the built CLI for end-to-end tests only:
// JIXIAO_LINT_TEST_FAULTS='{"hangOn":"stuck.txt"}'. Read here, at the process boundary, never by the library.
import type { WorkerFaults } from '../worker/protocol.js';

export const TEST_FAULTS_VARIABLE = 'JIXIAO_LINT_TEST_FAULTS';

const KEYS = ['throwOn', 'exitOn', 'hangOn'] as const;

/** The faults named in the environment, or undefined (also when the value is not a JSON object of strings). */
export function testFaults(env: Record<string, string | undefined>): WorkerFaults | undefined {
  const raw = env[TEST_FAULTS_VARIABLE];
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const faults: WorkerFaults = {};
  for (const key of KEYS) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') faults[key] = value;
  }
  return faults;
}
