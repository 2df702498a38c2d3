// Indicator facts about cells left empty: a 三级指标 row with no name or no 指标值 (R-STRUCT-02).
import { defineFact, type FactContext, type IndicatorSubject, type LocatedItem } from '../types.js';
import type { SourcedText } from '../../model/index.js';
import { headerLabels, roleIndex } from './header-labels.js';
import { rowTarget } from './indicator-readings.js';

const filled = (field: SourcedText | null): boolean => (field?.text.trim() ?? '') !== '';

/**
 * True when the row's table has a 指标值 column. A table without one is reported once by
 * missing-required-column; flagging every row's value as empty would repeat that finding.
 */
function tableHasValueColumn(s: IndicatorSubject, ctx: FactContext): boolean {
  if (s.part !== 'table') return true;
  const table = s.project.table;
  // The header's roles are read once per table and document, each header text once per linter.
  return table ? roleIndex(headerLabels(table, ctx), 'target') >= 0 : false;
}

/**
 * True when the row gives a value somewhere. A qualitative declaration (symbol 文字描述 / 定性) may
 * carry its text in the field after the empty number slot, as the narrative export does
 * (`文字描述--时间精力等`): that text is the value, so the row is not empty.
 */
function hasValue(s: IndicatorSubject, ctx: FactContext): boolean {
  const i = s.indicator;
  if (filled(i.target)) return true;
  return rowTarget(s, ctx).declaredType === 'qualitative' && filled(i.unit);
}

export const emptyIndicatorCells = defineFact({
  name: 'emptyIndicatorCells',
  scope: 'indicator',
  type: 'list',
  description: '三级指标名称或指标值为空（只有空白也算空）；定性声明（文字描述）后给出文字的不算空，表中没有指标值列时不查指标值',
  itemKeys: ['context', 'cells'],
  compute(s, ctx) {
    const i = s.indicator;
    const nameEmpty = !filled(i.level3);
    // Nearly every row has a value: the table's columns are looked at only for one that has none.
    const valueEmpty = !hasValue(s, ctx) && tableHasValueColumn(s, ctx);
    if (!nameEmpty && !valueEmpty) return [];
    const level2 = i.level2?.text.trim() ?? '';
    const under = level2 === '' ? '一行' : `二级指标“${level2}”下一行`;
    // An empty cell has no text of its own: the finding points at the row, with the path of the missing field.
    let item: LocatedItem;
    if (nameEmpty && valueEmpty) {
      item = { span: i.span, path: [...s.path, 'level3'], data: { context: `${under}的`, cells: '三级指标名称和指标值' } };
    } else if (nameEmpty) {
      item = { span: i.span, path: [...s.path, 'level3'], data: { context: `${under}的`, cells: '三级指标名称' } };
    } else {
      const field = i.target ?? i.symbol ?? i.unit;
      const path = [...s.path, i.target ? 'target' : i.symbol ? 'symbol' : i.unit ? 'unit' : 'target'];
      item = { span: field?.span ?? i.span, path, data: { context: `三级指标“${i.level3!.text.trim()}”的`, cells: '指标值' } };
    }
    return [item];
  },
});

export const STRUCTURE_CELL_FACTS = [emptyIndicatorCells];
