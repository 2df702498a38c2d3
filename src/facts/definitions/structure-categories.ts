// Indicator and document facts about 一级/二级 labels: unknown labels (R-STRUCT-03), wrong parent (R-STRUCT-04), 三级 that is only a label (R-STRUCT-07), mixed frameworks (R-STRUCT-05).
import { SLOT, type Slot } from './name-analysis.js';
import { ROW, level1Analysis, level2Analysis, level3Analysis, readingsOf } from './indicator-readings.js';
import { defineFact, type DocumentSubject, type FactContext, type IndicatorSubject, type LocatedItem } from '../types.js';
import type { Indicator, SourcedText } from '../../model/index.js';
import {
  ALLOWED_CHILDREN, LEVEL1_KEYS, LEVEL2_KEYS, canonicalLevel1, canonicalLevel2, frameworkVariant, isAllowedChild,
  isEvaluationFrameworkLabel, labelStem, level1Label, level2Label, matchCategoryLabel, type Level1Key, type Level2Key,
} from '../../lexicon/categories.js';
import { TEMPLATE_RESIDUE_ANY, withoutTemplateResidue } from '../../lexicon/placeholder-text.js';
import { stripPinyin, toSimplified, TRADITIONAL_CHARACTERS } from '../../parse/table/traditional.js';
import { diceSimilarity, normaliseForCompare } from '../../classify/similarity.js';
import { relatedAt } from './format.js';

const text = (field: SourcedText | null): string => field?.text.trim() ?? '';

/**
 * A label as the lexicon should see it. Template hints (★, （必填）) are reported by template-residue;
 * a bracketed note with its score (产出指标（50分）, 成本指标(0-20)分) does not change the category;
 * traditional characters and pinyin left by web mirrors (產出指標, 一級(jí)) are read as simplified; and
 * the 预期 of older templates (预期产出指标, 预期效果指标) is dropped.
 */
export const cleanLabel = (label: string): string =>
  // Most labels have nothing to clean; one test tells so (NEEDS_CLEANING) and spares six passes.
  !NEEDS_CLEANING.test(label)
    ? label
    : toSimplified(stripPinyin(withoutTemplateResidue(label)))
      .replace(/[（(][^（）()]*[)）]\s*分?/gu, '')
      .replace(/^\s*预期/u, '')
      .trim();

/**
 * What any step of cleanLabel could change: a template hint (hasTemplateResidue), a bracket (pinyin
 * and bracketed notes both start with one), a traditional character, a leading 预期, or white space at
 * either end (trim). A label with none of these comes out of cleanLabel as it went in.
 */
const NEEDS_CLEANING = new RegExp(`^\\s|\\s$|^预期|[（(]|${TRADITIONAL_CHARACTERS.source}|${TEMPLATE_RESIDUE_ANY.source}`, 'u');

/**
 * 二级 labels of regional templates that name a standard category in other words (广东 2019:
 * 预算（或投资规模）控制指标 for the cost indicator). Keys are label stems after cleanLabel.
 */
const REGIONAL_LEVEL2: Readonly<Record<string, Level2Key>> = {
  预算控制: 'ECON_COST', 预算或投资规模控制: 'ECON_COST', 投资规模控制: 'ECON_COST', 成本控制: 'ECON_COST',
};

/** The 一级 key of a label as written (after cleanLabel), or null. */
export function resolveLevel1(label: string | null | undefined): Level1Key | null {
  return canonicalLevel1(cleanLabel(label ?? ''));
}

/** The 二级 key of a label as written (after cleanLabel, with regional synonyms), or null. */
export function resolveLevel2(label: string | null | undefined, level1: Level1Key | null): Level2Key | null {
  const clean = cleanLabel(label ?? '');
  return canonicalLevel2(clean, level1) ?? REGIONAL_LEVEL2[labelStem(clean)] ?? null;
}

/**
 * A narrative entry written as 一级-二级-三级-… ("产出指标-数量指标-培训人次-≥-300-人次") is read by the
 * entry parser as 二级 = 产出指标, 三级 = 数量指标: every field is shifted by one. Such an entry is not
 * a wrong label or a placeholder name; the checks on labels and names skip it.
 */
export function isShiftedNarrativeEntry(i: Indicator, ctx?: FactContext): boolean {
  // A table row is never shifted (shiftedEntry's first test): no need to reach its readings.
  if (i.origin !== 'narrative') return false;
  return ctx ? indicatorLabels(i, ctx).shifted : shiftedEntry(i);
}

function shiftedEntry(i: Indicator, ctx?: FactContext): boolean {
  if (i.origin !== 'narrative') return false;
  const parent = ctx ? level2Analysis(ctx, i).get(SLOT.level1, readAsLevel1) : readAsLevel1(i.level2?.text ?? '');
  if (parent === null) return false;
  const { child, withIndicator } = ctx ? level3Analysis(ctx, i).get(SLOT.asChild, readAsChild) : readAsChild(i.level3?.text ?? '');
  if (child?.level !== 2 || !ALLOWED_CHILDREN[parent].includes(child.key as Level2Key)) return false;
  // 满意度指标-群众满意度 is an ordinary 二级-三级 entry (满意度指标 is also a 二级 name); only
  // 满意度指标-服务对象满意度指标-… written with 指标 is the shifted form.
  return parent !== 'SATISFACTION' || withIndicator;
}

/** The 一级 key a (二级) text would resolve to: the parent of a shifted entry. */
const readAsLevel1 = (t: string): Level1Key | null => resolveLevel1(t.trim());

/** What a (三级) text names as a category label once cleaned, and whether it is written with 指标. */
function readAsChild(t: string): { child: { level: 1 | 2; key: Level1Key | Level2Key } | null; withIndicator: boolean } {
  const name = cleanLabel(t.trim());
  return { child: matchCategoryLabel(name), withIndicator: /指标$/u.test(name) };
}

/** What the 一级/二级 labels of an indicator resolve to; many facts ask, so it is worked out once per document. */
export interface IndicatorLabels {
  /** resolveLevel1 of the 一级 text. */
  readonly level1: Level1Key | null;
  /** resolveLevel2 of the 二级 text under that 一级. */
  readonly level2: Level2Key | null;
  /** isShiftedNarrativeEntry. */
  readonly shifted: boolean;
}

/** A label's 二级 key under each 一级 it may stand under (NONE: no known 一级), for the per-linter name cache. */
export type ByParent<T> = Readonly<Record<Level1Key | 'NONE', T>>;

/** Works out `read(label, parent)` for every parent at once: labels are few, and the table then answers any row. */
export function byParent<T>(read: (parent: Level1Key | null) => T): ByParent<T> {
  return { OUTPUT: read('OUTPUT'), COST: read('COST'), BENEFIT: read('BENEFIT'), SATISFACTION: read('SATISFACTION'), NONE: read(null) };
}

/** resolveLevel2 of a trimmed text under every parent. */
const readLevel2ByParent = (t: string): ByParent<Level2Key | null> => {
  const label = t.trim();
  return byParent((parent) => resolveLevel2(label, parent));
};

/** The indicator's resolved labels, once per document (labels resolve through the per-linter text cache). */
export function indicatorLabels(i: Indicator, ctx: FactContext): IndicatorLabels {
  return readingsOf(ctx, i).get(ROW.labels, readLabels, i, ctx);
}

function readLabels(i: Indicator, ctx: FactContext): IndicatorLabels {
  const readings = readingsOf(ctx, i);
  const level1 = readings.label1(ctx).get(SLOT.level1, readAsLevel1);
  const level2 = readings.label2(ctx).get(SLOT.level2ByParent, readLevel2ByParent)[level1 ?? 'NONE'];
  return { level1, level2, shifted: shiftedEntry(i, ctx) };
}

/** The 三级 name of an indicator, read past the shift of a 一级-二级-三级 narrative entry. */
export function effectiveLevel3(i: Indicator, ctx?: FactContext): SourcedText | null {
  if (!isShiftedNarrativeEntry(i, ctx)) return i.level3;
  const description = i.description;
  if (!description) return null;
  const first = description.text.split(/[-－]/u)[0]!.trim();
  return first === '' ? null : { text: first, span: description.span };
}

const LEVEL1_NAMES: readonly string[] = LEVEL1_KEYS.map(level1Label);
const LEVEL2_NAMES: readonly string[] = [...LEVEL2_KEYS.map((k) => level2Label(k)), '成本指标'];

/** Similarity of two labels by their stems (产出值 ~ 产出指标, 社会效益值 ~ 社会效益指标). */
function labelSimilarity(a: string, b: string): number {
  return diceSimilarity(normaliseForCompare(labelStem(a)), normaliseForCompare(labelStem(b)));
}

/** The standard label nearest to a non-standard one, or null when none is close (Dice ≥ 0.5 on stems). */
export function nearestLabel(label: string, candidates: readonly string[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const name of candidates) {
    const score = labelSimilarity(label, name);
    if (score >= 0.5 && (best === null || score > best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

/** Standard 二级 names allowed under a 一级 key (成本指标 under 产出 is the 2015 name). */
function childNames(level1: Level1Key): string[] {
  return ALLOWED_CHILDREN[level1].map((k) => level2Label(k, level1));
}

/** childNames of each 一级 key joined as allowedLevel2Labels shows them: constant, so made once. */
const CHILD_NAMES_SHOWN: Readonly<Record<Level1Key, string>> = {
  OUTPUT: childNames('OUTPUT').join('、'), COST: childNames('COST').join('、'),
  BENEFIT: childNames('BENEFIT').join('、'), SATISFACTION: childNames('SATISFACTION').join('、'),
};

interface LabelProblem {
  reason: string;
  advice: string;
}

/** Why a 一级 label is not a standard one, and what to write instead; null when it is standard. */
function level1Problem(label: string): LabelProblem | null {
  const clean = cleanLabel(label);
  if (clean === '' || resolveLevel1(label) !== null) return null;
  const all = `应为${LEVEL1_NAMES.map((n) => `“${n}”`).join('')}之一`;
  if (isEvaluationFrameworkLabel(clean)) {
    return { reason: '是绩效评价指标体系（决策、过程、产出、效益）中的类别，不能用作绩效目标表的一级指标', advice: all };
  }
  const asLevel2 = matchCategoryLabel(clean);
  if (asLevel2?.level === 2) return { reason: '是二级指标的名称，不是一级指标', advice: all };
  const near = nearestLabel(clean, LEVEL1_NAMES);
  return { reason: '不是规范的一级指标名称', advice: near ? `应为“${near}”` : all };
}

/** Why a 二级 label is not a standard one (in the light of its 一级), and what to write instead; null when it is standard. */
function level2Problem(label: string, level1: Level1Key | null): LabelProblem | null {
  const clean = cleanLabel(label);
  if (clean === '' || resolveLevel2(label, level1) !== null) return null;
  const candidates = level1 ? childNames(level1) : LEVEL2_NAMES;
  const shown = level1 ? candidates : LEVEL2_KEYS.map((k) => level2Label(k));
  const all = `${level1 ? `“${level1Label(level1)}”下` : ''}应为${shown.map((n) => `“${n}”`).join('')}之一`;
  if (isEvaluationFrameworkLabel(clean)) {
    return { reason: '是绩效评价指标体系（决策、过程）中的指标，不能用作绩效目标表的二级指标', advice: all };
  }
  if (canonicalLevel1(clean) !== null) return { reason: '是一级指标的名称，不是二级指标', advice: all };
  // 社会、经济、生态效益指标: several categories written as one.
  if (/[、,，/和及与]/u.test(clean)) return { reason: '把几个二级类别合写成了一个', advice: `应分开设置，${all}` };
  const near = nearestLabel(clean, candidates);
  return { reason: '不是规范的二级指标名称', advice: near ? `应为“${near}”` : all };
}

/** level2Problem of a label under every 一级, for the per-linter name cache. */
const readLevel2Problems = (label: string): ByParent<LabelProblem | null> => byParent((parent) => level2Problem(label, parent));

export const unknownCategoryLabels = defineFact({
  name: 'unknownCategoryLabels',
  scope: 'indicator',
  type: 'list',
  description: '不属于规范类别的一级/二级指标名称（含“决策、过程、预算执行率”等评价体系类别），附最接近的规范名称；合并单元格只在原单元格报告一次',
  itemKeys: ['levelName', 'label', 'reason', 'advice'],
  compute(s: IndicatorSubject, ctx) {
    const i = s.indicator;
    const items: LocatedItem[] = [];
    const labels = indicatorLabels(i, ctx);
    if (labels.shifted) return items;
    // Inherited cells keep the span of the cell they repeat: that cell was already reported.
    if (i.level1 && !i.level1Inherited) {
      const problem = level1Analysis(ctx, i).get(SLOT.level1Problem, level1Problem);
      if (problem) items.push({ span: i.level1.span, path: [...s.path, 'level1'], data: { levelName: '一级指标', label: text(i.level1), ...problem } });
    }
    if (i.level2 && !i.level2Inherited) {
      const problem = level2Analysis(ctx, i).get(SLOT.level2ProblemByParent, readLevel2Problems)[labels.level1 ?? 'NONE'];
      if (problem) items.push({ span: i.level2.span, path: [...s.path, 'level2'], data: { levelName: '二级指标', label: text(i.level2), ...problem } });
    }
    return items;
  },
});

export const level2ParentMismatch = defineFact({
  name: 'level2ParentMismatch',
  scope: 'indicator',
  type: 'boolean',
  description: '一级、二级指标都可识别，但二级指标不是该一级指标下允许的类别（如“效益指标—数量指标”）；合并的二级单元格只在原单元格判断',
  compute(s: IndicatorSubject, ctx) {
    if (s.indicator.level2Inherited) return false;
    // Both labels canonical (read from the row's labels, no record of the pair per row).
    const { level1, level2 } = indicatorLabels(s.indicator, ctx);
    return level1 !== null && level2 !== null && !isAllowedChild(level1, level2);
  },
});

export const allowedLevel2Labels = defineFact({
  name: 'allowedLevel2Labels',
  scope: 'indicator',
  type: 'string',
  description: '一级指标下允许的二级指标名称（如“数量指标、质量指标、时效指标、成本指标”），一级无法识别时为空字符串',
  compute(s: IndicatorSubject, ctx) {
    const l1 = indicatorLabels(s.indicator, ctx).level1;
    return l1 ? CHILD_NAMES_SHOWN[l1] : '';
  },
});

export const expectedLevel1Label = defineFact({
  name: 'expectedLevel1Label',
  scope: 'indicator',
  type: 'string',
  description: '二级指标应归属的一级指标（成本指标：2021版为“成本指标”，2015版为“产出指标”），二级无法识别时为空字符串',
  compute(s: IndicatorSubject, ctx) {
    const l2 = indicatorLabels(s.indicator, ctx).level2;
    if (l2 === null) return '';
    if (l2 === 'ECON_COST') return '“成本指标”（2021版框架）或“产出指标”（2015版框架）';
    // Joined in a loop, not through filter/map lists, whose kind (packed or holey) depends on whether the
    // code making them is optimised: the join reading them was deoptimised on the kind it had not seen.
    let parents = '';
    for (const k of LEVEL1_KEYS) {
      if (ALLOWED_CHILDREN[k].includes(l2)) parents = parents === '' ? `“${level1Label(k)}”` : `${parents}或“${level1Label(k)}”`;
    }
    return parents;
  },
});

/** Satisfaction labels that name whose satisfaction (群众满意度, 服务对象满意度) are acceptable 三级 names. */
const BARE_SATISFACTION_STEMS: ReadonlySet<string> = new Set(['满意度', '满意', '满意率']);

/**
 * Which category the 三级 name merely repeats, or null when it is a real name. Equal to its own 一级
 * or 二级 text counts; so does any bare category name (质量指标, 生态效益, 数量). Satisfaction names are
 * the exception: 群众满意度 and 服务对象满意度 are lexicon synonyms of the category yet say whose
 * satisfaction is measured, so only the bare 满意度 or a name written with 指标 counts.
 */
export function level3CategoryMatch(i: Indicator, ctx?: FactContext): { level: 1 | 2; key: Level1Key | Level2Key } | null {
  if (ctx) return readingsOf(ctx, i).get(ROW.level3Match, readLevel3Match, i, ctx);
  const l1 = resolveLevel1(text(i.level1));
  return categoryMatch(i, { level1: l1, level2: resolveLevel2(text(i.level2), l1), shifted: shiftedEntry(i) });
}

/** categoryMatch of a row with its resolved labels, as a per-indicator reading. */
const readLevel3Match = (i: Indicator, ctx: FactContext) => categoryMatch(i, indicatorLabels(i, ctx), ctx);

/** A trimmed text as categoryMatch compares it (the same as untrimmed: normaliseForCompare drops white space). */
export const readCompared = (t: string): string => normaliseForCompare(t.trim());

/** Which category a trimmed name names on its own (matchCategoryLabel). */
const readCategory = (t: string): { level: 1 | 2; key: Level1Key | Level2Key } | null => matchCategoryLabel(t.trim());

/** True when a trimmed satisfaction name is bare: 满意度 alone, or written with 指标. */
const readBareSatisfaction = (t: string): boolean => {
  const name = t.trim();
  return BARE_SATISFACTION_STEMS.has(labelStem(name)) || /指标$/u.test(name.replace(/[\s\u3000]+/g, ''));
};

/** The fields categoryMatch reads, by level. */
const FIELD = { 1: 'level1', 2: 'level2', 3: 'level3' } as const;

/**
 * The readings of a field's text categoryMatch needs: through the analyses the row's readings hold
 * (the per-linter text cache: names and labels repeat across files) when a context is given, worked
 * out on the spot otherwise.
 */
function fieldReading<T>(i: Indicator, level: 1 | 2 | 3, slot: Slot, read: (t: string) => T, ctx?: FactContext): T {
  // Labels share the names' cache family: every reading is a pure function of the text, whatever field it came from.
  if (!ctx) return read(i[FIELD[level]]?.text ?? '');
  const analysis = level === 3 ? level3Analysis(ctx, i) : level === 2 ? level2Analysis(ctx, i) : level1Analysis(ctx, i);
  return analysis.get(slot, read);
}

function categoryMatch(i: Indicator, labels: IndicatorLabels, ctx?: FactContext): { level: 1 | 2; key: Level1Key | Level2Key } | null {
  const name = text(i.level3);
  if (name === '' || labels.shifted) return null;
  const own = fieldReading(i, 3, SLOT.compared, readCompared, ctx);
  const { level1: l1, level2: l2 } = labels;
  let match: { level: 1 | 2; key: Level1Key | Level2Key } | null = null;
  if (l2 && own === fieldReading(i, 2, SLOT.compared, readCompared, ctx)) match = { level: 2, key: l2 };
  else if (l1 && own === fieldReading(i, 1, SLOT.compared, readCompared, ctx)) match = { level: 1, key: l1 };
  else match = fieldReading(i, 3, SLOT.category, readCategory, ctx);
  if (match && (match.key === 'SAT_SUB' || match.key === 'SATISFACTION')) {
    return fieldReading(i, 3, SLOT.bareSatisfaction, readBareSatisfaction, ctx) ? match : null;
  }
  return match;
}

export const level3IsCategoryLabel = defineFact({
  name: 'level3IsCategoryLabel',
  scope: 'indicator',
  type: 'boolean',
  description: '三级指标名称只是一个类别名称（如“质量指标”“生态效益指标”，或与本行的一级/二级指标相同），没有说明衡量什么',
  compute: (s: IndicatorSubject, ctx) => level3CategoryMatch(s.indicator, ctx) !== null,
});

export const level3CategoryKind = defineFact({
  name: 'level3CategoryKind',
  scope: 'indicator',
  type: 'string',
  description: '三级指标名称所重复的类别层级：“一级指标”或“二级指标”；不是类别名称时为空字符串',
  compute(s: IndicatorSubject, ctx) {
    const match = level3CategoryMatch(s.indicator, ctx);
    return match ? (match.level === 1 ? '一级指标' : '二级指标') : '';
  },
});

/** Example 三级 names per category (domain-rules §3.2), for the suggestion of level3-equals-level2. */
const EXAMPLES: Readonly<Record<Level1Key | Level2Key, string>> = {
  OUTPUT: '“培训人次”“工程验收合格率”', COST: '“项目总成本”“人均补助标准”', BENEFIT: '“受益群众人数”“垃圾无害化处理率”',
  SATISFACTION: '“受益群众满意度”', QTY: '“改造农村道路长度”“培训人次”', QUAL: '“工程验收合格率”“补贴发放准确率”',
  TIME: '“项目完成时间”“补贴发放及时率”', ECON_COST: '“项目总成本”“单位保洁成本”', SOC_COST: '“施工期间群众投诉次数”',
  ECO_COST: '“施工扬尘投诉次数”', ECON_BEN: '“村集体经济收入增长率”', SOC_BEN: '“受益群众人数”“安全事故发生次数”',
  ECO_BEN: '“垃圾无害化处理率”“河道水质达标率”', SUSTAIN: '“设施使用年限”“长效管护机制建立情况”', SAT_SUB: '“受益群众满意度”',
};

export const level3NameExamples = defineFact({
  name: 'level3NameExamples',
  scope: 'indicator',
  type: 'string',
  description: '与三级指标名称所重复的类别相应的具体指标名称示例（如质量指标：“工程验收合格率”“补贴发放准确率”）',
  compute(s: IndicatorSubject, ctx) {
    const match = level3CategoryMatch(s.indicator, ctx);
    return match ? EXAMPLES[match.key] : '“培训人次”“工程验收合格率”';
  },
});

type Variant = '2015' | '2021';

interface VariantUse {
  projectIndex: number;
  projectName: string;
  /** The cell that shows the variant: 二级 成本指标 under 产出 (2015), or the 一级 成本指标 (2021). */
  cell: SourcedText;
  /** Where the cell stands (its path is built only for the uses reported). */
  indicatorIndex: number;
  cellField: 'level1' | 'level2';
}

const VARIANT_DESCRIPTION: Readonly<Record<Variant, string>> = {
  '2015': '按2015版框架把成本指标放在“产出指标”下',
  '2021': '按2021版框架把成本指标列为一级指标',
};

/**
 * True when some table row shows the 2015 variant and some row the 2021 one (as variantUses counts a
 * row: its cell is there). Most documents keep to one framework: this walk builds nothing for them.
 */
function mixesVariants(s: DocumentSubject, ctx: FactContext): boolean {
  let seen2015 = false;
  let seen2021 = false;
  const projects = s.document.projects;
  for (let projectIndex = 0; projectIndex < projects.length; projectIndex++) {
    const rows = projects[projectIndex]!.table?.indicators;
    if (rows === undefined) continue;
    for (let indicatorIndex = 0; indicatorIndex < rows.length; indicatorIndex++) {
      const i = rows[indicatorIndex]!;
      const labels = indicatorLabels(i, ctx);
      const variant = frameworkVariant(labels.level1, labels.level2);
      if (variant === '2015') seen2015 ||= Boolean(i.level2);
      else if (variant === '2021') seen2021 ||= Boolean(i.level1);
      if (seen2015 && seen2021) return true;
    }
  }
  return false;
}

/** First row of each project showing each framework variant, in document order. */
function variantUses(s: DocumentSubject, ctx: FactContext): Record<Variant, VariantUse[]> {
  const uses: Record<Variant, VariantUse[]> = { '2015': [], '2021': [] };
  const projects = s.document.projects;
  for (let projectIndex = 0; projectIndex < projects.length; projectIndex++) {
    const project = projects[projectIndex]!;
    const rows = project.table?.indicators;
    if (rows === undefined) continue;
    // Whether the project's first use of each variant is already listed.
    let seen2015 = false;
    let seen2021 = false;
    for (let indicatorIndex = 0; indicatorIndex < rows.length && !(seen2015 && seen2021); indicatorIndex++) {
      const i = rows[indicatorIndex]!;
      const { level1, level2 } = indicatorLabels(i, ctx);
      const variant = frameworkVariant(level1, level2);
      if (variant === null || (variant === '2015' ? seen2015 : seen2021)) continue;
      const cellField = variant === '2015' ? 'level2' : 'level1';
      const cell = i[cellField];
      if (!cell) continue;
      if (variant === '2015') seen2015 = true;
      else seen2021 = true;
      uses[variant].push({ projectIndex, projectName: project.name, cell, indicatorIndex, cellField });
    }
  }
  return uses;
}

export const frameworkMixItems = defineFact({
  name: 'frameworkMixItems',
  scope: 'document',
  type: 'list',
  description: '文档混用2015版（产出指标—成本指标）与2021版（成本指标为一级）框架时，使用较少那一版的各项目（位于体现该版本的单元格，附另一版的位置）',
  itemKeys: ['projectName', 'variantDescription', 'otherWhere', 'otherDescription'],
  compute(s: DocumentSubject, ctx) {
    if (!mixesVariants(s, ctx)) return [];
    const uses = variantUses(s, ctx);
    if (uses['2015'].length === 0 || uses['2021'].length === 0) return [];
    // Report the variant fewer projects use; on a tie, the one that appears later in the document.
    const firstAt = (v: Variant) => uses[v][0]!.cell.span.line;
    const minority: Variant =
      uses['2015'].length !== uses['2021'].length
        ? (uses['2015'].length < uses['2021'].length ? '2015' : '2021')
        : (firstAt('2015') > firstAt('2021') ? '2015' : '2021');
    const majority: Variant = minority === '2015' ? '2021' : '2015';
    const other = uses[majority][0]!;
    return uses[minority].map((use): LocatedItem => ({
      span: use.cell.span,
      path: ['projects', use.projectIndex, 'table', 'indicators', use.indicatorIndex, use.cellField],
      data: {
        projectName: use.projectName,
        variantDescription: VARIANT_DESCRIPTION[minority],
        otherWhere: other.projectIndex === use.projectIndex ? '本项目第' + other.cell.span.line + '行' : `项目“${other.projectName}”`,
        otherDescription: VARIANT_DESCRIPTION[majority],
      },
      related: [relatedAt(other.cell.span, `${VARIANT_DESCRIPTION[majority]}：${other.projectName}`)],
    }));
  },
});

export const STRUCTURE_CATEGORY_FACTS = [
  unknownCategoryLabels, level2ParentMismatch, allowedLevel2Labels, expectedLevel1Label,
  level3IsCategoryLabel, level3CategoryKind, level3NameExamples, frameworkMixItems,
];
