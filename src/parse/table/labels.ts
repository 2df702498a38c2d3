// Normalises grid labels and maps header labels (with their synonyms) to indicator column roles.
import { stripPinyin, toSimplified, TRADITIONAL_CHARACTERS } from './traditional.js';

/** Removes whitespace, parenthesised hints (（%）, （必填）), asterisks and trailing colons, so synonyms compare equal. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*★]/g, '')
    .replace(/[:：]$/, '');
}

/**
 * A text without any of these is its own canonical label: stripPinyin needs a '(', toSimplified a
 * traditional character, and normaliseLabel whitespace, a bracket, a star or a colon.
 */
const CHANGED_BY_CANONICAL = new RegExp(`[\\s（(*★:：]|${TRADITIONAL_CHARACTERS.source}`);

/**
 * The label as it is recognised: pinyin annotations removed, traditional characters mapped to
 * simplified ones, then {@link normaliseLabel}. "*評(píng)(扣)分標(biāo)準(zhǔn)" → "评分标准".
 */
export function canonicalLabel(text: string): string {
  // Most texts asked about (a row's every cell, while the parser looks for a header) are already canonical.
  if (!CHANGED_BY_CANONICAL.test(text)) return text;
  return normaliseLabel(toSimplified(stripPinyin(text)));
}

export type ColumnRole = 'level1' | 'level2' | 'level3' | 'description' | 'target' | 'symbol' | 'unit' | 'basis';

// Parenthesised qualifiers are removed before lookup: 指标值（年度）, 指标值(或计划水平) and 年度指标值(A)
// read as 指标值 / 年度指标值 (the 年度/长期 group of a column is read separately, see columns.ts).
const ROLE_LABELS: Record<ColumnRole, string[]> = {
  level1: ['一级指标', '一级'],
  level2: ['二级指标', '二级'],
  level3: ['三级指标', '三级', '指标名称', '三级指标名称'],
  description: ['绩效指标描述', '指标描述', '指标解释', '指标说明', '指标内容', '指标值内容', '指标值说明'],
  target: [
    '指标值', '目标值', '年度指标值', '年度目标值', '指标目标值', '预期目标值', '预期指标值', '当年预期实现值',
    '年度数值', '计划指标值', '年度计划值',
  ],
  // A 指标性质/指标值类型 column holds either a comparison sign or 定量/定性; grid readers keep only signs as `symbol`.
  symbol: ['指标性质', '指标值类型', '计算符号', '符号', '比较符号', '指标方向性'],
  unit: ['计量单位', '度量单位', '单位'],
  basis: ['指标值确定依据', '指标值设定依据', '绩效标准', '评价标准', '确定依据', '指标确定依据', '评分标准', '扣分标准'],
};

const ROLE_BY_LABEL = new Map<string, ColumnRole>(
  (Object.entries(ROLE_LABELS) as Array<[ColumnRole, string[]]>).flatMap(([role, labels]) =>
    labels.map((label): [string, ColumnRole] => [label, role]),
  ),
);

/** The role of a header label, or null for a column the model keeps under `extra` (权重, 分值 …). */
export function columnRole(label: string): ColumnRole | null {
  return ROLE_BY_LABEL.get(canonicalLabel(label)) ?? null;
}

/**
 * True when the labels read as the header of an indicator grid: at least three known columns,
 * among them a 三级指标 or 二级指标 column. Block rows (项目名称, 预算数 …) never qualify.
 */
export function isIndicatorHeader(labels: readonly string[]): boolean {
  // A loop, not map().filter(): an optimised inlined map makes a HOLEY array whose map the filter had not seen.
  const roles = new Set<ColumnRole>();
  for (const label of labels) addRole(roles, label);
  return readsAsIndicatorHeader(roles);
}

/**
 * isIndicatorHeader of the cells' texts, read from the cells: the callers' cells.map((c) => c.text)
 * made HOLEY arrays when they ran optimised and PACKED ones when not, and each change deoptimised this.
 */
export function isIndicatorHeaderRow(cells: readonly { text: string }[]): boolean {
  const roles = new Set<ColumnRole>();
  for (const cell of cells) addRole(roles, cell.text);
  return readsAsIndicatorHeader(roles);
}

function addRole(roles: Set<ColumnRole>, label: string): void {
  const role = columnRole(label);
  if (role !== null) roles.add(role);
}

function readsAsIndicatorHeader(roles: ReadonlySet<ColumnRole>): boolean {
  return roles.size >= 3 && (roles.has('level3') || roles.has('level2'));
}
