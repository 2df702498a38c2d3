// Places the cells of a short grid row under the right header columns (merged cells leave rows short).
import { categoryLevel, looksLikeCategory } from './categories.js';
import type { Cell } from './cell.js';
import type { ColumnClass, GridColumn } from './columns.js';
import { stripPinyin, toSimplified } from './traditional.js';

/** What a cell looks like, for comparing it with what a column holds. */
export type CellKind =
  | 'empty'
  | 'level1'
  | 'level2'
  | 'either'
  | 'category'
  | 'sign'
  | 'nature'
  | 'direction'
  | 'amount'
  | 'value'
  | 'unit'
  | 'text'
  | 'long';

const SIGN = /^(?:[≥≤＝=＞＜><≧≦]|>=|<=|＞＝|＜＝|=>|=<|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不多于|不超过|不大于|不小于|高于|低于)$/;
const NATURE = /^(?:定量|定性)(?:指标)?$/;
const DIRECTION = /^(?:正向|反向|中性|逆向)(?:指标)?$/;
const AMOUNT = /^[-+]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?$/;
const VALUE_START = /^(?:[≥≤＝=＞＜><≧≦±~～]|不低于|不高于|不少于|不超过|大于|小于|达到|低于|高于)/;
/** A number first, then a short unit or tail: 95%, 28.8万元, 780元/生/年, 2021年12月完成 (not codes like 820-某镇). */
const NUMBER_FIRST = /^[\d０-９][\d０-９,，.．]*(?![-－—\d])/;
const UNITS = new Set([
  '%', '％', '‰', '个', '人', '人次', '次', '年', '月', '日', '天', '周', '元', '万元', '亿元', '米', '千米', '公里', '平方米', '立方米',
  '亩', '万亩', '公顷', '株', '棵', '户', '家', '所', '件', '台', '套', '项', '座', '篇', '册', '本', '份', '场', '期', '辆', '批',
  '处', '条', '吨', '千克', '公斤', '小时', '分钟', '名', '位', '间', '栋', '张', '块', '头', '只', '分', '级', '类', '村', '个数',
  '元/人', '人/年', '元/年', '人次/年', '次/年', '万元/年', '平方公里', 'km', 'm', 'm²', 'm2', 'kg', '㎡',
]);

/** The kind of a cell's text (read through the label normaliser, so 數量指標 is a category). */
export function cellKind(text: string): CellKind {
  const t = toSimplified(stripPinyin(text)).replace(/\s+/g, '');
  if (t === '') return 'empty';
  if (SIGN.test(t)) return 'sign';
  if (NATURE.test(t)) return 'nature';
  if (DIRECTION.test(t)) return 'direction';
  const level = categoryLevel(t);
  if (level === 1) return 'level1';
  if (level === 2) return 'level2';
  if (level === 'either') return 'either';
  if (looksLikeCategory(t)) return 'category';
  if (AMOUNT.test(t)) return 'amount';
  if (UNITS.has(t) || (t.length <= 7 && /^[\u4e00-\u9fff]{1,3}\/[\u4e00-\u9fff]{1,3}$/.test(t))) return 'unit';
  if (VALUE_START.test(t) || (NUMBER_FIRST.test(t) && t.length <= 16)) return 'value';
  return t.length > 16 ? 'long' : 'text';
}

export function isLabelKind(kind: CellKind): boolean {
  return kind === 'level1' || kind === 'level2' || kind === 'either' || kind === 'category';
}

type Scores = Partial<Record<CellKind, number>>;
const LABELS_ELSEWHERE: Scores = { level1: -2, level2: -2, either: -2, category: -1.5 };

/** How well a kind of cell fits a class of column; kinds not listed score `fallback`. */
const FIT: Record<ColumnClass, { scores: Scores; fallback: number }> = {
  level1: { scores: { level1: 3, either: 2, category: 1, level2: -0.5, text: -2, long: -3 }, fallback: -4 },
  level2: { scores: { level2: 3, either: 2, category: 1, level1: 0, text: -1, long: -2 }, fallback: -4 },
  level3: { scores: { text: 1, long: 0.5, category: -0.5, level2: -1, either: -1, level1: -1.5, unit: -1, value: -1.5, amount: -2, direction: -3, nature: -3 }, fallback: -4 },
  target: { scores: { value: 3, amount: 2.5, text: 0.5, long: -1, sign: -1, unit: -1, nature: -2, direction: -2, ...LABELS_ELSEWHERE }, fallback: -2 },
  actual: { scores: { value: 2.5, amount: 2.5, text: 0.5, long: 0, sign: -1, unit: -1, ...LABELS_ELSEWHERE }, fallback: -2 },
  symbol: { scores: { sign: 3, nature: 3, direction: 2, value: -2 }, fallback: -3 },
  unit: { scores: { unit: 3, text: -1.5, long: -3, amount: -2, value: -2 }, fallback: -3 },
  text: { scores: { text: 1, long: 1, value: 0, amount: 0, direction: 0.5, nature: -0.5, unit: -0.5, sign: -2, ...LABELS_ELSEWHERE }, fallback: -1 },
  number: { scores: { amount: 2, value: 1, text: -1, long: -2, unit: -2, sign: -3 }, fallback: -3 },
  free: { scores: { category: -0.5, level1: -0.5 }, fallback: -1 },
  blank: { scores: {}, fallback: -1 },
  blockUnit: { scores: { text: 1, long: 0.5, amount: -2, value: -2 }, fallback: -2.5 },
  blockName: { scores: { text: 1, long: 0.5, amount: -2, value: -1.5 }, fallback: -2.5 },
  blockBudget: { scores: { amount: 3, value: 1, text: -2, long: -3 }, fallback: -3 },
  blockGoal: { scores: { long: 2, text: 1, amount: -2, value: -1 }, fallback: -2.5 },
};

/** Columns whose cells are merged down the rows: when one is written on a row, those right of it are written too. */
const NESTED: ReadonlySet<ColumnClass> = new Set(['blockUnit', 'blockName', 'blockBudget', 'blockGoal', 'level1', 'level2']);
/** Classes whose earlier texts make a similar text more likely (boilerplate explanation columns). */
const PREFIX_MEMORY: ReadonlySet<ColumnClass> = new Set(['text', 'number']);

/** What a column held on the rows read so far. */
export interface ColumnMemory {
  texts: Set<string>;
  kinds: Set<CellKind>;
  prefixes: Set<string>;
}

export function newMemory(columns: GridColumn[]): ColumnMemory[] {
  // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
  // PACKED one, and remember and alignRow met both maps.
  const memory: ColumnMemory[] = [];
  for (let j = 0; j < columns.length; j++) memory.push({ texts: new Set(), kinds: new Set(), prefixes: new Set() });
  return memory;
}

export function remember(memory: ColumnMemory[], placed: Array<Cell | undefined>): void {
  placed.forEach((cell, j) => {
    if (cell === undefined || cell.text === '') return;
    const m = memory[j]!;
    m.texts.add(cell.text);
    m.kinds.add(cellKind(cell.text));
    m.prefixes.add(cell.text.slice(0, 2));
  });
}

const SKIP_LEADING = 0;
const SKIP_INNER = -1.5;
const SKIP_NESTED = -4;
/** Columns after the last cell of a row that may simply stop (cut short, or a layout that does not write empty cells). */
export const SKIP_TRAILING_OPEN = -0.25;
const DROP_EMPTY = -0.5;
/** A value without an indicator name is much less likely than a name cell merged away. */
const VALUE_WITHOUT_NAME = -3;

function fit(cell: Cell, kind: CellKind, column: GridColumn, memory: ColumnMemory | undefined): number {
  if (kind === 'empty') return 0;
  const table = FIT[column.cls];
  let score = table.scores[kind] ?? table.fallback;
  if (memory) {
    // The bonuses are chosen, then always added (0 when none): a `score += 1` first reached on a late
    // prefix match had no type feedback and deoptimised the optimised alignment (and its recursion).
    const seen = memory.texts.has(cell.text) ? 2 : PREFIX_MEMORY.has(column.cls) && memory.prefixes.has(cell.text.slice(0, 2)) ? 1 : 0;
    const sameKind = kind !== 'text' && kind !== 'long' && memory.kinds.has(kind) ? 0.5 : 0;
    score += seen;
    score += sameKind;
  }
  return score;
}

/**
 * Places the cells of a row under the columns, in order: each cell goes to one column, a column
 * may be left out (a cell merged from the row above, or padding the converter put at the end),
 * and an empty cell may be dropped. The placement with the best fit wins: cells against the
 * kind of content each column holds (and held on earlier rows); leaving out leading columns is
 * free, a column after the first placed cell costs, and a merged label column after a placed
 * cell costs more (merges nest: a row that writes 一级 writes 二级 too). With `openEnd` (a row
 * cut short, or a layout that does not write empty cells) trailing columns cost little. A row
 * with more cells than columns is read by position. Ties prefer placing cells further right.
 * Returns the cell of each column (undefined for a column left out).
 */
export function alignRow(
  cells: Cell[],
  columns: GridColumn[],
  memory?: ColumnMemory[],
  openEnd = false,
): Array<Cell | undefined> {
  const C = columns.length;
  let k = cells.length;
  // Empty cells beyond the last column are padding; a row still longer than the header is read by position.
  while (k > C && cells[k - 1]!.text === '') k--;
  if (k > C) return columns.map((_, j) => cells[j]);
  cells = cells.slice(0, k);
  const kinds: CellKind[] = []; // pushed, not mapped (see newMemory)
  for (const c of cells) kinds.push(cellKind(c.text));
  const targetColumn = columns.findIndex((c) => c.role === 'target');
  const level3Column = columns.findIndex((c) => c.role === 'level3');

  // best(i, j, started, named): the best score for placing cells[i..] into columns[j..].
  const memo = new Map<number, { score: number; move: 'skip' | 'place' | 'drop' | 'end' }>();
  const key = (i: number, j: number, started: boolean, named: boolean): number =>
    ((i * (C + 1) + j) * 2 + (started ? 1 : 0)) * 2 + (named ? 1 : 0);

  const best = (i: number, j: number, started: boolean, named: boolean): number => {
    const id = key(i, j, started, named);
    const hit = memo.get(id);
    if (hit) return hit.score;
    let score = -Infinity;
    let move: 'skip' | 'place' | 'drop' | 'end' = 'end';
    if (i === k) {
      score = 0;
      score = 0;
      if (started) for (let m = j; m < C; m++) score += openEnd ? SKIP_TRAILING_OPEN : skipCost(m, true);
      move = 'end';
    } else {
      if (j < C) {
        const skip = (started ? skipCost(j, started) : SKIP_LEADING) + best(i, j + 1, started, named);
        if (skip > score) {
          score = skip;
          move = 'skip';
        }
        const cell = cells[i]!;
        const kind = kinds[i]!;
        let placeScore = fit(cell, kind, columns[j]!, memory?.[j]);
        const nowNamed = named || (j === level3Column && kind !== 'empty');
        if (j === targetColumn && kind !== 'empty' && level3Column !== -1 && !nowNamed) placeScore += VALUE_WITHOUT_NAME;
        const place = placeScore + best(i + 1, j + 1, true, nowNamed);
        if (place > score) {
          score = place;
          move = 'place';
        }
      }
      if (kinds[i] === 'empty') {
        const drop = DROP_EMPTY + best(i + 1, j, started, named);
        if (drop > score) {
          score = drop;
          move = 'drop';
        }
      }
    }
    memo.set(id, { score, move });
    return score;
  };

  const skipCost = (j: number, started: boolean): number => {
    if (!started) return SKIP_LEADING;
    return NESTED.has(columns[j]!.cls) ? SKIP_NESTED : SKIP_INNER;
  };

  best(0, 0, false, false);
  const placed: Array<Cell | undefined> = new Array<Cell | undefined>(C).fill(undefined);
  let i = 0;
  let j = 0;
  let started = false;
  let named = false;
  while (i < k) {
    const step = memo.get(key(i, j, started, named))!;
    if (step.move === 'skip') {
      j++;
    } else if (step.move === 'place') {
      placed[j] = cells[i];
      if (j === level3Column && kinds[i] !== 'empty') named = true;
      started = true;
      i++;
      j++;
    } else if (step.move === 'drop') {
      i++;
    } else {
      break;
    }
  }
  return placed;
}
