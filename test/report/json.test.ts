// The json report: exactly the FileResult[] shape, deterministic, newline-terminated.
import { describe, expect, it } from 'vitest';
import { FileResultSchema } from '../../src/model/result.js';
import { formatJson } from '../../src/report/json.js';
import { clean, fatal, linted } from './fixtures.js';

const context = { cwd: '/repo', lang: 'zh' as const, color: true };

describe('json', () => {
  it('round-trips the results exactly', () => {
    const out = formatJson([linted, fatal, clean], context);
    expect(out.endsWith('}\n]\n')).toBe(true);
    const parsed = JSON.parse(out) as unknown[];
    expect(parsed).toEqual([linted, fatal, clean]);
    for (const item of parsed) expect(FileResultSchema.parse(item)).toEqual(item);
  });

  it('is deterministic and never coloured', () => {
    const a = formatJson([linted, fatal], context);
    expect(formatJson([linted, fatal], { ...context, color: false })).toBe(a);
    expect(a).not.toMatch(/\u001b\[/);
    expect(a).toBe(`${JSON.stringify([linted, fatal], null, 2)}\n`);
  });

  it('prints an empty array for no results', () => {
    expect(formatJson([], context)).toBe('[]\n');
  });
});
