// The per-document indicator readings: one record per row, each reading computed once, label analyses the text cache's.
import { describe, expect, it } from 'vitest';
import { createFactContext, TextCache } from '../../src/facts/context.js';
import type { Indicator } from '../../src/model/index.js';
import { level1Analysis, level2Analysis, level3Analysis, readingsOf, ROW } from '../../src/facts/definitions/indicator-readings.js';
import { nameAnalysis } from '../../src/facts/definitions/name-analysis.js';

const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const field = (text: string) => ({ text, span });
const row = (level1: string, level2: string, level3: string) =>
  ({ level1: field(level1), level2: field(level2), level3: field(level3) }) as unknown as Indicator;

describe('readingsOf', () => {
  it('keeps one record per indicator and document', () => {
    const ctx = createFactContext();
    const a = row('产出指标', '数量指标', '培训人次');
    const b = row('产出指标', '数量指标', '培训人次');
    expect(readingsOf(ctx, a)).toBe(readingsOf(ctx, a));
    expect(readingsOf(ctx, b)).not.toBe(readingsOf(ctx, a));
    // Back to the first after another: the map, not only the last-read shortcut.
    expect(readingsOf(ctx, a).indicator).toBe(a);
    expect(readingsOf(createFactContext(), a)).not.toBe(readingsOf(ctx, a));
  });

  it('computes each reading once, null and false included', () => {
    const ctx = createFactContext();
    const a = row('产出指标', '数量指标', '培训人次');
    let calls = 0;
    const read = () => {
      calls += 1;
      return null;
    };
    expect(readingsOf(ctx, a).get(ROW.input, read, a, ctx)).toBeNull();
    expect(readingsOf(ctx, a).get(ROW.input, read, a, ctx)).toBeNull();
    expect(calls).toBe(1);
  });

  it('gives the text cache analyses of the three fields, also when neighbours repeat a label', () => {
    const ctx = createFactContext(new TextCache());
    const rows = [row('产出指标', '数量指标', '培训人次'), row('产出指标', '质量指标', '验收合格率'), row('效益指标', '质量指标', '受益人数')];
    for (const r of rows) {
      expect(level1Analysis(ctx, r)).toBe(nameAnalysis(ctx, r.level1!.text));
      expect(level2Analysis(ctx, r)).toBe(nameAnalysis(ctx, r.level2!.text));
      expect(level3Analysis(ctx, r)).toBe(nameAnalysis(ctx, r.level3!.text));
    }
  });
});
