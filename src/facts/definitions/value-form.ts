// Indicator facts about the form of the 指标值 (R-VAL-01/05/07/08/09/10): unreadable values, vague words, missing or odd direction signs, ranges, special value types.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { formatDirection, formatValue, isQuantitative, parseValue, type ParsedValue } from '../../grammar/value.js';
import { formatNumber } from '../../grammar/format.js';
import { namePolarity } from '../../lexicon/polarity.js';
import { normaliseForCompare } from '../../classify/similarity.js';
import { targetEchoesName } from './indicator-value.js';
import { rowTarget } from './indicator-readings.js';

/**
 * Placeholder and junk values (-, ×××, 待定, 详见附件): the structure rule for placeholders reports them
 * (domain-rules R-STRUCT-08), so R-VAL-01 does not report them a second time.
 */
const PLACEHOLDER = /^(?:[-_*/\\.。、—…\s]+|.*(?:[Xx]{2,}|×{2,}|\*{2,}|○{2,}).*|待定|暂无|略|同上|无|详见附件|见附件)$/u;

/** Value types that need a note rather than a number (MoF system; R-VAL-10). Compared without spaces and brackets. */
const SPECIAL_VALUES: Readonly<Record<string, string>> = {
  定量其他: '定量（其他）', 不适用: '不适用', 暂不确定: '暂不确定', 不确定: '不确定', 暂无法确定: '暂无法确定',
  无法确定: '无法确定', 暂无法量化: '暂无法量化', 无法量化: '无法量化',
};

/**
 * Text after number and unit that changes nothing: a bracketed note (≥300人次（参训人员）), a period
 * (≥2次每月, ≥95%全年) or a denominator the unit lexicon does not know (780元/生/年). Anything else is
 * unexplained text (R-VAL-01).
 */
const HARMLESS_TAIL = /^(?:[（(【[].*[)）】\]]|(?:每|\/)?(?:年|年度|季度|季|月|周|日|天)|全年|年内|当年|年度内|累计|全年累计|(?:[/每][\u4e00-\u9fff·]{1,4}){1,3})$/u;

const compact = (text: string) => text.replace(/[\s\u3000()（）]/g, '');

/** A period before the number (每月≥2次, 全年≥12次) or a tolerance sign (±3%以内): readable, only in an unusual form. */
const PERIOD_PREFIX = /^(?:每(?:年|月|季度|季|周|日|天)|全年|年内|当年|年度内|[±])/u;

function periodThenQuantity(raw: string): boolean {
  const prefix = PERIOD_PREFIX.exec(raw);
  return prefix !== null && isQuantitative(parseValue(raw.slice(prefix[0].length)));
}

/** The special type the value declares (symbol column or the value itself), '' for none. */
export function specialType(v: ParsedValue): string {
  if (v.declaredType === 'quantitative-other') return '定量（其他）';
  if (v.declaredType === 'not-applicable') return '不适用';
  return MAY_BE_SPECIAL.test(v.raw) ? (SPECIAL_VALUES[compact(v.raw)] ?? '') : '';
}

/**
 * What a value must contain for the lookup in SPECIAL_VALUES to find anything: every special value
 * has 定, 适 or 量, and the names the lookup would find on Object.prototype (toString …) have Latin
 * small letters. Values with none of these (≥95%, 12月底前) skip building the compacted text.
 */
const MAY_BE_SPECIAL = /[定适量a-z]/;

/**
 * R-VAL-01: why the value cannot be read as direction + number + unit, a deadline or a graded grade.
 * Silent where another rule speaks: an echoed name (value-echoes-name), an empty cell or a placeholder
 * (structure rules), a special value type (R-VAL-10), qualitative wording (R-VAL-05/06).
 */
export function unreadableValue(v: ParsedValue, echoes: boolean): string {
  return unreadableValueWith(v, echoes ? always : never, undefined, undefined);
}

const always = (): boolean => true;
const never = (): boolean => false;

/**
 * unreadableValue asking whether the value echoes the name (`echoes(a, b)`) only for the kinds of value
 * it could report; the arguments are passed through so the fact builds no closure per row.
 */
function unreadableValueWith<A, B>(v: ParsedValue, echoes: (a: A, b: B) => boolean, a: A, b: B): string {
  // Only a text value or a tail can be reported: a value read whole (≥95%, 1704人次; most rows) is settled
  // before the echo, the placeholder pattern and the special types are looked at.
  if (v.kind !== 'text' && v.tail === '') return '';
  if (v.kind === 'empty' || v.kind === 'qualitative' || v.kind === 'date' || echoes(a, b)) return '';
  if (PLACEHOLDER.test(v.raw) || specialType(v) !== '') return '';
  if (v.kind === 'text' && !periodThenQuantity(v.raw)) return `“${v.raw}”既不是“方向+数值+单位”，也不是日期期限或分级的定性值`;
  if (v.tail !== '' && !HARMLESS_TAIL.test(v.tail)) return `数值后多出了文字“${v.tail}”`;
  return '';
}

export const valueFormProblem = defineFact({
  name: 'valueFormProblem', scope: 'indicator', type: 'string',
  description: '指标值无法读作“方向+数值+单位”、日期期限或分级定性值的原因；读得出，或由其他规则报告（重复名称、空白、占位符、特殊类型、定性值）时为空字符串',
  compute: (s, ctx) => unreadableValueWith(rowTarget(s, ctx), echoesName, s, ctx),
});

const echoesName = (s: IndicatorSubject, ctx: FactContext): boolean => targetEchoesName.compute(s, ctx) === true;

/** Grading vocabulary in a note: the value is vague only when no scale is defined anywhere (R-VAL-05). */
const GRADING = /优[、/，, ]?良|达到预期|部分达到|基本达到|未达到|分[级档]|等级|档次|[A-D]级|评分标准|\d+分/u;
/** Extra columns that may hold a 指标解释 or scoring standard. */
const NOTE_COLUMNS = /说明|解释|评分|扣分|标准|备注|口径/u;

/**
 * Whether the description or a note column (NOTE_COLUMNS) matches GRADING. Walked in place rather than
 * gathered into a list: most rows have no note column, and then only the description is read. Blank
 * texts are not skipped first: GRADING cannot match one.
 */
function notesGrade(s: IndicatorSubject): boolean {
  const description = s.indicator.description?.text ?? '';
  if (GRADING.test(description)) return true;
  const { extra } = s.indicator;
  // The model's record of extra columns: own string keys only, in Object.entries order.
  for (const label in extra) if (NOTE_COLUMNS.test(label) && GRADING.test(extra[label]!.text)) return true;
  return false;
}

/** Whether a note column (NOTE_COLUMNS) has text. */
function hasNoteColumn(s: IndicatorSubject): boolean {
  const { extra } = s.indicator;
  for (const label in extra) if (NOTE_COLUMNS.test(label) && extra[label]!.text.trim() !== '') return true;
  return false;
}

export const targetVagueWording = defineFact({
  name: 'targetVagueWording', scope: 'indicator', type: 'string',
  description: '定性指标值用的是没有分级的模糊说法（明显提升、有所改善、有效、及时……）时，该说法；分级说法（达到预期目标、优/良/中/差）或非定性值为空字符串',
  compute(s, ctx) {
    const v = rowTarget(s, ctx);
    return v.kind === 'qualitative' && v.qualitative?.vague && !v.qualitative.graded ? v.qualitative.text : '';
  },
});

export const gradingDefined = defineFact({
  name: 'gradingDefined', scope: 'indicator', type: 'boolean',
  description: '绩效指标描述或指标解释、评分标准等列写明了分级标准（优良中差、达到/部分达到/未达到、分档……）',
  compute: (s) => notesGrade(s),
});

export const targetLacksDirection = defineFact({
  name: 'targetLacksDirection', scope: 'indicator', type: 'boolean',
  description: '定量指标值只有数值和单位，没有方向（≥ ≤ = > < 或“不低于”等），也不是约数或声明的特殊类型',
  compute(s, ctx) {
    const v = rowTarget(s, ctx);
    const quantitative = v.kind === 'quantity' || v.kind === 'duration';
    return quantitative && v.number !== null && v.direction === null && !v.approximate && v.declaredType === null && v.tail === '';
  },
});

export const targetDirectionNeedsNormalising = defineFact({
  name: 'targetDirectionNeedsNormalising', scope: 'indicator', type: 'boolean',
  description: '方向符号写法不规范：>=、＞＝、≧、≥≥、符号与数字之间有空格等',
  compute: (s, ctx) => rowTarget(s, ctx).directionNeedsNormalising,
});

export const targetDirectionWritten = defineFact({
  name: 'targetDirectionWritten', scope: 'indicator', type: 'string',
  description: '方向符号的原始写法（如“>=”“≧”），没有方向时为空字符串',
  compute: (s, ctx) => rowTarget(s, ctx).directionRaw ?? '',
});

/** The value with its direction in canonical form; a separate symbol column is shown as the symbol alone. */
export function normalisedValue(v: ParsedValue): string {
  if (v.directionSource === 'column') return formatDirection(v.direction);
  if (v.kind === 'quantity' || v.kind === 'range' || v.kind === 'duration') return `${formatValue(v)}${v.tail}`;
  return v.raw;
}

export const targetNormalised = defineFact({
  name: 'targetNormalised', scope: 'indicator', type: 'string',
  description: '指标值的规范写法（方向符号规范化、去掉多余空格）；方向在单独的符号列时为规范的符号',
  compute: (s, ctx) => normalisedValue(rowTarget(s, ctx)),
});

/** R-VAL-09: one value to aim for instead of a range: the lower bound for good-is-high names, the upper for negative ones. */
export function singleTarget(v: ParsedValue, name: string): string {
  if (v.kind !== 'range' || v.number === null || v.numberMax === null) return '';
  const unit = v.unit ?? '';
  return namePolarity(name) === 'negative' ? `≤${formatNumber(v.numberMax)}${unit}` : `≥${formatNumber(v.number)}${unit}`;
}

export const rangeSingleTarget = defineFact({
  name: 'rangeSingleTarget', scope: 'indicator', type: 'string',
  description: '指标值是区间时建议的单一目标值（正向指标取下限“≥”，反向指标取上限“≤”）；不是区间时为空字符串',
  compute: (s, ctx) => singleTarget(rowTarget(s, ctx), s.indicator.level3?.text ?? ''),
});

export const specialValueType = defineFact({
  name: 'specialValueType', scope: 'indicator', type: 'string',
  description: '指标值声明的特殊类型：定量（其他）、不适用、暂不确定等（符号列或指标值本身）；普通指标值为空字符串',
  compute: (s, ctx) => specialType(rowTarget(s, ctx)),
});

export const hasValueNote = defineFact({
  name: 'hasValueNote', scope: 'indicator', type: 'boolean',
  description: '指标有说明文字：绩效指标描述与名称、指标值不同，或指标说明、指标解释、备注等列有内容',
  compute(s) {
    if (hasNoteColumn(s)) return true;
    // The name and the value are normalised only when there is a description to compare them with.
    const description = normaliseForCompare(s.indicator.description?.text ?? '');
    if (description === '') return false;
    return description !== normaliseForCompare(s.indicator.level3?.text ?? '') && description !== normaliseForCompare(s.indicator.target?.text ?? '');
  },
});

export const VALUE_FORM_FACTS = [
  valueFormProblem, targetVagueWording, gradingDefined, targetLacksDirection, targetDirectionNeedsNormalising, targetDirectionWritten,
  targetNormalised, rangeSingleTarget, specialValueType, hasValueNote,
];
