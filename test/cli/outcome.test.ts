// Exit codes from results (errors, fatal files, --max-warnings) and the --quiet view.
import { describe, expect, it } from 'vitest';
import { errorsOnlyOf, outcomeOf } from '../../src/cli/outcome.js';
import { clean, fatal, linted } from '../report/fixtures.js';

describe('outcome', () => {
  it('0 when clean, 1 on errors or a fatal file', () => {
    expect(outcomeOf([clean]).exitCode).toBe(0);
    expect(outcomeOf([clean, linted]).exitCode).toBe(1);
    expect(outcomeOf([{ ...fatal, errorCount: 0, messages: [] }]).exitCode).toBe(1);
  });

  it('warnings pass unless --max-warnings is exceeded', () => {
    const warned = { ...linted, errorCount: 0, warningCount: 2 };
    expect(outcomeOf([warned])).toEqual({ exitCode: 0, warnings: 2, tooManyWarnings: false });
    expect(outcomeOf([warned], 2).exitCode).toBe(0);
    expect(outcomeOf([warned], 1)).toEqual({ exitCode: 1, warnings: 2, tooManyWarnings: true });
  });

  it('--quiet keeps only errors and zeroes the other counters', () => {
    const quiet = errorsOnlyOf(linted);
    expect(quiet.messages.map((m) => m.severity)).toEqual(['error']);
    expect([quiet.errorCount, quiet.warningCount, quiet.infoCount]).toEqual([1, 0, 0]);
    expect(quiet.score).toBe(linted.score);
  });
});
