// Reads an indicator header into columns: indicator roles, block columns of multi-project sheets, 年度 vs 长期 groups.
import { blockRole } from './block-labels.js';
import type { Cell } from './cell.js';
import { canonicalLabel, columnRole, type ColumnRole } from './labels.js';
import { stripPinyin, toSimplified } from './traditional.js';

/** What kind of content a column holds, which is what row alignment compares cells with. */
export type ColumnClass =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'symbol'
  | 'unit'
  | 'text'
  | 'number'
  | 'free'
  | 'blank'
  | 'blockUnit'
  | 'blockName'
  | 'blockBudget'
  | 'blockGoal';

export type BlockColumn = 'unit' | 'name' | 'budget' | 'goals';

export interface GridColumn {
  index: number;
  /** The header label as written, without whitespace (the key of `extra`); '' for a padding column. */
  label: string;
  cls: ColumnClass;
  /** The indicator role this column fills; null for a column kept under `extra` (also the unused 长期 group). */
  role: ColumnRole | null;
}

export interface GridColumns {
  columns: GridColumn[];
  roles: Partial<Record<ColumnRole, number>>;
  /** Columns of a multi-project sheet that hold project fields on a project's first row. */
  block: Partial<Record<BlockColumn, number>>;
}

const CLASS_OF_ROLE: Record<ColumnRole, ColumnClass> = {
  level1: 'level1',
  level2: 'level2',
  level3: 'level3',
  target: 'target',
  symbol: 'symbol',
  unit: 'unit',
  description: 'text',
  basis: 'text',
};

const BLOCK_COLUMN: Partial<Record<ColumnClass, BlockColumn>> = {
  blockUnit: 'unit',
  blockName: 'name',
  blockBudget: 'budget',
  blockGoal: 'goals',
};

const NUMBER_LABELS = new Set(['权重', '分值', '得分', '分数', '指标权重', '标准分值', '权重分值', '满分']);
/** A leading column that titles the grid rows (绩效指标 written once, merged down the rows). */
const FREE_LABEL = /^(?:年度|项目|部门)?绩效(?:指标|目标)$|^指标$/;
const ACTUAL_LABEL = /实际|完成值|完成情况/;

type Group = 'annual' | 'long' | null;

/** 年度/当年/本年 mark the annual group, 长期/中期/远期 the multi-year one (read before brackets are stripped). */
function groupOf(label: string): Group {
  const t = toSimplified(stripPinyin(label));
  if (/年度|当年|本年/.test(t)) return 'annual';
  if (/长期|中期|远期/.test(t)) return 'long';
  return null;
}

function classOf(label: string): { cls: ColumnClass; role: ColumnRole | null } {
  if (label.trim() === '') return { cls: 'blank', role: null };
  const role = columnRole(label);
  if (role !== null) return { cls: CLASS_OF_ROLE[role], role };
  const canonical = canonicalLabel(label);
  if (FREE_LABEL.test(canonical)) return { cls: 'free', role: null };
  if (NUMBER_LABELS.has(canonical)) return { cls: 'number', role: null };
  if (ACTUAL_LABEL.test(canonical)) return { cls: 'actual', role: null };
  switch (blockRole(label)) {
    case 'unit': return { cls: 'blockUnit', role: null };
    case 'name': return { cls: 'blockName', role: null };
    case 'budget': return { cls: 'blockBudget', role: null };
    case 'goals': return { cls: 'blockGoal', role: null };
    default: return { cls: 'text', role: null };
  }
}

/**
 * Maps header cells to columns. `padding` columns the header row did not write (a merged title
 * column) come first. When a role has several columns (中期 and 年度 groups side by side), the
 * column marked 年度 wins, else one not marked 长期/中期, else the last; the others keep their
 * class for alignment but go to `extra`.
 */
export function analyseHeader(header: Cell[], padding = 0): GridColumns {
  const columns: GridColumn[] = [];
  for (let i = 0; i < padding; i++) columns.push({ index: i, label: '', cls: 'free', role: null });
  const candidates = new Map<ColumnRole, Array<{ index: number; group: Group }>>();
  const block: Partial<Record<BlockColumn, number>> = {};
  header.forEach((cell, h) => {
    const index = padding + h;
    const { cls, role } = classOf(cell.text);
    columns.push({ index, label: cell.text.replace(/\s+/g, ''), cls, role: null });
    if (role !== null) {
      const list = candidates.get(role) ?? [];
      list.push({ index, group: groupOf(cell.text) });
      candidates.set(role, list);
    }
    const blockColumn = BLOCK_COLUMN[cls];
    if (blockColumn !== undefined && block[blockColumn] === undefined) block[blockColumn] = index;
  });
  const roles: Partial<Record<ColumnRole, number>> = {};
  for (const [role, list] of candidates) {
    const chosen =
      list.find((c) => c.group === 'annual') ??
      [...list].reverse().find((c) => c.group === null && list.some((o) => o.group === 'long')) ??
      // 指标性质 before 指标方向性: the first sign-like column is the symbol column.
      (role === 'symbol' ? list[0]! : list[list.length - 1]!);
    roles[role] = chosen.index;
    columns[chosen.index]!.role = role;
  }
  return { columns, roles, block };
}
