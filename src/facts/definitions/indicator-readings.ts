// One record per indicator and document holding what many indicator facts read: label keys, the name's analysis, per-row results.
import type { FactContext, IndicatorSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import type { ParsedValue } from '../../grammar/value.js';
import { nameAnalysis, type NameAnalysis } from './name-analysis.js';
import { indicatorTarget } from './indicator-value.js';

/**
 * Where each per-indicator result is kept, one per reader: the ~36 facts computed per indicator reach
 * them by array index in one record rather than through a map per family (and no closure per call).
 */
export const ROW = {
  filed: 0, labels: 1, level3Match: 2, qualityBenefit: 3, input: 4, deadline: 5, unitCost: 6, target: 7,
} as const;

/** A slot number; at most 31 (the `done` bits). */
export type RowSlot = (typeof ROW)[keyof typeof ROW];

/** The per-document readings of one indicator, each worked out on first use. */
export class IndicatorReadings {
  private readonly values: unknown[] = [];
  /** Bit `slot` is set once that reading is in `values` (it may be null or false). */
  private done = 0;
  private level1: NameAnalysis | undefined;
  private level2: NameAnalysis | undefined;
  private level3: NameAnalysis | undefined;

  constructor(readonly indicator: Indicator, private readonly table: ReadingsTable) {}

  /**
   * `read(of, ctx)` for this indicator, computed once per document; `of` is the indicator or a subject
   * of it. `slot` must stand for `read` alone: pass module-level functions, so no closure is built per call.
   */
  get<A, T>(slot: RowSlot, read: (of: A, ctx: FactContext) => T, of: A, ctx: FactContext): T {
    if ((this.done >>> slot) & 1) return this.values[slot] as T;
    const value = read(of, ctx);
    this.values[slot] = value;
    this.done |= 1 << slot;
    return value;
  }

  /** The analysis of the 三级 name as written (nameAnalysis of level3's text), held for the document. */
  name(ctx: FactContext): NameAnalysis {
    return (this.level3 ??= nameAnalysis(ctx, this.indicator.level3?.text ?? ''));
  }

  /** The analysis of the 一级 label as written; a row's labels are read by several checks. */
  label1(ctx: FactContext): NameAnalysis {
    return (this.level1 ??= this.table.label1(ctx, this.indicator.level1?.text ?? ''));
  }

  /** The analysis of the 二级 label as written. */
  label2(ctx: FactContext): NameAnalysis {
    return (this.level2 ??= this.table.label2(ctx, this.indicator.level2?.text ?? ''));
  }
}

/** The readings of a document's indicators, and the one read last (a subject's facts are computed one after another). */
class ReadingsTable {
  last: Indicator | undefined;
  lastReadings: IndicatorReadings | undefined;
  readonly all = new Map<Indicator, IndicatorReadings>();
  private lastLabel1: string | undefined;
  private lastLabel1Analysis: NameAnalysis | undefined;
  private lastLabel2: string | undefined;
  private lastLabel2Analysis: NameAnalysis | undefined;

  /**
   * The analysis of a 一级 label. Rows come in order and neighbours share their 一级 (a merged cell)
   * and mostly their 二级: comparing with the previous row's label is cheaper than hashing the text
   * for the text cache. Equal texts have the same analysis there, so the answer is the same.
   */
  label1(ctx: FactContext, text: string): NameAnalysis {
    if (text !== this.lastLabel1) {
      this.lastLabel1 = text;
      this.lastLabel1Analysis = nameAnalysis(ctx, text);
    }
    return this.lastLabel1Analysis!;
  }

  /** The analysis of a 二级 label, compared with the previous row's likewise. */
  label2(ctx: FactContext, text: string): NameAnalysis {
    if (text !== this.lastLabel2) {
      this.lastLabel2 = text;
      this.lastLabel2Analysis = nameAnalysis(ctx, text);
    }
    return this.lastLabel2Analysis!;
  }
}

const newTable = (): ReadingsTable => new ReadingsTable();

/** The analysis of an indicator's 三级 name as written, held by its readings (no text-cache lookup per fact). */
export function level3Analysis(ctx: FactContext, indicator: Indicator): NameAnalysis {
  return readingsOf(ctx, indicator).name(ctx);
}

/** The analysis of an indicator's 一级 label as written, held by its readings. */
export function level1Analysis(ctx: FactContext, indicator: Indicator): NameAnalysis {
  return readingsOf(ctx, indicator).label1(ctx);
}

/** The analysis of an indicator's 二级 label as written, held by its readings. */
export function level2Analysis(ctx: FactContext, indicator: Indicator): NameAnalysis {
  return readingsOf(ctx, indicator).label2(ctx);
}

/**
 * The row's parsed 指标值 (parsedTarget), held by its readings: some twenty facts per row read it, and
 * a slot in the record they already reach is cheaper than a lookup in the value's own per-row table.
 */
export function rowTarget(s: IndicatorSubject, ctx: FactContext): ParsedValue {
  return readingsOf(ctx, s.indicator).get(ROW.target, indicatorTarget, s.indicator, ctx);
}

/** The readings of an indicator for this document. */
export function readingsOf(ctx: FactContext, indicator: Indicator): IndicatorReadings {
  const table = ctx.memo('indicator-readings', newTable);
  if (table.last === indicator) return table.lastReadings!;
  let readings = table.all.get(indicator);
  if (readings === undefined) {
    readings = new IndicatorReadings(indicator, table);
    table.all.set(indicator, readings);
  }
  table.last = indicator;
  table.lastReadings = readings;
  return readings;
}
