// Maps the labels of the block above an indicator grid (项目名称, 预算数, 资金支出计划 …) to fields, with synonyms.
import { canonicalLabel } from './labels.js';

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
  unit: ['单位名称', '预算单位', '填报单位', '部门名称', '申报单位'],
  code: ['项目编码', '项目代码', '项目编号'],
  // 项目(专项)名称 reads as 项目名称 once brackets are dropped.
  name: ['项目名称', '项目支出名称', '专项名称', '资金名称'],
  budget: [
    '预算数', '预算金额', '年度预算数', '年度预算金额', '资金总额', '年度资金总额', '项目资金总额', '预算总额', '项目总金额',
    '项目预算数', '部门预算', '年度本级预算金额', '当年资金总额', '当年年度预算', '年度金额', '下达中央预算内投资',
    '本年度申请市财政预算资金', '本年度申请财政预算资金',
  ],
  fiscal: ['财政资金', '财政拨款', '财政性资金', '财政拨款资金', '一般公共预算', '一般公共预算拨款'],
  other: ['其他资金', '其它资金', '其他', '其它'],
  purpose: ['资金用途', '项目资金用途', '主要用途', '资金主要用途', '用途'],
  // The group label heads the amounts row; the purpose then follows in the next row, under an empty cell.
  budgetGroup: ['预算规模及资金用途', '预算规模及用途', '资金规模及用途'],
  schedule: ['资金支出计划', '支出计划', '资金支出进度', '支出进度', '资金支出进度计划', '资金使用计划'],
  goals: [
    '绩效目标', '年度目标', '年度绩效目标', '总体目标', '年度总体目标', '项目绩效目标', '项目年度目标', '实施目标',
    '年度总体绩效目标', '总体绩效目标',
  ],
};

const ROLE_BY_LABEL = new Map<string, BlockRole>(
  (Object.entries(BLOCK_LABELS) as Array<[BlockRole, string[]]>).flatMap(([role, labels]) =>
    labels.map((label): [string, BlockRole] => [label, role]),
  ),
);

/** "其中：1.中央资金" → "中央资金": the prefixes that list sub-amounts. */
const LIST_PREFIX = /^(?:其中[:：]?)?(?:(?:\d+|[一二三四五六七八九十]+)[.、．])?/;

/**
 * The block role of a label cell ("其中：财政    资金" → fiscal, "项目(专项)名称" → name, "部門(單位)名稱" →
 * unit), or null when the cell is not a block label.
 */
export function blockRole(text: string): BlockRole | null {
  const label = canonicalLabel(text).replace(LIST_PREFIX, '');
  return ROLE_BY_LABEL.get(label) ?? null;
}

/** Labels that name the unit only in the "label：value" form of a single cell ("单位（盖章）：某镇人民政府"). */
const UNIT_PREFIX_LABELS = new Set(['单位', '填报单位', '预算单位', '申报单位', '单位名称', '部门名称']);

/** The role of the label before a colon in a "label：value" cell, or null. */
export function prefixRole(label: string): BlockRole | null {
  const canonical = canonicalLabel(label);
  if (UNIT_PREFIX_LABELS.has(canonical)) return 'unit';
  return blockRole(label);
}
