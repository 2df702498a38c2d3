// Project facts about the columns of an indicator table: required columns present and filled (R-STRUCT-01), weights summing to 100 (R-STRUCT-12).
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator, Project, ProjectTable, SourcedText, Span } from '../../model/index.js';
import { unionSpan } from '../subjects.js';
import type { ColumnRole } from '../../parse/table/labels.js';
import { parseValue } from '../../grammar/value.js';
import { headerLabels, roleIndex } from './header-labels.js';

/** The columns every 绩效目标表 needs (domain-rules R-STRUCT-01), with the name a reviewer uses. */
const REQUIRED: readonly (readonly [ColumnRole, string])[] = [
  ['level1', '一级指标'], ['level2', '二级指标'], ['level3', '三级指标'], ['target', '指标值'],
];

/** The header cells' spans, pushed rather than mapped so that unionSpan always gets a packed list (see unionSpan). */
function headerSpans(header: readonly SourcedText[]): Span[] {
  const spans: Span[] = [];
  for (const h of header) spans.push(h.span);
  return spans;
}

export const missingColumnProblems = defineFact({
  name: 'missingColumnProblems',
  scope: 'project',
  type: 'list',
  description: '项目表缺少必备列（一级指标、二级指标、三级指标、指标值，含同义列名），或“指标值确定依据”列每一行都是空的',
  itemKeys: ['problem', 'fix'],
  compute(s: ProjectSubject, ctx) {
    const table = s.project.table;
    if (!table) return [];
    if (table.header.length === 0) {
      // No grid was recognised at all: the whole table is the place to look.
      return [{
        span: table.span, path: [...s.path, 'table', 'header'],
        data: { problem: '没有可识别的指标表头', fix: '指标表应有“一级指标、二级指标、三级指标、指标值、指标值确定依据”等列' },
      }];
    }
    const labels = headerLabels(table, ctx);
    const items: LocatedItem[] = [];
    // Built only for a table that lacks a column (most have all four).
    let missing = '';
    for (const [role, label] of REQUIRED) if (roleIndex(labels, role) < 0) missing += `“${label}”`;
    if (missing !== '') {
      items.push({
        span: unionSpan(headerSpans(table.header)) ?? table.span,
        path: [...s.path, 'table', 'header'],
        data: { problem: `表头缺少${missing}列`, fix: '绩效目标表必须有一级指标、二级指标、三级指标和指标值四列（指标值可分为符号、数值、计量单位三列）' },
      });
    }
    // A basis column that exists but was left blank on every row is as good as missing.
    const basisIndex = roleIndex(labels, 'basis');
    if (basisIndex >= 0 && table.indicators.length > 0 && table.indicators.every(blankBasis)) {
      const header = table.header[basisIndex]!;
      items.push({
        span: header.span,
        path: [...s.path, 'table', 'header', basisIndex],
        data: { problem: `“${header.text}”列每一行都是空的`, fix: '逐行填写计划标准、行业标准、历史标准、预算支出标准或其他标准，并写明出处' },
      });
    }
    return items;
  },
});

/** True when the row's basis cell is blank. */
const blankBasis = (i: Indicator): boolean => (i.basis?.text.trim() ?? '') === '';

interface WeightColumn {
  header: SourcedText;
  index: number;
  /** The weights read from the rows, null for cells that hold no number. */
  values: (number | null)[];
}

/** The 权重/分值 column of the table and its numbers, or null when the table has none or left it blank. */
function weightColumn(table: ProjectTable | null, ctx: FactContext): WeightColumn | null {
  if (!table) return null;
  const labels = headerLabels(table, ctx);
  let index = 0;
  while (index < labels.length && !labels[index]!.weight) index++;
  if (index === labels.length) return null;
  const header = table.header[index]!;
  // Rows keep extra columns by their header label with spaces removed (see parse/table/grid.ts).
  const key = header.text.replace(/\s+/g, '');
  const cells = table.indicators.map((i) => i.extra[key]?.text.trim() ?? '');
  if (cells.every((c) => c === '')) return null;
  const values = cells.map((c) => {
    const v = parseValue(c);
    // A weight is a bare number, possibly written with 分 or %; anything else is not a weight.
    const plain = v.kind === 'quantity' && v.tail === '' && (v.unit === null || v.unit === '%' || v.unit === '分');
    return plain ? v.number : null;
  });
  return { header, index, values };
}

/** The memo's table maker: one function, so a look-up allocates no closure. */
function newWeightTable(): Map<Project, WeightColumn | null> {
  return new Map();
}

/** weightColumn of a project's table, once per document (two facts ask). */
function projectWeights(project: Project, ctx: FactContext): WeightColumn | null {
  const memo = ctx.memo('structure:weights', newWeightTable);
  let column = memo.get(project);
  if (column === undefined) {
    column = weightColumn(project.table, ctx);
    memo.set(project, column);
  }
  return column;
}

export const weightColumnItems = defineFact({
  name: 'weightColumnItems',
  scope: 'project',
  type: 'list',
  description: '项目表的“权重/分值”列（有且已填写时为一项，位于表头单元格；否则为空列表）',
  itemKeys: ['weightLabel', 'weightedRows'],
  compute(s: ProjectSubject, ctx) {
    const column = projectWeights(s.project, ctx);
    if (!column) return [];
    return [{
      span: column.header.span,
      path: [...s.path, 'table', 'header', column.index],
      data: { weightLabel: column.header.text, weightedRows: column.values.filter((v) => v !== null).length },
    }];
  },
});

export const weightSum = defineFact({
  name: 'weightSum',
  scope: 'project',
  type: 'number',
  description: '项目表“权重/分值”列的合计（保留两位小数）；没有该列或未填写时为 0',
  compute(s: ProjectSubject, ctx) {
    const column = projectWeights(s.project, ctx);
    if (!column) return 0;
    const sum = column.values.reduce<number>((total, v) => total + (v ?? 0), 0);
    return Math.round(sum * 100) / 100;
  },
});

export const tableHasIndicatorHeader = defineFact({
  name: 'tableHasIndicatorHeader',
  scope: 'project',
  type: 'boolean',
  description: '项目有绩效目标表，且表中识别出了指标表头（一级指标、二级指标、三级指标……）',
  compute: (s: ProjectSubject) => (s.project.table?.header.length ?? 0) > 0,
});

export const STRUCTURE_COLUMN_FACTS = [missingColumnProblems, weightColumnItems, weightSum, tableHasIndicatorHeader];
