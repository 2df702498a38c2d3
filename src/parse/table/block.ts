// Reads the block above an indicator grid (unit, 项目名称, 预算数, 资金支出计划, 绩效目标 …) by its labels, not its positions.
import type { MoneyUnit, Schedule } from '../../model/document.js';
import type { SourcedNumber, SourcedText } from '../../model/span.js';
import { spanFromTo } from '../lines.js';
import { readDecimal, readMoneyUnit, toYuan } from '../numbers.js';
import { buildSchedule, readPercent } from '../schedule.js';
import { blockRole, type BlockRole } from './block-labels.js';
import { cellText, isEmptyCell, type Cell } from './cell.js';
import { splitGoals } from './goals.js';

export interface BlockFields {
  unitLine: SourcedText | null;
  moneyUnit: MoneyUnit | null;
  code: SourcedText | null;
  name: SourcedText | null;
  budget: SourcedNumber | null;
  fiscalFunds: SourcedNumber | null;
  otherFunds: SourcedNumber | null;
  purpose: SourcedText | null;
  schedule: Schedule | null;
  goals: SourcedText[];
}

/** "单位：元", "金额单位：万元" */
const MONEY_UNIT = /^(?:金额)?单位[:：]\s*(元|万元|亿元)$/;
/** "497001玉田县亮甲店镇人民政府本级": a unit code followed by the unit's name. */
const UNIT_LINE = /^\d{3,}\s*[-－]?\s*(?![年月日])[\u4e00-\u9fff]/;
const AMOUNT = /^([\d０-９,，.．]+)\s*(亿元|万元|元)?$/;
/** Cells that look like a percentage, so a row of them is a schedule's second row even without an empty lead cell. */
const PERCENT_CELL = /^\d+(?:\.\d+)?\s*[%％]?$/;

/** Reads an amount cell in the table's money unit (or the unit written in the cell), normalised to 元. */
function readAmount(source: SourcedText | null, tableUnit: MoneyUnit): SourcedNumber | null {
  if (source === null) return null;
  const m = AMOUNT.exec(source.text);
  const value = m ? readDecimal(m[1]!) : null;
  if (!m || value === null) return null;
  const unit = readMoneyUnit(m[2] ?? '') ?? tableUnit;
  return { value: toYuan(value, unit), raw: source.text, span: source.span };
}

/** Reads a schedule whose labels follow the label cell and whose percentages fill the next row's same columns. */
function readScheduleRows(row: Cell[], labelIndex: number, next: Cell[] | undefined): { schedule: Schedule; usedNext: boolean } {
  const percentLike = (c: Cell): boolean => PERCENT_CELL.test(c.text);
  const usePercentRow =
    next !== undefined &&
    next.some(percentLike) &&
    (isEmptyCell(next[0]) || next.every((c) => isEmptyCell(c) || percentLike(c)));
  const labels: SourcedText[] = [];
  const percents: (SourcedNumber | null)[] = [];
  const offset = next !== undefined && !isEmptyCell(next[0]) ? labelIndex + 1 : 0;
  for (let j = labelIndex + 1; j < row.length; j++) {
    const label = cellText(row[j]);
    if (label === null) continue;
    labels.push(label);
    const percentCell = usePercentRow ? cellText(next[j - offset]) : null;
    percents.push(percentCell ? readPercent(percentCell) : null);
  }
  const lastCell = (usePercentRow ? next[next.length - 1] : undefined) ?? row[row.length - 1]!;
  const schedule = buildSchedule(labels, percents, spanFromTo(row[labelIndex]!.span, lastCell.span));
  return { schedule, usedNext: usePercentRow };
}

/**
 * Reads block rows. Each label takes the next cell of its row as value (so an empty value cell
 * stays aligned); the money unit is applied after all rows are read, since it may come later.
 */
export function readBlock(rows: Cell[][]): BlockFields {
  const fields: BlockFields = {
    unitLine: null, moneyUnit: null, code: null, name: null, budget: null, fiscalFunds: null,
    otherFunds: null, purpose: null, schedule: null, goals: [],
  };
  const raw: Partial<Record<'budget' | 'fiscal' | 'other', SourcedText | null>> = {};
  let purposeExpected = false;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    // The row after 预算规模及资金用途 holds the purpose under an empty cell.
    if (purposeExpected && isEmptyCell(row[0]) && fields.purpose === null) {
      const texts = row.slice(1).filter((c) => !isEmptyCell(c) && blockRole(c.text) === null);
      purposeExpected = false;
      if (texts.length > 0) {
        fields.purpose = cellText(texts[0]);
        continue;
      }
    }
    purposeExpected = false;

    for (let i = 0; i < row.length; i++) {
      const cell = row[i]!;
      if (isEmptyCell(cell)) continue;
      const unit = MONEY_UNIT.exec(cell.text.replace(/\s+/g, ''));
      if (unit) {
        fields.moneyUnit = readMoneyUnit(unit[1]!);
        continue;
      }
      const role: BlockRole | null = blockRole(cell.text);
      if (role === null) {
        if (fields.unitLine === null && UNIT_LINE.test(cell.text)) fields.unitLine = cellText(cell);
        continue;
      }
      if (role === 'budgetGroup') {
        purposeExpected = true;
        continue;
      }
      if (role === 'schedule') {
        const { schedule, usedNext } = readScheduleRows(row, i, rows[r + 1]);
        fields.schedule = schedule;
        if (usedNext) r++;
        break;
      }
      // A value cell that is itself a label means the value is missing: do not swallow the label.
      const valueCell = row[i + 1];
      if (valueCell !== undefined && blockRole(valueCell.text) !== null) continue;
      i++;
      const value = cellText(valueCell);
      switch (role) {
        case 'unit': fields.unitLine = value ?? fields.unitLine; break;
        case 'code': fields.code = value; break;
        case 'name': fields.name = value; break;
        case 'purpose': fields.purpose = value; break;
        case 'goals': fields.goals = valueCell ? splitGoals(valueCell.lines) : []; break;
        case 'budget': raw.budget = value; break;
        case 'fiscal': raw.fiscal = value; break;
        case 'other': raw.other = value; break;
      }
    }
  }
  const tableUnit = fields.moneyUnit ?? '元';
  fields.budget = readAmount(raw.budget ?? null, tableUnit);
  fields.fiscalFunds = readAmount(raw.fiscal ?? null, tableUnit);
  fields.otherFunds = readAmount(raw.other ?? null, tableUnit);
  return fields;
}
