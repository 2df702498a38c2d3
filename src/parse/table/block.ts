// Reads the block above an indicator grid (unit, 项目名称, 预算数, 资金支出计划, 绩效目标 …) by its labels, not its positions.
import type { MoneyUnit, Schedule } from '../../model/document.js';
import type { SourcedNumber, SourcedText } from '../../model/span.js';
import { spanFromTo, subText } from '../lines.js';
import { readDecimal, readMoneyUnit, toYuan } from '../numbers.js';
import { buildSchedule, readPercent } from '../schedule.js';
import { blockRole, prefixRole, type BlockRole } from './block-labels.js';
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
const UNIT_LINE = /^\d{3,}\s*[-－]?\s*(?![年月日]|[万亿]?元)[\u4e00-\u9fff]/;
const AMOUNT = /^([\d０-９,，.．]+)\s*(亿元|万元|元)?$/;
/** Cells that look like a percentage, so a row of them is a schedule's second row even without an empty lead cell. */
const PERCENT_CELL = /^\d+(?:\.\d+)?\s*[%％]?$/;

/** Reads an amount cell in the given unit (or the unit written in the cell), normalised to 元. */
export function readAmount(source: SourcedText | null, tableUnit: MoneyUnit): SourcedNumber | null {
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

/** A unit in brackets in a label: "资金情况（万元）", "下达中央预算内投资(万元)". */
const LABEL_UNIT = /[（(]\s*(万元|元|亿元)\s*[)）]/;
/** "填报单位（盖章）：某某中心": a label and its value in one cell. */
const LABEL_VALUE = /^([^:：]{1,20}?)\s*[:：]\s*(?=\S)/;
/** Sub-labels that split a goals cell into columns: 中期目标 | 年度目标, 年初设定目标 | 年度总体目标完成情况. */
const SUB_GOAL = /目标|完成情况/;
/** Among sub-labels, the one holding this year's target. */
const ANNUAL_GOAL = /年度目标|年初设定目标|预期目标|当年目标|年度绩效目标/;
const DONE_GOAL = /完成|实际/;

interface RawAmount {
  source: SourcedText | null;
  /** The unit the label (or the group label above it) declared, used when the value has none. */
  labelUnit: MoneyUnit | null;
}

function labelUnitOf(text: string): MoneyUnit | null {
  const m = LABEL_UNIT.exec(text);
  return m ? readMoneyUnit(m[1]!) : null;
}

function isSubGoalLabel(cell: Cell | undefined): boolean {
  if (cell === undefined || isEmptyCell(cell)) return false;
  const t = cell.text.replace(/\s+/g, '');
  return t.length <= 30 && SUB_GOAL.test(t) && !/[，,。；;]/.test(t);
}

/** Which sub-label holds this year's target: the one that says so, else the last that is not a completion column. */
function annualIndex(labels: Cell[]): number {
  const annual = labels.findIndex((c) => ANNUAL_GOAL.test(c.text.replace(/\s+/g, '')));
  if (annual !== -1) return annual;
  for (let i = labels.length - 1; i >= 0; i--) if (!DONE_GOAL.test(labels[i]!.text)) return i;
  return 0;
}

/**
 * Reads block rows. Each label takes the next cell of its row as value (so an empty value cell
 * stays aligned); a cell "label：value" holds both. A goals label followed by sub-labels
 * (中期目标 | 年度目标) takes its value from the next row under the annual sub-label, or — in a
 * stream without rows — from the cells after the sub-labels. Amounts without a unit of their own
 * take the unit their label declares in brackets, else the last bracketed unit of the block
 * (资金情况（万元）), else the table's 金额单位, else 元; the units are applied after all rows are
 * read, since the table's unit may come later.
 */
export function readBlock(blockRows: Cell[][]): BlockFields {
  // Cells a merge covers from the left are not cells of their own: a label spanning two columns still takes the next cell as value.
  // Pushed, not mapped: this function's own inlined map made a HOLEY array once it ran optimised, a map
  // the loop below had not seen (it deoptimised).
  const rows: Cell[][] = [];
  for (const row of blockRows) rows.push(row.some((c) => c.merged === 'left') ? row.filter((c) => c.merged !== 'left') : row);
  const fields: BlockFields = {
    unitLine: null, moneyUnit: null, code: null, name: null, budget: null, fiscalFunds: null,
    otherFunds: null, purpose: null, schedule: null, goals: [],
  };
  const raw: Partial<Record<'budget' | 'fiscal' | 'other', RawAmount>> = {};
  let purposeExpected = false;
  let lastLabelUnit: MoneyUnit | null = null;

  const assign = (role: BlockRole, value: SourcedText | null, valueCell: Cell | undefined, labelUnit: MoneyUnit | null): void => {
    switch (role) {
      case 'unit': fields.unitLine = value ?? fields.unitLine; break;
      case 'code': fields.code = value; break;
      case 'name': fields.name = value; break;
      case 'purpose': fields.purpose = value; break;
      case 'goals':
        if (value !== null) fields.goals = valueCell && valueCell.text === value.text ? splitGoals(valueCell.lines) : splitGoals([value]);
        else fields.goals = [];
        break;
      case 'budget': raw.budget = { source: value, labelUnit: labelUnit ?? lastLabelUnit }; break;
      case 'fiscal': raw.fiscal = { source: value, labelUnit: labelUnit ?? lastLabelUnit }; break;
      case 'other': raw.other = { source: value, labelUnit: labelUnit ?? lastLabelUnit }; break;
      default: break;
    }
  };

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
      const ownUnit = labelUnitOf(cell.text);
      const role: BlockRole | null = blockRole(cell.text);
      if (role === null) {
        const pair = cell.lines.length <= 1 ? LABEL_VALUE.exec(cell.text) : null;
        const pairRole = pair ? prefixRole(pair[1]!) : null;
        if (pair && pairRole !== null && pairRole !== 'budgetGroup' && pairRole !== 'schedule') {
          assign(pairRole, subText(cellText(cell)!, pair[0].length), undefined, ownUnit);
          continue;
        }
        if (ownUnit !== null) lastLabelUnit = ownUnit;
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
      if (role === 'goals' && isSubGoalLabel(row[i + 1])) {
        let end = i + 1;
        while (isSubGoalLabel(row[end])) end++;
        const labels = row.slice(i + 1, end);
        const wanted = annualIndex(labels);
        const after = row.slice(end).filter((c) => !isEmptyCell(c));
        let valueCell: Cell | undefined;
        if (after.length > 0) {
          // A stream: the values follow the sub-labels.
          valueCell = after[wanted];
          i = row.indexOf(after[Math.min(labels.length, after.length) - 1]!);
        } else {
          valueCell = rows[r + 1]?.[wanted];
          if (rows[r + 1] !== undefined) r++;
          i = row.length;
        }
        assign('goals', cellText(valueCell), valueCell, null);
        if (i >= row.length) break;
        continue;
      }
      // A value cell that is itself a label means the value is missing: do not swallow the label.
      const valueCell = row[i + 1];
      if (valueCell !== undefined && blockRole(valueCell.text) !== null) continue;
      i++;
      assign(role, cellText(valueCell), valueCell, ownUnit);
    }
  }
  const resolve = (amount: RawAmount | undefined): SourcedNumber | null =>
    amount ? readAmount(amount.source, amount.labelUnit ?? fields.moneyUnit ?? '元') : null;
  fields.budget = resolve(raw.budget);
  fields.fiscalFunds = resolve(raw.fiscal);
  fields.otherFunds = resolve(raw.other);
  if (fields.moneyUnit === null && raw.budget?.source && raw.budget.labelUnit !== null && fields.budget !== null) {
    fields.moneyUnit = raw.budget.labelUnit;
  }
  return fields;
}
