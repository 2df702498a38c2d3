// Turns indicator grid rows into Indicators: columns mapped by header label, merged 一级/二级 cells carried down.
import type { Indicator } from '../../model/document.js';
import type { SourcedText } from '../../model/span.js';
import { spanFromTo } from '../lines.js';
import { cellText, isEmptyCell, type Cell } from './cell.js';
import { columnRole, type ColumnRole } from './labels.js';

interface ColumnMap {
  roles: Partial<Record<ColumnRole, number>>;
  /** Columns without a role, by their header label. */
  extra: Array<{ label: string; index: number }>;
}

/** The first column of each role wins; later duplicates and unknown columns go to `extra`. */
export function mapColumns(header: Cell[]): ColumnMap {
  const map: ColumnMap = { roles: {}, extra: [] };
  header.forEach((cell, index) => {
    const role = columnRole(cell.text);
    if (role !== null && map.roles[role] === undefined) map.roles[role] = index;
    else if (cell.text !== '') map.extra.push({ label: cell.text.replace(/\s+/g, ''), index });
  });
  return map;
}

function at(row: Cell[], index: number | undefined): SourcedText | null {
  return index === undefined ? null : cellText(row[index]);
}

/**
 * Reads grid rows (each already complete) into table indicators. An empty 一级 cell is a
 * vertically merged cell: it repeats the 一级 above, keeping that cell's span, and is marked
 * inherited. An empty 二级 cell is carried the same way, but only within the same 一级.
 */
export function readIndicatorRows(header: Cell[], rows: Cell[][]): Indicator[] {
  const columns = mapColumns(header);
  const indicators: Indicator[] = [];
  let previousLevel1: SourcedText | null = null;
  let previousLevel2: SourcedText | null = null;

  for (const row of rows) {
    if (row.every(isEmptyCell)) continue;
    const hasLevel1Column = columns.roles.level1 !== undefined;
    let level1 = at(row, columns.roles.level1);
    const level1Inherited = level1 === null && hasLevel1Column && previousLevel1 !== null;
    if (level1Inherited) level1 = previousLevel1;
    const sameLevel1 = level1Inherited || !hasLevel1Column || level1?.text === previousLevel1?.text;

    let level2 = at(row, columns.roles.level2);
    const level2Inherited =
      level2 === null && columns.roles.level2 !== undefined && sameLevel1 && previousLevel2 !== null;
    if (level2Inherited) level2 = previousLevel2;

    const extra: Record<string, SourcedText> = {};
    for (const { label, index } of columns.extra) {
      const value = cellText(row[index]);
      if (value !== null) extra[label] = value;
    }

    indicators.push({
      origin: 'table',
      level1,
      level1Inherited,
      level2,
      level2Inherited,
      level3: at(row, columns.roles.level3),
      description: at(row, columns.roles.description),
      target: at(row, columns.roles.target),
      symbol: at(row, columns.roles.symbol),
      unit: at(row, columns.roles.unit),
      basis: at(row, columns.roles.basis),
      extra,
      span: spanFromTo(row[0]!.span, row[row.length - 1]!.span),
    });
    previousLevel1 = level1;
    previousLevel2 = level2;
  }
  return indicators;
}
