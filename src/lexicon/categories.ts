// 一级/二级 category labels (domain-rules §1.5): canonical keys, their synonyms, standard names and allowed parent→child pairs.

export type Level1Key = 'OUTPUT' | 'COST' | 'BENEFIT' | 'SATISFACTION';
export type Level2Key =
  | 'QTY' | 'QUAL' | 'TIME'
  | 'ECON_COST' | 'SOC_COST' | 'ECO_COST'
  | 'ECON_BEN' | 'SOC_BEN' | 'ECO_BEN' | 'SUSTAIN'
  | 'SAT_SUB';

export const LEVEL1_KEYS: readonly Level1Key[] = ['OUTPUT', 'COST', 'BENEFIT', 'SATISFACTION'];
export const LEVEL2_KEYS: readonly Level2Key[] = [
  'QTY', 'QUAL', 'TIME', 'ECON_COST', 'SOC_COST', 'ECO_COST', 'ECON_BEN', 'SOC_BEN', 'ECO_BEN', 'SUSTAIN', 'SAT_SUB',
];

/**
 * Synonyms as stems: labels are compared after removing spaces, brackets, a leading enumeration
 * (一、 1. （一）) and a trailing 指标/类指标/类, so 产出, 产出指标 and 产出类指标 all meet the stem 产出.
 */
const LEVEL1_STEMS: Readonly<Record<string, Level1Key>> = {
  产出: 'OUTPUT', 产出工作量: 'OUTPUT',
  成本: 'COST', 投入成本: 'COST', 投入: 'COST',
  效益: 'BENEFIT', 效果: 'BENEFIT',
  满意度: 'SATISFACTION', 服务对象满意度: 'SATISFACTION', 社会公众或服务对象满意度: 'SATISFACTION',
  社会公众满意度: 'SATISFACTION', 满意: 'SATISFACTION',
};

const LEVEL2_STEMS: Readonly<Record<string, Level2Key>> = {
  数量: 'QTY', 产出数量: 'QTY',
  质量: 'QUAL', 产出质量: 'QUAL',
  时效: 'TIME', 时效性: 'TIME', 进度: 'TIME', 产出进度: 'TIME', 产出时效: 'TIME',
  成本: 'ECON_COST', 经济成本: 'ECON_COST', 产出成本: 'ECON_COST',
  社会成本: 'SOC_COST',
  生态环境成本: 'ECO_COST', 环境成本: 'ECO_COST', 生态成本: 'ECO_COST',
  经济效益: 'ECON_BEN',
  社会效益: 'SOC_BEN',
  生态效益: 'ECO_BEN', 环境效益: 'ECO_BEN', 生态环境效益: 'ECO_BEN',
  可持续影响: 'SUSTAIN', 可持续影响力: 'SUSTAIN', 可持续发展: 'SUSTAIN', 可持续: 'SUSTAIN', 可持续性影响: 'SUSTAIN',
  服务对象满意度: 'SAT_SUB', 满意度: 'SAT_SUB', 社会公众满意度: 'SAT_SUB', 群众满意度: 'SAT_SUB',
  受益对象满意度: 'SAT_SUB', 社会公众或服务对象满意度: 'SAT_SUB', 服务对象满意: 'SAT_SUB', 满意: 'SAT_SUB',
};

/** Stems whose 二级 depends on the 一级 above them: 经济 under 成本 is a cost, under 效益 a benefit. */
const LEVEL2_BY_PARENT: Readonly<Record<string, Partial<Record<Level1Key, Level2Key>>>> = {
  经济: { COST: 'ECON_COST', BENEFIT: 'ECON_BEN' },
  社会: { COST: 'SOC_COST', BENEFIT: 'SOC_BEN' },
  生态: { COST: 'ECO_COST', BENEFIT: 'ECO_BEN' },
  环境: { COST: 'ECO_COST', BENEFIT: 'ECO_BEN' },
  生态环境: { COST: 'ECO_COST', BENEFIT: 'ECO_BEN' },
};

const LEVEL1_LABELS: Readonly<Record<Level1Key, string>> = {
  OUTPUT: '产出指标', COST: '成本指标', BENEFIT: '效益指标', SATISFACTION: '满意度指标',
};

const LEVEL2_LABELS: Readonly<Record<Level2Key, string>> = {
  QTY: '数量指标', QUAL: '质量指标', TIME: '时效指标',
  ECON_COST: '经济成本指标', SOC_COST: '社会成本指标', ECO_COST: '生态环境成本指标',
  ECON_BEN: '经济效益指标', SOC_BEN: '社会效益指标', ECO_BEN: '生态效益指标', SUSTAIN: '可持续影响指标',
  SAT_SUB: '服务对象满意度指标',
};

/** Allowed parent→child pairs; ECON_COST under OUTPUT is the 2015 framework, under COST the 2021 one. */
export const ALLOWED_CHILDREN: Readonly<Record<Level1Key, readonly Level2Key[]>> = {
  OUTPUT: ['QTY', 'QUAL', 'TIME', 'ECON_COST'],
  COST: ['ECON_COST', 'SOC_COST', 'ECO_COST'],
  BENEFIT: ['ECON_BEN', 'SOC_BEN', 'ECO_BEN', 'SUSTAIN'],
  SATISFACTION: ['SAT_SUB'],
};

/** Labels of the 10号 evaluation framework and 自评 forms; in a target table they are a structural error (R-STRUCT-03). */
export const EVALUATION_FRAMEWORK_LABELS: readonly string[] = [
  '决策', '过程', '预算执行率', '资金到位率', '项目管理', '项目立项', '资金管理', '组织实施', '资金执行率', '资金使用',
];

/**
 * What the first three steps of labelStem act on: white space, a bracket, or a first character that
 * may open an enumeration (一、 1. （一）). A label with none of these keeps all but its ending.
 */
const NEEDS_FULL_STEM = /[\s\u3000（()）]|^[一二三四五六七八九十\d]/;

/** Normalises a label for lookup: no spaces, brackets, leading enumeration or trailing 指标/类. */
export function labelStem(label: string): string {
  // Most labels (产出指标, 数量) have no space, bracket or leading enumeration: only the ending is cut.
  if (!NEEDS_FULL_STEM.test(label)) return withoutEnding(label);
  return withoutEnding(label
    .replace(/[\s\u3000]+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/, '')
    .replace(/[（(）)]/g, ''));
}

const LEI = '类'.charCodeAt(0);

/**
 * The label without a trailing (类)指标 and then a trailing 类, as .replace(/(?:类)?指标$/, '')
 * .replace(/类$/, '') would leave it, found by comparing the last characters (no regex, no copy
 * when nothing is cut: labelStem runs on every label the category checks read).
 */
function withoutEnding(label: string): string {
  let end = label.length;
  if (label.endsWith('指标')) {
    end -= 2;
    if (end > 0 && label.charCodeAt(end - 1) === LEI) end -= 1;
  }
  if (end > 0 && label.charCodeAt(end - 1) === LEI) end -= 1;
  return end === label.length ? label : label.slice(0, end);
}

export function canonicalLevel1(label: string | null | undefined): Level1Key | null {
  if (!label) return null;
  return LEVEL1_STEMS[labelStem(label)] ?? null;
}

/**
 * The canonical 二级 key. `level1` resolves the few labels that depend on their parent (经济 / 社会 /
 * 生态 alone); 成本指标 is ECON_COST whether it sits under 产出 (2015) or under 成本.
 */
export function canonicalLevel2(label: string | null | undefined, level1: Level1Key | null = null): Level2Key | null {
  if (!label) return null;
  const stem = labelStem(label);
  const direct = LEVEL2_STEMS[stem];
  if (direct) return direct;
  return level1 === null ? null : (LEVEL2_BY_PARENT[stem]?.[level1] ?? null);
}

export function level1Label(key: Level1Key): string {
  return LEVEL1_LABELS[key];
}

/** Standard Chinese name of a 二级 key; ECON_COST under 产出 is the 2015 name 成本指标. */
export function level2Label(key: Level2Key, level1: Level1Key | null = null): string {
  return key === 'ECON_COST' && level1 === 'OUTPUT' ? '成本指标' : LEVEL2_LABELS[key];
}

export function allowedChildren(level1: Level1Key): readonly Level2Key[] {
  return ALLOWED_CHILDREN[level1];
}

export function isAllowedChild(level1: Level1Key, level2: Level2Key): boolean {
  return ALLOWED_CHILDREN[level1].includes(level2);
}

/** Which framework a filing follows: cost under 产出 is 2015, a first-level 成本 is 2021; null when the pair does not tell. */
export function frameworkVariant(level1: Level1Key | null, level2: Level2Key | null): '2015' | '2021' | null {
  if (level1 === 'OUTPUT' && level2 === 'ECON_COST') return '2015';
  if (level1 === 'COST') return '2021';
  return null;
}

/** True for labels of the evaluation framework (决策, 过程, 预算执行率 …) that do not belong in a target table. */
export function isEvaluationFrameworkLabel(label: string): boolean {
  return EVALUATION_FRAMEWORK_LABELS.includes(labelStem(label));
}

/** Which category a label names, when the text is only a category name (三级 `质量指标`, `生态效益指标`). */
export function matchCategoryLabel(text: string): { level: 1 | 2; key: Level1Key | Level2Key } | null {
  const stem = labelStem(text);
  if (stem === '') return null;
  const l2 = LEVEL2_STEMS[stem];
  if (l2) return { level: 2, key: l2 };
  const l1 = LEVEL1_STEMS[stem];
  return l1 ? { level: 1, key: l1 } : null;
}

/** True when the text is just a 一级 or 二级 category name, e.g. a 三级 name `质量指标` (R-STRUCT-07). */
export function isCategoryLabel(text: string): boolean {
  return matchCategoryLabel(text) !== null;
}
