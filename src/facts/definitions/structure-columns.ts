// Project facts about the columns of an indicator table: required columns present and filled (R-STRUCT-01), weights summing to 100 (R-STRUCT-12).
import { defineFact, type LocatedItem, type ProjectSubject } from '../types.js';
import type { ProjectTable, SourcedText } from '../../model/index.js';
import { unionSpan } from '../subjects.js';
import { columnRole, normaliseLabel, type ColumnRole } from '../../parse/table/labels.js';
import { parseValue } from '../../grammar/value.js';
import { perObject } from './per-object.js';

/** The columns every 绩效目标表 needs (domain-rules R-STRUCT-01), with the name a reviewer uses. */
const REQUIRED: readonly (readonly [ColumnRole, string])[] = [
  ['level1', '一级指标'], ['level2', '二级指标'], ['level3', '三级指标'], ['target', '指标值'],
];

/** Header labels of a 权重 / 分值 column (normalised: no spaces or bracketed hints such as （%）). */
const WEIGHT_LABELS: ReadonlySet<string> = new Set(['权重', '分值', '指标权重', '指标分值', '权重分值', '分值权重', '权重值', '标准分值']);

function roles(table: ProjectTable): Map<ColumnRole, number> {
  const found = new Map<ColumnRole, number>();
  table.header.forEach((cell, i) => {
    const role = columnRole(cell.text);
    if (role !== null && !found.has(role)) found.set(role, i);
  });
  return found;
}

export const missingColumnProblems = defineFact({
  name: 'missingColumnProblems',
  scope: 'project',
  type: 'list',
  description: '项目表缺少必备列（一级指标、二级指标、三级指标、指标值，含同义列名），或“指标值确定依据”列每一行都是空的',
  itemKeys: ['problem', 'fix'],
  compute(s: ProjectSubject) {
    const table = s.project.table;
    if (!table) return [];
    const base = [...s.path, 'table'];
    if (table.header.length === 0) {
      // No grid was recognised at all: the whole table is the place to look.
      return [{
        span: table.span, path: [...base, 'header'],
        data: { problem: '没有可识别的指标表头', fix: '指标表应有“一级指标、二级指标、三级指标、指标值、指标值确定依据”等列' },
      }];
    }
    const found = roles(table);
    const items: LocatedItem[] = [];
    const missing = REQUIRED.filter(([role]) => !found.has(role)).map(([, label]) => `“${label}”`);
    if (missing.length > 0) {
      items.push({
        span: unionSpan(table.header.map((h) => h.span)) ?? table.span,
        path: [...base, 'header'],
        data: { problem: `表头缺少${missing.join('')}列`, fix: '绩效目标表必须有一级指标、二级指标、三级指标和指标值四列（指标值可分为符号、数值、计量单位三列）' },
      });
    }
    // A basis column that exists but was left blank on every row is as good as missing.
    const basisIndex = found.get('basis');
    if (basisIndex !== undefined && table.indicators.length > 0 && table.indicators.every((i) => (i.basis?.text.trim() ?? '') === '')) {
      const header = table.header[basisIndex]!;
      items.push({
        span: header.span,
        path: [...base, 'header', basisIndex],
        data: { problem: `“${header.text}”列每一行都是空的`, fix: '逐行填写计划标准、行业标准、历史标准、预算支出标准或其他标准，并写明出处' },
      });
    }
    return items;
  },
});

interface WeightColumn {
  header: SourcedText;
  index: number;
  /** The weights read from the rows, null for cells that hold no number. */
  values: (number | null)[];
}

/** The 权重/分值 column of the table and its numbers, or null when the table has none or left it blank. */
function weightColumn(table: ProjectTable | null): WeightColumn | null {
  if (!table) return null;
  const index = table.header.findIndex((h) => WEIGHT_LABELS.has(normaliseLabel(h.text)));
  if (index < 0) return null;
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

export const weightColumnItems = defineFact({
  name: 'weightColumnItems',
  scope: 'project',
  type: 'list',
  description: '项目表的“权重/分值”列（有且已填写时为一项，位于表头单元格；否则为空列表）',
  itemKeys: ['weightLabel', 'weightedRows'],
  compute(s: ProjectSubject, ctx) {
    const column = perObject(ctx, 'structure:weights', s.project, (p) => weightColumn(p.table));
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
    const column = perObject(ctx, 'structure:weights', s.project, (p) => weightColumn(p.table));
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
