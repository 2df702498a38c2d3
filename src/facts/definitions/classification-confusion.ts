// Indicator facts for classification confusions (R-CLASS-02/04/05/07): outcome vs standard, inputs as outputs, activities as benefits, costs written as goals.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import { nameClauses } from '../../classify/name-terms.js';
import { namePolarity } from '../../lexicon/polarity.js';
import {
  ACTIVITY_VERBS, EXTERNAL_STATE_WORDS, IMPACT_WORDS, INSTITUTION_WORDS, MONEY_INPUT_TERMS, MONEY_WORDS, OUTCOME_TERMS, OUTPUT_STANDARD_TERMS,
  POSITIVE_AIM_WORDS, PROCESS_RATE_TERMS, STAFF_INPUT_TERMS,
} from '../../lexicon/classification-terms.js';
import { filedLevel2, indicatorLevel2 } from './indicator-labels.js';
import { ROW, level3Analysis, readingsOf, rowTarget } from './indicator-readings.js';
import { namePrediction } from './indicator-category.js';
import { SLOT } from './name-analysis.js';

const BENEFIT_KEYS: readonly string[] = ['ECON_BEN', 'SOC_BEN', 'ECO_BEN', 'SUSTAIN'];
const OUTPUT_KEYS: readonly string[] = ['QTY', 'QUAL', 'TIME'];
const COST_KEYS: readonly string[] = ['ECON_COST', 'SOC_COST', 'ECO_COST'];

/** Single trailing characters that only turn a term into a measure of it (治愈 → 治愈率). */
const MEASURE_TAIL = /^[率度性数量]?$/u;

const nameOf = (s: IndicatorSubject) => s.indicator.level3?.text.trim() ?? '';

/** nameClauses of the trimmed name, as a reader of the name's analysis. */
const readClauses = (text: string): string[] => nameClauses(text.trim());

/** The name's clauses, cleaned once per name (folded, no brackets without Hanzi, no % and no trailing 指标). */
function clausesOf(s: IndicatorSubject, ctx: FactContext): string[] {
  // A pure function of the name: kept in the per-linter text cache (callers never change the array).
  return level3Analysis(ctx, s.indicator).get(SLOT.clauses, readClauses);
}

interface Head {
  term: string;
  end: number;
}

/** The term of `terms` standing last in `clause` (longest on ties): the head of a Chinese noun phrase is at its end. */
function lastTerm(clause: string, terms: readonly string[]): Head | null {
  let best: Head | null = null;
  for (const term of terms) {
    const at = clause.lastIndexOf(term);
    if (at < 0) continue;
    const end = at + term.length;
    if (!best || end > best.end || (end === best.end && term.length > best.term.length)) best = { term, end };
  }
  return best;
}

/** True when only a measure character (率, 度 …) follows the head term: 疾病治愈率, 就业. */
function standsAtHead(clause: string, head: Head): boolean {
  return MEASURE_TAIL.test(clause.slice(head.end));
}

/**
 * R-CLASS-02: the outcome term heading a name filed under 质量, or the output-standard term heading a name
 * filed under 经济/社会效益 or 可持续影响. 生态效益 is left out, and so are standards of the outside world
 * (水质达标率, 食品抽检合格率): those rates are effects.
 */
export function qualityBenefitConfusion(filed: string | null, clauses: readonly string[]): { term: string; kind: 'outcome' | 'standard' } | null {
  const last = clauses.at(-1);
  if (!last || filed === null) return null;
  const outcome = lastTerm(last, OUTCOME_TERMS);
  const standard = lastTerm(last, OUTPUT_STANDARD_TERMS);
  const outcomeWins = outcome !== null && (standard === null || outcome.end > standard.end);
  if (filed === 'QUAL' && outcome && outcomeWins && standsAtHead(last, outcome)) return { term: outcome.term, kind: 'outcome' };
  const benefit = filed === 'ECON_BEN' || filed === 'SOC_BEN' || filed === 'SUSTAIN';
  const external = clauses.some((c) => EXTERNAL_STATE_WORDS.some((w) => c.includes(w)));
  if (benefit && standard && !outcomeWins && standsAtHead(last, standard) && !external) return { term: standard.term, kind: 'standard' };
  return null;
}

function confusion(s: IndicatorSubject, ctx: FactContext) {
  return readingsOf(ctx, s.indicator).get(ROW.qualityBenefit, readConfusion, s, ctx);
}

/** qualityBenefitConfusion of a row, as a per-indicator reading. */
const readConfusion = (s: IndicatorSubject, ctx: FactContext) => qualityBenefitConfusion(filedLevel2(s, ctx), clausesOf(s, ctx));

export const qualityBenefitTerm = defineFact({
  name: 'qualityBenefitTerm', scope: 'indicator', type: 'string',
  description: '质量指标下以效果词（治愈、就业、增收、下降率……）为中心词，或经济/社会效益、可持续影响下以产出标准词（合格率、验收、准确率……）为中心词时，该词；否则为空字符串',
  compute: (s, ctx) => confusion(s, ctx)?.term ?? '',
});

export const qualityBenefitSuggestion = defineFact({
  name: 'qualityBenefitSuggestion', scope: 'indicator', type: 'string',
  description: '按 qualityBenefitTerm 的性质应归入的二级指标说明（效益指标或质量指标）',
  compute(s, ctx) {
    const found = confusion(s, ctx);
    if (!found) return '';
    return found.kind === 'outcome' ? '效益指标（社会效益或经济效益指标）' : '质量指标';
  },
});

export type InputKind = 'process' | 'money' | 'staff';

/** Money input at the head of the name: 项目金额, 投入资金额, 预算数. */
function moneyInputAtHead(text: string): string | null {
  for (const term of MONEY_INPUT_TERMS) {
    const at = text.lastIndexOf(term);
    if (at >= 0 && /^(?:额|数|总额|量|规模)?$/u.test(text.slice(at + term.length))) return term;
  }
  return null;
}

/**
 * R-CLASS-04: an input (money allocated, staff assigned) or a process rate (资金支付率, 预算执行率, 资金支出进度)
 * filed as an output, a benefit, or (for process rates) a cost. Money inputs under a cost category are
 * cost totals and are left to the money rules.
 */
export function inputMeasure(filed: string | null, clauses: readonly string[]): { term: string; kind: InputKind } | null {
  if (filed === null || filed === 'SAT_SUB') return null;
  return inputMeasureAs(filed, inputTerms(clauses));
}

/** What inputMeasure looks for in a name, found before the filing is known: it depends on the clauses alone. */
interface InputTerms {
  text: string;
  processTerm: string | undefined;
  speaksOfMoney: boolean;
  money: string | null;
  staff: string | undefined;
}

function inputTerms(clauses: readonly string[]): InputTerms {
  const text = clauses.join('');
  return {
    text,
    processTerm: PROCESS_RATE_TERMS.find((t) => text.includes(t)),
    speaksOfMoney: MONEY_WORDS.some((w) => text.includes(w)),
    money: moneyInputAtHead(text),
    staff: STAFF_INPUT_TERMS.find((t) => text.includes(t)),
  };
}

/** inputMeasure for a known filing (not null, not SAT_SUB) and the name's terms. */
function inputMeasureAs(filed: string, terms: InputTerms): { term: string; kind: InputKind } | null {
  if (terms.text === '') return null;
  const { processTerm, speaksOfMoney, money, staff } = terms;
  if (processTerm && speaksOfMoney) return { term: processTerm, kind: 'process' };
  if (COST_KEYS.includes(filed)) return null;
  if (!OUTPUT_KEYS.includes(filed) && !BENEFIT_KEYS.includes(filed)) return null;
  if (money) return { term: money, kind: 'money' };
  return staff ? { term: staff, kind: 'staff' } : null;
}

/**
 * inputTerms of the trimmed name, as a reader of the name's analysis; null when inputMeasureAs would
 * answer null under any filing (no process rate with money, no money input, no staff term: most names),
 * so the row's check reads one slot instead of an object kept in the per-linter cache.
 */
function readInputTerms(text: string): InputTerms | null {
  const terms = inputTerms(nameClauses(text.trim()));
  return (terms.processTerm && terms.speaksOfMoney) || terms.money || terms.staff ? terms : null;
}

function input(s: IndicatorSubject, ctx: FactContext) {
  return readingsOf(ctx, s.indicator).get(ROW.input, readInput, s.indicator, ctx);
}

/** inputMeasure of a row, as a per-indicator reading. */
function readInput(indicator: Indicator, ctx: FactContext): { term: string; kind: InputKind } | null {
  const filed = indicatorLevel2(indicator, ctx);
  if (filed === null || filed === 'SAT_SUB') return null;
  const terms = readingsOf(ctx, indicator).name(ctx).get(SLOT.inputTerms, readInputTerms);
  return terms === null ? null : inputMeasureAs(filed, terms);
}

const INPUT_KIND_LABELS: Record<InputKind, string> = {
  process: '资金拨付、支付、执行进度一类的过程指标',
  money: '项目投入的资金',
  staff: '投入的人员',
};

export const inputMeasureTerm = defineFact({
  name: 'inputMeasureTerm', scope: 'indicator', type: 'string',
  description: '三级指标名称中表示投入或过程的词（资金支付率、预算执行率、支出进度、项目金额、投入人员……），仅当它被填作产出、效益或（过程指标）成本时；否则为空字符串',
  compute: (s, ctx) => input(s, ctx)?.term ?? '',
});

export const inputMeasureKind = defineFact({
  name: 'inputMeasureKind', scope: 'indicator', type: 'string',
  description: 'inputMeasureTerm 的性质说明：过程指标、投入的资金或投入的人员；没有时为空字符串',
  compute(s, ctx) {
    const found = input(s, ctx);
    return found ? INPUT_KIND_LABELS[found.kind] : '';
  },
});

/**
 * R-CLASS-05: a benefit named by the work done (发放村干部报酬, 开展培训). The category model has the last
 * word: when it reads the name as a benefit anyway (培训后就业率), the verb is only context. Names of an
 * institution or its working (培训跟踪服务机制运行情况) are not work done either.
 */
/** ACTIVITY_VERBS longest first, so 组织开展 wins over 组织. */
const VERBS_LONGEST_FIRST: readonly string[] = [...ACTIVITY_VERBS].sort((a, b) => b.length - a.length);

export function leadingActivityVerb(filed: string | null, clauses: readonly string[], predicted: { key: string | null; confidence: number }): string {
  if (filed === null || !BENEFIT_KEYS.includes(filed)) return '';
  const first = clauses[0] ?? '';
  const verb = VERBS_LONGEST_FIRST.find((v) => first.startsWith(v));
  if (!verb || clauses.some((c) => INSTITUTION_WORDS.some((w) => c.includes(w)))) return '';
  const readsAsEffect = predicted.key !== null && [...BENEFIT_KEYS, 'SAT_SUB'].includes(predicted.key) && predicted.confidence >= 0.6;
  return readsAsEffect ? '' : verb;
}

export const benefitActivityVerb = defineFact({
  name: 'benefitActivityVerb', scope: 'indicator', type: 'string',
  description: '效益类（经济、社会、生态效益，可持续影响）三级指标以工作动作开头（发放、开展、组织、购置、维修……）且名称读不出效果时，该动词；否则为空字符串',
  compute(s, ctx) {
    const filed = filedLevel2(s, ctx);
    // leadingActivityVerb answers '' for anything but a benefit before it looks at the prediction.
    if (filed === null || !BENEFIT_KEYS.includes(filed)) return '';
    return leadingActivityVerb(filed, clausesOf(s, ctx), namePrediction(nameOf(s), ctx));
  },
});

/**
 * R-CLASS-07: a 社会成本 / 生态环境成本 indicator should name a harm to be limited. Reports a positive goal
 * (保护生态环境, 生态环境保护达标率) and an impact given as "≥" with no rate to read it as
 * (对周边环境的影响 ≥95%). Names of negative polarity (扬尘投诉次数) are left to the direction rules.
 */
export function costImpactProblem(filed: string | null, name: string, clauses: readonly string[], direction: string | null): string {
  if (filed !== 'SOC_COST' && filed !== 'ECO_COST') return '';
  return costImpactFrom(costImpactReading(clauses), name, direction);
}

/** What costImpactProblem reads in the clauses: null when the name is empty or negative (nothing to report). */
interface CostImpactReading {
  positiveAim: boolean;
  /** An impact word, not ending like a rate: a "≥" on it asks for more harm. */
  unratedImpact: boolean;
}

function costImpactReading(clauses: readonly string[]): CostImpactReading | null {
  const text = clauses.join('');
  const polarity = text === '' ? null : namePolarity(text);
  if (text === '' || polarity === 'negative') return null;
  const hasImpact = IMPACT_WORDS.some((w) => text.includes(w));
  const aimFirst = clauses.some((c) => POSITIVE_AIM_WORDS.some((w) => c.startsWith(w)));
  return { positiveAim: !hasImpact && (aimFirst || polarity === 'positive'), unratedImpact: hasImpact && !/[率度]$/u.test(text) };
}

function costImpactFrom(reading: CostImpactReading | null, name: string, direction: string | null): string {
  if (reading === null) return '';
  if (reading.positiveAim) return `“${name}”是一个正面目标，不是需要控制的负面影响`;
  if (reading.unratedImpact && (direction === '≥' || direction === '>')) return `负面影响用了“${direction}”，等于要求影响越大越好`;
  return '';
}

/** costImpactReading of the trimmed name, as a reader of the name's analysis. */
const readCostImpact = (text: string): CostImpactReading | null => costImpactReading(nameClauses(text.trim()));

export const costImpactProblemText = defineFact({
  name: 'costImpactProblemText', scope: 'indicator', type: 'string',
  description: '社会成本、生态环境成本指标写成正面目标或对负面影响用了“≥”时的说明；否则为空字符串',
  compute(s, ctx) {
    const filed = filedLevel2(s, ctx);
    // Only the two effect costs are checked: the others need neither the clauses nor the parsed value.
    if (filed !== 'SOC_COST' && filed !== 'ECO_COST') return '';
    const reading = level3Analysis(ctx, s.indicator).get(SLOT.costImpact, readCostImpact);
    // The value is parsed only when its direction can matter.
    return reading === null ? '' : costImpactFrom(reading, nameOf(s), reading.positiveAim ? null : rowTarget(s, ctx).direction);
  },
});

export const CLASSIFICATION_CONFUSION_FACTS = [
  qualityBenefitTerm, qualityBenefitSuggestion, inputMeasureTerm, inputMeasureKind, benefitActivityVerb, costImpactProblemText,
];
