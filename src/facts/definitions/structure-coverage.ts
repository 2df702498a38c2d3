// Project facts about what a project table covers: core dimensions present (R-STRUCT-06) and how many rows it has (R-STRUCT-09).
import { defineFact, type FactContext, type ProjectSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import type { Level2Key } from '../../lexicon/categories.js';
import { byParent, resolveLevel1, resolveLevel2, type ByParent } from './structure-categories.js';
import { SLOT } from './name-analysis.js';
import { readingsOf } from './indicator-readings.js';

type Dimension = 'output' | 'benefit' | 'satisfaction' | 'cost';

/** Which dimension a 二级 category belongs to; both cost frameworks count as cost. */
const DIMENSION_OF_LEVEL2: Readonly<Record<Level2Key, Dimension>> = {
  QTY: 'output', QUAL: 'output', TIME: 'output',
  ECON_COST: 'cost', SOC_COST: 'cost', ECO_COST: 'cost',
  ECON_BEN: 'benefit', SOC_BEN: 'benefit', ECO_BEN: 'benefit', SUSTAIN: 'benefit',
  SAT_SUB: 'satisfaction',
};

const DIMENSION_OF_LEVEL1 = { OUTPUT: 'output', COST: 'cost', BENEFIT: 'benefit', SATISFACTION: 'satisfaction' } as const;

/**
 * The dimension a row counts for. The 二级 decides (成本指标 under 产出 is a cost row, not an
 * output row); the 一级 is the fallback when the 二级 is missing or unknown. Null when the labels are
 * not standard: a table in another framework (实施效果指标—产出指标, 产出值—数量值) is reported by
 * unknown-level1-or-level2, and what it "lacks" cannot be told.
 */
function dimensionOf(i: Indicator, ctx: FactContext): Dimension | null {
  // Labels as written (not trimmed), each resolved once per linter through the name cache, a 二级
  // label under every 一级 at once: no key string per row.
  const readings = readingsOf(ctx, i);
  const l1 = readings.label1(ctx).get(SLOT.untrimmedLevel1, resolveLevel1);
  if (l1 === null && (i.level1?.text.trim() ?? '') !== '') return null;
  const l2 = readings.label2(ctx).get(SLOT.untrimmedLevel2ByParent, readLevel2ByParent)[l1 ?? 'NONE'];
  if (l2) return DIMENSION_OF_LEVEL2[l2];
  return l1 ? DIMENSION_OF_LEVEL1[l1] : null;
}

/** resolveLevel2 of a label as written (untrimmed) under every 一级. */
const readLevel2ByParent = (label: string): ByParent<Level2Key | null> => byParent((parent) => resolveLevel2(label, parent));

interface Coverage {
  found: ReadonlySet<Dimension>;
  /** Some real row has labels that say nothing recognisable: what is "missing" cannot be told. */
  unresolved: boolean;
}

/** Dimensions with at least one real row (a row with a name or a value; a bare category row does not count). */
function coverage(s: ProjectSubject, ctx: FactContext): Coverage {
  return ctx.memo(`structure:dimensions:${s.projectIndex}`, () => {
    const found = new Set<Dimension>();
    let unresolved = false;
    for (const i of s.project.table?.indicators ?? []) {
      const real = (i.level3?.text.trim() ?? '') !== '' || (i.target?.text.trim() ?? '') !== '';
      if (!real) continue;
      const d = dimensionOf(i, ctx);
      if (d) found.add(d);
      else unresolved = true;
    }
    return { found, unresolved };
  });
}

/**
 * Whether the table lacks a dimension, as far as can be told: never when the table has no rows, or
 * when some row's category cannot be read (unknown-level1-or-level2 reports that row instead).
 */
function lacks(s: ProjectSubject, ctx: FactContext, dimension: Dimension): boolean {
  if ((s.project.table?.indicators.length ?? 0) === 0) return false;
  const c = coverage(s, ctx);
  return !c.unresolved && !c.found.has(dimension);
}

export const tableIndicatorCount = defineFact({
  name: 'tableIndicatorCount',
  scope: 'project',
  type: 'number',
  description: '项目表中三级指标（指标行）的个数；没有项目表时为 0',
  compute: (s: ProjectSubject) => s.project.table?.indicators.length ?? 0,
});

export const missingCoreDimensions = defineFact({
  name: 'missingCoreDimensions',
  scope: 'project',
  type: 'string[]',
  description: '项目表中一个三级指标也没有的核心维度：“产出指标”“效益指标”（没有项目表、没有指标行，或有行的类别无法识别时为空列表）',
  compute(s: ProjectSubject, ctx) {
    const missing: string[] = [];
    if (lacks(s, ctx, 'output')) missing.push('产出指标');
    if (lacks(s, ctx, 'benefit')) missing.push('效益指标');
    return missing;
  },
});

export const hasCostIndicator = defineFact({
  name: 'hasCostIndicator',
  scope: 'project',
  type: 'boolean',
  description: '项目表中有成本类三级指标（2015版“产出指标—成本指标”或2021版“成本指标”下的任一二级）；没有项目表、没有指标行或有行的类别无法识别时为 true',
  compute: (s: ProjectSubject, ctx) => !lacks(s, ctx, 'cost'),
});

export const hasSatisfactionIndicator = defineFact({
  name: 'hasSatisfactionIndicator',
  scope: 'project',
  type: 'boolean',
  description: '项目表中有满意度类三级指标；没有项目表、没有指标行或有行的类别无法识别时为 true',
  compute: (s: ProjectSubject, ctx) => !lacks(s, ctx, 'satisfaction'),
});

export const STRUCTURE_COVERAGE_FACTS = [tableIndicatorCount, missingCoreDimensions, hasCostIndicator, hasSatisfactionIndicator];
