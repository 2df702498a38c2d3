import { describe, expect, it } from 'vitest';
import { plannedBy } from '../../src/facts/definitions/narrative-progress.js';
import type { Schedule } from '../../src/model/index.js';

const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
function schedule(points: [number | null, number | null][]): Schedule {
  return {
    span,
    checkpoints: points.map(([month, percent]) => ({
      label: { text: `${month ?? '?'}月底`, span },
      month,
      malformed: false,
      percent: percent === null ? null : { value: percent, raw: `${percent}%`, span },
    })),
  };
}

describe('plannedBy', () => {
  const sample = schedule([[3, 25], [6, 50], [10, 80], [12, 100]]);

  it('reads a checkpoint month directly', () => {
    expect(plannedBy(sample, 6)).toBe(50);
  });

  it('reads between checkpoints on a straight line', () => {
    expect(plannedBy(sample, 9)).toBe(72.5);
    expect(plannedBy(sample, 11)).toBe(90);
  });

  it('starts from 0% at the beginning of the year and keeps the last value after the last checkpoint', () => {
    expect(plannedBy(schedule([[6, 60], [12, 100]]), 3)).toBe(30);
    expect(plannedBy(schedule([[3, 25], [9, 80]]), 11)).toBe(80);
  });

  it('ignores checkpoints without month or percentage, and gives null when none is left', () => {
    expect(plannedBy(schedule([[3, 25], [null, 60], [12, null]]), 6)).toBe(25);
    expect(plannedBy(schedule([[null, 50]]), 6)).toBeNull();
  });

  it('reads checkpoints in calendar order even when written out of order', () => {
    expect(plannedBy(schedule([[6, 50], [3, 25], [12, 100]]), 3)).toBe(25);
  });
});
