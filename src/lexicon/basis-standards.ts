// 指标值确定依据 vocabulary (domain-rules §1.3, R-BASIS-*, R-FIN-05): the standard types, what counts as a named source, and cost standards.

/** The standard types of the enumeration (88号 / 285号 / 10号 / MoF system), in the form a rule reports. */
export type BasisStandard = '预算支出标准' | '计划标准' | '行业标准' | '历史标准' | '其他标准' | '国际标准';

/**
 * Spellings of each standard type, most specific first (预算支出标准 before 支出标准). 国家标准,
 * 地方标准 and 团体标准 are published technical standards, i.e. 行业标准 in the enumeration's sense;
 * 预算标准 and 支出标准 are the short forms of 预算支出标准 seen in local templates.
 */
const SPELLINGS: readonly (readonly [string, BasisStandard])[] = [
  ['预算支出标准', '预算支出标准'], ['预算标准', '预算支出标准'], ['支出标准', '预算支出标准'],
  ['计划标准', '计划标准'],
  ['行业标准', '行业标准'], ['国家标准', '行业标准'], ['地方标准', '行业标准'], ['团体标准', '行业标准'],
  ['历史标准', '历史标准'],
  ['国际标准', '国际标准'],
  ['其他标准', '其他标准'], ['其它标准', '其他标准'],
];

/** The standard type a basis names, the earliest in the text (ties: the longer spelling); null when it names none. */
export function basisStandardOf(basis: string): BasisStandard | null {
  const text = basis.replace(/[\s\u3000]+/g, '');
  let best: { at: number; length: number; standard: BasisStandard } | null = null;
  for (const [spelling, standard] of SPELLINGS) {
    const at = text.indexOf(spelling);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && spelling.length > best.length)) best = { at, length: spelling.length, standard };
  }
  return best?.standard ?? null;
}

/**
 * A concrete source: a titled document (《…》), a document number (〔2024〕12号, [2024]12号, 第N号), a
 * standard code (GB/T 123, DB13/T, CJJ/T 126, JGJ), or last years' figures (上年实际完成98%).
 */
const SOURCE_PATTERNS: readonly RegExp[] = [
  /《[^》]{2,}》/,
  /[〔[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*(?:第)?\s*\d+\s*号/,
  /\d+\s*号/,
  /\b(?:GB|DB|CJJ|CJ|JGJ|HJ|JTG|SL|NY|WS|GA|JT|DL|SH)\s*\d*\s*(?:\/\s*T)?\s*\d+/i,
  /(?:上年|去年|上一年|往年|近[三3两2]年|前[三3两2]年).*\d/,
];

/**
 * What makes the rest of a basis (after its standard type) specific rather than generic: a year or
 * figure, the unit or place that issued it, or a named record (台账, 名册, 测算表, 批复 …).
 * "计划标准：年度工作计划" stays generic; "计划标准：柳泉镇2025年垃圾收集点建设选址清单" does not.
 */
const SPECIFIC_REST = /\d|省|市|县|镇|乡|街道|社区|村委|局|政府|委员会|中心|公司|厅|台账|名册|清单|测算|分配表|核定|批复|合同|中标|决算|年鉴|普查|调查|问卷|监测/;

/** The text of a basis without its standard type and the punctuation around it. */
function restAfterStandard(basis: string): string {
  let text = basis.replace(/[\s\u3000]+/g, '');
  for (const [spelling] of SPELLINGS) text = text.split(spelling).join('');
  return text.replace(/^[：:，,、；;（(【\[-]+|[）)】\]。；;]+$/g, '');
}

/** True when the basis names where its value comes from (R-BASIS-03), not only a standard type. */
export function basisNamesSource(basis: string): boolean {
  if (SOURCE_PATTERNS.some((p) => p.test(basis))) return true;
  const rest = restAfterStandard(basis);
  return rest.length >= 2 && SPECIFIC_REST.test(rest);
}

/**
 * Bases that ground a cost ceiling (R-FIN-05): the budget or an estimate, a spending standard or
 * quota, a 管理办法 that sets one, a contract or procurement price, or a figure in money.
 */
const COST_GROUNDS = /预算|测算|定额|支出标准|开支标准|费用标准|补助标准|收费标准|经费标准|管理办法|单价|造价|报价|合同|采购|中标|\d+(?:\.\d+)?\s*(?:亿元|万元|元)/;

export function basisGroundsCost(basis: string): boolean {
  return COST_GROUNDS.test(basis);
}

/** Cells that stand for "nothing": dashes, slashes, 无, 空, 略. The MoF system rejects such cells as empty. */
const PLACEHOLDER = /^[-—–_/\\*.。、·…\s\u3000]*$|^(?:无|空|略|暂无|待定|\/)$/;

export function isPlaceholderBasis(basis: string): boolean {
  return PLACEHOLDER.test(basis.trim());
}
