// Turns the rows of any text grid into project tables: header, block above it, aligned indicator rows, projects.
import type { Indicator, MoneyUnit, ProjectTable } from '../../model/document.js';
import type { SourcedText, Span } from '../../model/span.js';
import { spanFromTo } from '../lines.js';
import { alignRow, cellKind, isLabelKind, newMemory, remember } from './align.js';
import { readAmount, readBlock, type BlockFields } from './block.js';
import { blockRole } from './block-labels.js';
import { cellText, headerTexts, isEmptyCell, type Cell } from './cell.js';
import { analyseHeader, type GridColumns } from './columns.js';
import { splitGoals } from './goals.js';
import { canonicalLabel, columnRole, isIndicatorHeaderRow } from './labels.js';
import { hasPinyinAnnotation, stripPinyin } from './traditional.js';

/** A row as a grid reader delivers it (see text-grid/types.ts). */
export interface SheetRow {
  cells: Cell[];
  complete: boolean;
  padding?: number;
}

/** A table title: 绩效目标表, 目标申报表, 绩效目标批复表, 绩效自评表 … (brackets such as （2023年度） are ignored). */
const TITLE = /(?:目标(?:申报|批复|审批|设定)?|自评)表$/;
/** Labels that may stand in an indicator header besides the role labels. */
const HEADER_EXTRA = /^(?:备注|说明|权重|分值|得分|分数|指标方向性|偏差原因.*|得分计算.*|.*实际.*|.*完成值|绩效指标|年度绩效目标|绩效目标)$/;
/** Block roles that open a new table when they start a row after a grid. */
const OPENING_ROLES = new Set(['name', 'code', 'unit', 'budget', 'goals', 'budgetGroup', 'schedule']);

export function isTitleText(text: string): boolean {
  const t = canonicalLabel(text);
  return t.length >= 4 && t.length <= 60 && TITLE.test(t);
}

function nonEmpty(cells: Cell[]): Cell[] {
  return cells.filter((c) => !isEmptyCell(c));
}

function isTitleRow(row: SheetRow): boolean {
  const cells = nonEmpty(row.cells);
  return cells.length === 1 && isTitleText(cells[0]!.text);
}

function isHeaderRow(row: SheetRow): boolean {
  return isIndicatorHeaderRow(row.cells);
}

/** A header label cell: a role label or one of the other columns an indicator header has. */
function isColumnLabel(cell: Cell): boolean {
  if (isEmptyCell(cell)) return false;
  return columnRole(cell.text) !== null || HEADER_EXTRA.test(canonicalLabel(cell.text));
}

/** Mirror artefacts removed from the text the model keeps: "數(shù)量" → "數量" (spans still cover what was written). */
function cleanCell(cell: Cell): Cell {
  if (!hasPinyinAnnotation(cell.text)) return cell;
  // Literals in the cell's own key order, not { ...cell } and map(): object spread and an inlined map in
  // optimised code made cells of another hidden class and HOLEY arrays, a second map for every reader.
  const lines: SourcedText[] = [];
  for (const l of cell.lines) lines.push({ text: stripPinyin(l.text), span: l.span });
  const cleaned: Cell = { text: stripPinyin(cell.text), span: cell.span, lines };
  if (cell.merged !== undefined) cleaned.merged = cell.merged;
  return cleaned;
}

/** The row with its cells cleaned (cleanCell); built as cleanCell builds cells, for the same reason. */
function cleanRow(row: SheetRow): SheetRow {
  const cells: Cell[] = [];
  for (const c of row.cells) cells.push(cleanCell(c));
  return row.padding === undefined ? { cells, complete: row.complete } : { cells, complete: row.complete, padding: row.padding };
}

/** One table found in a grid: the rows above the header, the header, and the rows below it. */
interface Segment {
  title: Cell | null;
  block: Cell[][];
  header: Cell[];
  headerPadding: number;
  data: SheetRow[];
  /** Set for streams (rows regrouped from cells): a row's trailing cells may simply be missing. */
  stream: boolean;
}

function lastTitle(cells: Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (isTitleText(cells[i]!.text)) return i;
  return -1;
}

function segmentRows(rows: SheetRow[]): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < rows.length) {
    let h = i;
    while (h < rows.length && !isHeaderRow(rows[h]!)) h++;
    if (h >= rows.length) break;
    let titleRow = -1;
    for (let t = h - 1; t >= i; t--) {
      if (isTitleRow(rows[t]!)) {
        titleRow = t;
        break;
      }
    }
    // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
    // PACKED one, and readBlock met both maps (and was deoptimised).
    const blockRows: Cell[][] = [];
    for (let r = titleRow === -1 ? i : titleRow + 1; r < h; r++) blockRows.push(rows[r]!.cells);
    let j = h + 1;
    while (j < rows.length && !endsGrid(rows[j]!)) j++;
    segments.push({
      title: titleRow === -1 ? null : nonEmpty(rows[titleRow]!.cells)[0]!,
      block: blockRows,
      header: rows[h]!.cells,
      headerPadding: rows[h]!.padding ?? 0,
      data: rows.slice(h + 1, j),
      stream: false,
    });
    i = j;
  }
  return segments;
}

/** A note or signature line under a table: 注：…, 填表人：… | 联系电话：… (label-and-value cells, no category). */
const NOTE = /^(?:注|说明|备注|填表说明)\s*[:：、.．]|^[^:：]{1,8}[:：]/;

function isNoteRow(cells: Cell[]): boolean {
  const written = nonEmpty(cells);
  if (written.length === 0 || written.some((c) => isLabelKind(cellKind(c.text)))) return false;
  if (/^(?:注|说明|填表说明)\s*[:：、.．]/.test(written[0]!.text)) return true;
  return written.filter((c) => NOTE.test(c.text)).length * 2 >= written.length;
}

/** A row after a grid that ends it: a header, a title, a block label such as 项目名称, or a note. */
function endsGrid(row: SheetRow): boolean {
  if (isHeaderRow(row) || isTitleRow(row) || isNoteRow(row.cells)) return true;
  const first = nonEmpty(row.cells)[0];
  if (first === undefined) return false;
  const role = blockRole(first.text);
  return role !== null && OPENING_ROLES.has(role) && !row.cells.some((c) => isLabelKind(cellKind(c.text)));
}

/**
 * Regroups a stream of cells (no row marks) into rows under `header`. A row starts at a category
 * label: at the 一级 column for a 一级 label, at the 二级 column for a 二级 label (its 一级 is merged
 * from above), and ends when it has filled the columns from there, or when a category label
 * follows the row's indicator cells. A row that does not start with a category label ends the
 * grid — without row marks a row whose labels are merged away cannot be told from the text after
 * the table.
 */
function regroupStream(cells: Cell[], from: number, header: Cell[]): { rows: SheetRow[]; end: number } {
  const columns = analyseHeader(header);
  const width = header.length;
  const level1 = columns.roles.level1 ?? 0;
  const level2 = columns.roles.level2 ?? level1;
  const rows: SheetRow[] = [];
  let row: Cell[] = [];
  let capacity = width;
  let k = from;
  for (; k < cells.length; k++) {
    const cell = cells[k]!;
    const kind = cellKind(cell.text);
    const label = isLabelKind(kind);
    if (row.length >= capacity || (label && row.some((c) => !isEmptyCell(c) && !isLabelKind(cellKind(c.text))))) {
      rows.push({ cells: row, complete: true });
      row = [];
    }
    if (row.length === 0) {
      if (isEmptyCell(cell)) continue;
      if (!label) break;
      const next = cells[k + 1] ? cellKind(cells[k + 1]!.text) : 'empty';
      const startsAtLevel1 = kind === 'level1' || kind === 'category' || (kind === 'either' && (next === 'level2' || next === 'either'));
      capacity = width - (startsAtLevel1 ? level1 : level2);
    }
    row.push(cell);
  }
  if (row.length > 0) rows.push({ cells: row, complete: k < cells.length || row.length >= capacity });
  return { rows, end: k };
}

function segmentStream(cells: Cell[]): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  while (pos < cells.length) {
    let h = pos;
    let run = 0;
    for (; h < cells.length; h++) {
      run = 0;
      while (h + run < cells.length && isColumnLabel(cells[h + run]!)) run++;
      if (run >= 3 && isIndicatorHeaderRow(cells.slice(h, h + run))) break;
    }
    if (h >= cells.length) break;
    const before = cells.slice(pos, h);
    const t = lastTitle(before);
    const { rows, end } = regroupStream(cells, h + run, cells.slice(h, h + run));
    segments.push({
      title: t === -1 ? null : before[t]!,
      block: [before.slice(t + 1)],
      header: cells.slice(h, h + run),
      headerPadding: 0,
      data: rows,
      stream: true,
    });
    pos = Math.max(end, h + run);
  }
  return segments;
}

/** Project fields written in the first row of each project of a multi-project sheet. */
interface ProjectGroup {
  name: SourcedText | null;
  unitLine: SourcedText | null;
  budgetCell: SourcedText | null;
  goalCell: Cell | null;
  indicators: Indicator[];
  firstSpan: Span | null;
  lastSpan: Span | null;
}

function extraKey(label: string, index: number, taken: Record<string, SourcedText>): string {
  const base = label === '' ? `第${index + 1}列` : label;
  return base in taken ? `${base}(第${index + 1}列)` : base;
}

/**
 * Reads the data rows under a header: each row is aligned to the columns (short rows have
 * merged cells), empty 一级/二级 cells repeat the row above (二级 only within the same 一级),
 * and a row counts as an indicator when its value is filled, or when it is complete and reaches
 * the value column, or when it is a bare 二级 category label (a category row left empty). A
 * sheet with a 项目名称 column starts a project on every row whose name cell is filled.
 */
function readRows(columns: GridColumns, data: SheetRow[], blockUnit: SourcedText | null, looseEnds: boolean): ProjectGroup[] {
  const cols = columns.columns;
  const { roles, block } = columns;
  const memory = newMemory(cols);
  const groups: ProjectGroup[] = [];
  let group: ProjectGroup | null = null;
  let previousLevel1: SourcedText | null = null;
  let previousLevel2: SourcedText | null = null;
  let unitLine: SourcedText | null = blockUnit;
  const targetIndex = roles.target ?? cols.length;

  for (const row of data) {
    if (row.cells.every(isEmptyCell) || isHeaderRow(row)) continue;
    const placed = alignRow(row.cells, cols, memory, looseEnds || !row.complete);
    const at = (index: number | undefined): Cell | undefined => (index === undefined ? undefined : placed[index]);
    const text = (index: number | undefined): SourcedText | null => cellText(at(index));

    const level1Cell = text(roles.level1);
    const level2Cell = text(roles.level2);
    const level3 = text(roles.level3);
    const target = text(roles.target);
    const reached = placed.some((c, j) => c !== undefined && j >= targetIndex);
    const bareCategory = level2Cell !== null && level3 === null && isLabelKind(cellKind(level2Cell.text));
    const accepted =
      target !== null || (row.complete && reached && (level3 !== null || level2Cell !== null)) || (row.complete && bareCategory);

    if (!accepted) {
      // A row holding only a 一级 label (its 二级 rows follow) still sets what the next rows inherit.
      if (level1Cell !== null && level2Cell === null && level3 === null && isLabelKind(cellKind(level1Cell.text))) {
        previousLevel1 = level1Cell;
        previousLevel2 = null;
      }
      continue;
    }
    remember(memory, placed);

    const hasLevel1Column = roles.level1 !== undefined;
    const level1Inherited = level1Cell === null && hasLevel1Column && previousLevel1 !== null;
    const level1: SourcedText | null = level1Inherited ? previousLevel1 : level1Cell;
    const sameLevel1 = level1Inherited || !hasLevel1Column || level1?.text === previousLevel1?.text;
    const level2Inherited: boolean = level2Cell === null && roles.level2 !== undefined && sameLevel1 && previousLevel2 !== null;
    const level2: SourcedText | null = level2Inherited ? previousLevel2 : level2Cell;

    const symbolCell = text(roles.symbol);
    const symbol = symbolCell !== null && cellKind(symbolCell.text) === 'sign' ? symbolCell : null;
    const extra: Record<string, SourcedText> = {};
    cols.forEach((column, j) => {
      const value = cellText(placed[j]);
      if (value === null || column.cls.startsWith('block') || column.cls === 'free') return;
      if (column.role !== null && !(column.role === 'symbol' && symbol === null)) return;
      extra[extraKey(column.label, j, extra)] = value;
    });

    // Pushed, not filtered: placed is HOLEY, and filter keeps that kind when interpreted but makes a
    // PACKED array when inlined in optimised code, a second map for the reads below.
    const written: Cell[] = [];
    for (const c of placed) if (c !== undefined && !isEmptyCell(c)) written.push(c);
    const span = spanFromTo(written[0]!.span, written[written.length - 1]!.span);
    const indicator: Indicator = {
      origin: 'table',
      level1,
      level1Inherited,
      level2,
      level2Inherited,
      level3,
      description: text(roles.description),
      target,
      symbol,
      unit: text(roles.unit),
      basis: text(roles.basis),
      extra,
      span,
    };

    const name = text(block.name);
    const rowUnit = text(block.unit);
    if (rowUnit !== null) unitLine = rowUnit;
    if (group === null || name !== null) {
      const goalCell = at(block.goals);
      group = {
        name,
        unitLine,
        budgetCell: text(block.budget),
        goalCell: goalCell && !isEmptyCell(goalCell) ? goalCell : null,
        indicators: [],
        firstSpan: span,
        lastSpan: span,
      };
      groups.push(group);
    }
    group.indicators.push(indicator);
    group.lastSpan = span;
    previousLevel1 = level1;
    previousLevel2 = level2;
  }
  return groups;
}

function firstSpanOf(cells: Cell[][]): Span | null {
  for (const row of cells) for (const c of row) if (!isEmptyCell(c)) return c.span;
  return null;
}

function buildTables(segment: Segment, looseEnds: boolean): ProjectTable[] {
  const block: BlockFields = readBlock(segment.block);
  const columns = analyseHeader(segment.header, segment.headerPadding);
  const groups = readRows(columns, segment.data, block.unitLine, looseEnds || segment.stream);
  const title = cellText(segment.title ?? undefined);
  const header = headerTexts(segment.header);
  const headerCells = nonEmpty(segment.header);
  const start = title?.span ?? firstSpanOf(segment.block) ?? headerCells[0]?.span ?? segment.header[0]!.span;
  const headerEnd = (headerCells[headerCells.length - 1] ?? segment.header[segment.header.length - 1]!).span;

  const multiProject = columns.block.name !== undefined;
  if (!multiProject || groups.length === 0) {
    const indicators = groups.flatMap((g) => g.indicators);
    const last = groups[groups.length - 1]?.lastSpan ?? headerEnd;
    return [{ title, ...block, header, indicators, span: spanFromTo(start, last) }];
  }
  const unit: MoneyUnit = block.moneyUnit ?? '元';
  // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
  // PACKED one, and readSheet's filter of the tables met both maps.
  const tables: ProjectTable[] = [];
  groups.forEach((g, n) => tables.push({
    title,
    unitLine: g.unitLine ?? block.unitLine,
    moneyUnit: block.moneyUnit,
    code: null,
    name: g.name ?? (n === 0 ? block.name : null),
    budget: readAmount(g.budgetCell, unit) ?? (n === 0 && g.name === null ? block.budget : null),
    fiscalFunds: null,
    otherFunds: null,
    purpose: null,
    schedule: null,
    goals: g.goalCell ? splitGoals(g.goalCell.lines) : n === 0 && g.name === null ? block.goals : [],
    header,
    indicators: g.indicators,
    span: spanFromTo(n === 0 ? start : g.firstSpan!, g.lastSpan!),
  }));
  return tables;
}

/** A table whose block and grid hold nothing is a false start (a stray line that reads like a header). */
function isEmptyTable(table: ProjectTable): boolean {
  return (
    table.indicators.length === 0 && table.name === null && table.budget === null && table.goals.length === 0 &&
    table.unitLine === null && table.title === null
  );
}

export interface SheetTable {
  table: ProjectTable;
  /** First line of the text the table covers (title, block or header). */
  firstLine: number;
}

/**
 * Reads the project tables of a grid. `stream` grids (cells without row marks) are one row of
 * cells. A table is the block rows above an indicator header (from the last title row), the
 * header and the rows below it until the next title, header or block label. A header with no
 * block and no title after a table continues that table (a header repeated after a page break).
 * `looseEnds`: the layout does not write a row's trailing empty cells (space-separated text).
 */
export function readSheet(rows: SheetRow[], stream: boolean, looseEnds = false): SheetTable[] {
  const clean: SheetRow[] = [];
  for (const r of rows) clean.push(cleanRow(r));
  const segments = stream ? clean.flatMap((r) => segmentStream(r.cells)) : segmentRows(clean);
  const tables: SheetTable[] = [];
  for (const segment of segments) {
    const built = buildTables(segment, looseEnds).filter((t) => !isEmptyTable(t));
    const previous = tables[tables.length - 1];
    if (previous && segment.title === null && segment.block.every((r) => r.every(isEmptyCell)) && built.length === 1) {
      const more = built[0]!;
      previous.table.indicators.push(...more.indicators);
      previous.table.span = spanFromTo(previous.table.span, more.span);
      continue;
    }
    for (const table of built) tables.push({ table, firstLine: table.span.line });
  }
  return tables;
}
