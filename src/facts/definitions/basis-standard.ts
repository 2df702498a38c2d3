// Basis facts (family F, R-BASIS-01…04, R-FIN-05): the 指标值确定依据 cell — present, a recognised standard type, a named source, copied.
import { defineFact, type FactContext, type IndicatorSubject, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator, ProjectTable } from '../../model/index.js';
import { basisGroundsCost, basisNamesSource, basisStandardOf, isPlaceholderBasis } from '../../lexicon/basis-standards.js';
import { columnRole } from '../../parse/table/labels.js';
import { indicatorLevel2 } from './indicator-labels.js';
import { echoesName, hanziDiffer, normaliseForCompare } from '../../classify/similarity.js';
import { headerLabels, roleIndex } from './header-labels.js';

const basisOf = (ind: Indicator) => ind.basis?.text.trim() ?? '';

/** True when the table's indicator grid has a 指标值确定依据 column (or a synonym: 绩效标准, 指标值设定依据 …). */
export function hasBasisColumn(table: ProjectTable | null): boolean {
  return (table?.header ?? []).some((h) => columnRole(h.text) === 'basis');
}

/** A basis cell that says nothing: empty, or only a dash, slash or 无. */
export function basisMissing(basis: string): boolean {
  return basis === '' || isPlaceholderBasis(basis);
}

/**
 * The basis only repeats the indicator: equal to the 三级 name or the description after
 * normalisation, or echoing one of them (shared wording), and naming no standard type.
 */
export function basisRepeatsName(ind: Indicator, ctx?: FactContext): boolean {
  if (!ctx) return repeatsName(basisOf(ind), ind.level3?.text, ind.description?.text);
  // Asked by the indicator fact and by the table-wide copy check: worked out once per row, in a table of
  // its own (perObject would allocate a compute closure over ctx on every ask).
  const table = ctx.memo('basis:repeats-name', newRepeatsTable);
  let repeats = table.get(ind);
  if (repeats === undefined) {
    repeats = rowRepeatsName(ind, ctx);
    table.set(ind, repeats);
  }
  return repeats;
}

function newRepeatsTable(): Map<Indicator, boolean> {
  return new Map();
}

function rowRepeatsName(row: Indicator, ctx: FactContext): boolean {
  const basis = basisOf(row);
  if (basisMissing(basis)) return false;
  // A basis naming a standard type does not merely repeat the name (repeatsName's first test): read from
  // the per-linter cache basisStandardType fills for the same text. The rest is worked out on the spot:
  // a key of the three texts was nearly unique per row, so caching it only built and hashed a long
  // string per row and pushed reusable entries out of the bounded cache.
  if (ctx.shared('basis:standard', basis, readStandard) !== '') return false;
  // Both tests of repeatsName are passed already: the standard type is not read again.
  return echoesNames(basis, row.level3?.text, row.description?.text);
}

function repeatsName(basis: string, level3: string | undefined, description: string | undefined): boolean {
  if (basisMissing(basis) || basisStandardOf(basis) !== null) return false;
  return echoesNames(basis, level3, description);
}

/** A basis (present, naming no standard type) equal to the 三级 name or the description once normalised, or echoing one. */
function echoesNames(basis: string, level3: string | undefined, description: string | undefined): boolean {
  const names = [level3, description].filter((n): n is string => Boolean(n?.trim()));
  const b = normaliseForCompare(basis);
  return names.some((n) => normaliseForCompare(n) === b) || echoesName(basis, names).echoes;
}

/** hasBasisColumn from the table's header readings, worked out once per table (not once per row that asks). */
function tableHasBasis(table: ProjectTable | null, ctx: FactContext): boolean {
  return table !== null && roleIndex(headerLabels(table, ctx), 'basis') >= 0;
}

const basisCellOf = (s: IndicatorSubject) => basisOf(s.indicator);
// The lexicon readings below are pure functions of the basis text, which is often copied across rows and files:
// they go through the per-linter text cache, each with a module-level reader (no closure per call).

/** basisStandardOf as the fact reports it ('' for none). */
const readStandard = (basis: string): string => basisStandardOf(basis) ?? '';

export const basisCell = defineFact({
  name: 'basisCell', scope: 'indicator', type: 'string',
  description: '指标值确定依据（绩效标准）原文，去掉首尾空白；没有时为空字符串',
  compute: (s) => basisCellOf(s),
});

export const basisIsMissing = defineFact({
  name: 'basisIsMissing', scope: 'indicator', type: 'boolean',
  description: '指标值确定依据为空，或只有“-”“/”“无”之类的占位符',
  compute: (s) => basisMissing(basisCellOf(s)),
});

export const tableHasBasisColumn = defineFact({
  name: 'tableHasBasisColumn', scope: 'indicator', type: 'boolean',
  description: '指标是项目表中的一行，且该表有“指标值确定依据”（或绩效标准等同义）列',
  compute: (s, ctx) => s.part === 'table' && tableHasBasis(s.project.table, ctx),
});

export const basisStandardType = defineFact({
  name: 'basisStandardType', scope: 'indicator', type: 'string',
  description: '依据中写明的标准类型：预算支出标准/计划标准/行业标准/历史标准/其他标准/国际标准（国家标准、地方标准归为行业标准），没有时为空字符串',
  compute: (s, ctx) => ctx.shared('basis:standard', basisCellOf(s), readStandard),
});

export const basisHasSource = defineFact({
  name: 'basisHasSource', scope: 'indicator', type: 'boolean',
  description: '依据写明了具体出处：书名号文件、文号、标准编号、带年份的文件或数据（如“2024年实际完成98%”）',
  compute: (s, ctx) => ctx.shared('basis:source', basisCellOf(s), basisNamesSource),
});

export const basisGroundsCostCeiling = defineFact({
  name: 'basisGroundsCostCeiling', scope: 'indicator', type: 'boolean',
  description: '依据提到预算、测算、定额、支出/开支/补助标准、管理办法、合同或采购价，或写有金额（可作为成本上限的依据）',
  compute: (s, ctx) => ctx.shared('basis:grounds-cost', basisCellOf(s), basisGroundsCost),
});

export const basisEchoesName = defineFact({
  name: 'basisEchoesName', scope: 'indicator', type: 'boolean',
  description: '依据只是重复三级指标名称或指标描述，没有写标准类型',
  compute: (s, ctx) => basisRepeatsName(s.indicator, ctx),
});

// ── R-BASIS-04: the basis column copied down the table ───────────────────────────────────────────

/** Fewest rows for "every row repeats its name", and for "every row has the same basis". */
const MIN_ROWS_ECHO = 3;
const MIN_ROWS_SAME = 5;
/** Identical bases across this many different 二级 categories cannot all be right (a cost and a satisfaction target from one source). */
const MIN_CATEGORIES_SAME = 3;

function level2Key(ind: Indicator, ctx?: FactContext): string {
  return indicatorLevel2(ind, ctx) ?? (ind.level2?.text.trim() ?? '');
}

/**
 * One finding per table whose basis column was filled mechanically: every row's basis repeats its
 * own name, or every row (over several kinds of indicator) carries one identical basis.
 */
export function basisCopyItems(s: ProjectSubject, ctx?: FactContext): LocatedItem[] {
  const table = s.project.table;
  if (!table || !(ctx ? tableHasBasis(table, ctx) : hasBasisColumn(table))) return [];
  // The rows with a basis, and where the first of them stands in the table.
  const rows: Indicator[] = [];
  let firstIndex = -1;
  const all = table.indicators;
  for (let index = 0; index < all.length; index++) {
    const ind = all[index]!;
    if (ind.basis === null || basisMissing(basisOf(ind))) continue;
    if (firstIndex < 0) firstIndex = index;
    rows.push(ind);
  }
  if (rows.length === 0) return [];
  const first = rows[0]!;
  if (rows.length >= MIN_ROWS_ECHO && everyRepeatsName(rows, ctx)) {
    const name = first.level3?.text.trim() ?? '';
    return [copyItem(s, first, firstIndex, rows.length, '每一行的依据都只是重复该行的指标名称或描述', `“${name}”的依据写作“${basisOf(first)}”`)];
  }
  // Cheapest test first: too few rows, then a second wording, settle most tables before any 二级 label is read.
  if (rows.length < MIN_ROWS_SAME) return [];
  // The same text needs no normalising, and a differing Hanzi settles most different ones without it.
  const firstRaw = basisOf(first);
  let firstBasis: string | null = null;
  for (const ind of rows) {
    const raw = basisOf(ind);
    if (raw === firstRaw) continue;
    if (hanziDiffer(raw, firstRaw)) return [];
    firstBasis ??= normaliseForCompare(firstRaw);
    if (normaliseForCompare(raw) !== firstBasis) return [];
  }
  const categories = new Set<string>();
  for (const ind of rows) categories.add(level2Key(ind, ctx));
  if (categories.size >= MIN_CATEGORIES_SAME) {
    return [copyItem(s, first, firstIndex, rows.length, `${categories.size}类不同的指标共用同一个依据`, `每行都写“${basisOf(first)}”`)];
  }
  return [];
}

function everyRepeatsName(rows: readonly Indicator[], ctx: FactContext | undefined): boolean {
  // A basis naming a standard type repeats no name (rows hold present bases only): one such row, looked
  // up in the text cache, settles the table before any row's wording is compared with its name.
  if (ctx) for (const ind of rows) if (ctx.shared('basis:standard', basisOf(ind), readStandard) !== '') return false;
  for (const ind of rows) if (!basisRepeatsName(ind, ctx)) return false;
  return true;
}

/** The finding of a copied basis column, at the first row's basis. */
function copyItem(s: ProjectSubject, first: Indicator, index: number, rowCount: number, pattern: string, example: string): LocatedItem {
  return {
    span: first.basis!.span,
    path: [...s.path, 'table', 'indicators', index, 'basis'],
    data: { rowCount, pattern, example },
  };
}

export const basisCopyPaste = defineFact({
  name: 'basisCopyPaste', scope: 'project', type: 'list',
  description: '项目表的指标值确定依据整列照抄：每行都只重复指标名称，或多类指标共用同一个依据（每个表至多一条，指向第一行的依据）',
  itemKeys: ['rowCount', 'pattern', 'example'],
  compute: (s, ctx) => basisCopyItems(s, ctx),
});

export const BASIS_STANDARD_FACTS = [
  basisCell, basisIsMissing, tableHasBasisColumn, basisStandardType, basisHasSource, basisGroundsCostCeiling, basisEchoesName,
  basisCopyPaste,
];
