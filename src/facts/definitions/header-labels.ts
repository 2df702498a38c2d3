// What each header cell of a project table says: its column role and whether it heads a 权重/分值 column, read once per table and document.
import type { FactContext } from '../types.js';
import type { ProjectTable } from '../../model/index.js';
import { columnRole, normaliseLabel, type ColumnRole } from '../../parse/table/labels.js';

/** Header labels of a 权重 / 分值 column (normalised: no spaces or bracketed hints such as （%）). */
const WEIGHT_LABELS: ReadonlySet<string> = new Set(['权重', '分值', '指标权重', '指标分值', '权重分值', '分值权重', '权重值', '标准分值']);

/** The readings of one header text. */
export interface HeaderLabel {
  /** columnRole of the text. */
  readonly role: ColumnRole | null;
  /** True when the text names a 权重 / 分值 column. */
  readonly weight: boolean;
}

/** A pure function of the header text, which recurs across a bureau's files: kept in the per-linter text cache. */
function readHeaderLabel(text: string): HeaderLabel {
  return { role: columnRole(text), weight: WEIGHT_LABELS.has(normaliseLabel(text)) };
}

/** The memo's table maker: one function, so a look-up allocates no closure. */
function newTable(): Map<ProjectTable, readonly HeaderLabel[]> {
  return new Map();
}

/**
 * The readings of a table's header cells, in column order: worked out once per table and document (the
 * basis, column and weight facts all ask), each text read once per linter (columnRole folds traditional
 * characters and pinyin and runs four replacements, dearer than a cache look-up).
 */
export function headerLabels(table: ProjectTable, ctx: FactContext): readonly HeaderLabel[] {
  const memo = ctx.memo('table:header-labels', newTable);
  let labels = memo.get(table);
  if (labels === undefined) {
    const read: HeaderLabel[] = [];
    for (const cell of table.header) read.push(ctx.shared('table:header-label', cell.text, readHeaderLabel));
    labels = read;
    memo.set(table, labels);
  }
  return labels;
}

/** The index of the first header cell with the role, or -1. */
export function roleIndex(labels: readonly HeaderLabel[], role: ColumnRole): number {
  for (let i = 0; i < labels.length; i++) if (labels[i]!.role === role) return i;
  return -1;
}
