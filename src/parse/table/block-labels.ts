// Maps the labels of the block above an indicator grid (项目名称, 预算数, 资金支出计划 …) to fields, with synonyms.
import { normaliseLabel } from './labels.js';

export type BlockRole =
  | 'unit'
  | 'code'
  | 'name'
  | 'budget'
  | 'fiscal'
  | 'other'
  | 'purpose'
  | 'budgetGroup'
  | 'schedule'
  | 'goals';

const BLOCK_LABELS: Record<BlockRole, string[]> = {
  unit: ['单位名称', '预算单位', '填报单位'],
  code: ['项目编码', '项目代码', '项目编号'],
  name: ['项目名称'],
  budget: ['预算数', '预算金额', '年度预算数', '年度预算金额', '资金总额', '年度资金总额', '项目资金总额', '预算总额', '项目总金额', '项目预算数'],
  fiscal: ['财政资金', '财政拨款', '财政性资金', '财政拨款资金', '一般公共预算', '一般公共预算拨款'],
  other: ['其他资金', '其它资金'],
  purpose: ['资金用途', '项目资金用途', '主要用途', '资金主要用途', '用途'],
  // The group label heads the amounts row; the purpose then follows in the next row, under an empty cell.
  budgetGroup: ['预算规模及资金用途', '预算规模及用途', '资金规模及用途'],
  schedule: ['资金支出计划', '支出计划', '资金支出进度', '支出进度', '资金支出进度计划', '资金使用计划'],
  goals: ['绩效目标', '年度目标', '年度绩效目标', '总体目标', '年度总体目标', '项目绩效目标', '项目年度目标', '实施目标'],
};

const ROLE_BY_LABEL = new Map<string, BlockRole>(
  (Object.entries(BLOCK_LABELS) as Array<[BlockRole, string[]]>).flatMap(([role, labels]) =>
    labels.map((label): [string, BlockRole] => [label, role]),
  ),
);

/** The block role of a label cell ("其中：财政    资金" → fiscal), or null when the cell is not a block label. */
export function blockRole(text: string): BlockRole | null {
  const label = normaliseLabel(text).replace(/^其中[:：]?/, '');
  return ROLE_BY_LABEL.get(label) ?? null;
}
