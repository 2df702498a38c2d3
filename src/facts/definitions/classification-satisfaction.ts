// Indicator facts about satisfaction names (R-CLASS-03, R-CLASS-08): a satisfaction measure outside 满意度指标, and one that does not say whose.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { nameClauses } from '../../classify/name-terms.js';
import { isCategoryLabel } from '../../lexicon/categories.js';
import { QUALIFIED_OBJECT, SATISFACTION_TERMS, SUBJECT_NOUNS, SUBJECT_SUFFIX_CHARS } from '../../lexicon/satisfaction-terms.js';
import { filedLevel2 } from './indicator-labels.js';
import { SLOT } from './name-analysis.js';
import { level3Analysis } from './indicator-readings.js';

/** What may follow the satisfaction word while it is still the head: 满意度, 满意度提升率, 满意率. */
const AFTER_HEAD = /^(?:提升|提高|增长|增加)?(?:率|度|幅度)?$/u;

/** Words in front of 满意 that qualify the satisfaction, not the people: 总体满意度, 服务效果满意度. */
const NOT_SUBJECT_WORDS = /(?:总体|综合|整体|平均|年度|相关|效果|及时性|工作|服务|项目|社会|质量)+$/u;

export interface SatisfactionHead {
  term: string;
  /** The cleaned name text before the satisfaction word. */
  before: string;
}

/** The satisfaction word heading the name (满意度, 满意率 …), with what stands before it; null when the name is no satisfaction measure. */
export function satisfactionHead(name: string): SatisfactionHead | null {
  const text = nameClauses(name).join('');
  for (const term of SATISFACTION_TERMS) {
    const at = text.lastIndexOf(term);
    if (at >= 0 && AFTER_HEAD.test(text.slice(at + term.length))) return { term, before: text.slice(0, at) };
  }
  return null;
}

/**
 * Does the text before 满意 name who is surveyed? In 职工对福利发放满意度 the subject stands before 对;
 * in 对项目实施的满意度 there is none. 服务/效果/总体 qualify the satisfaction, so 服务满意度 has no subject.
 */
export function namesSubject(before: string): boolean {
  const dui = before.search(/对(?!象)/u); // 对 as a preposition, not the 对 of 对象
  const subject = (dui >= 0 ? before.slice(0, dui) : before).replace(NOT_SUBJECT_WORDS, '');
  if (subject === '') return false;
  if (QUALIFIED_OBJECT.test(subject)) return true;
  if (SUBJECT_NOUNS.some((n) => subject.includes(n))) return true;
  return SUBJECT_SUFFIX_CHARS.includes(subject.at(-1) ?? '');
}

/** Readers of the trimmed name for its analysis (a pure function of the text, kept in the per-linter text cache). */
const readHead = (text: string): SatisfactionHead | null => satisfactionHead(text.trim());

function subjectMissing(text: string): boolean {
  const name = text.trim();
  const found = satisfactionHead(name);
  if (!found || isCategoryLabel(name)) return false;
  return !namesSubject(found.before);
}

function head(s: IndicatorSubject, ctx: FactContext): SatisfactionHead | null {
  return level3Analysis(ctx, s.indicator).get(SLOT.satisfactionHead, readHead);
}

export const satisfactionTermOutsideCategory = defineFact({
  name: 'satisfactionTermOutsideCategory', scope: 'indicator', type: 'string',
  description: '以满意度、满意率、好评率等为中心词的三级指标填在（可识别的）非满意度二级指标下时，该词；否则为空字符串',
  compute(s, ctx) {
    const filed = filedLevel2(s, ctx);
    if (filed === null || filed === 'SAT_SUB') return '';
    return head(s, ctx)?.term ?? '';
  },
});

export const satisfactionSubjectMissing = defineFact({
  name: 'satisfactionSubjectMissing', scope: 'indicator', type: 'boolean',
  description: '满意度类三级指标没有写明调查谁（如“满意率”“对象满意度”“服务满意度”）；名称只是类别名（“满意度”）时为 false，由类别名规则处理',
  compute: (s, ctx) => level3Analysis(ctx, s.indicator).get(SLOT.satisfactionSubjectMissing, subjectMissing),
});

export const CLASSIFICATION_SATISFACTION_FACTS = [satisfactionTermOutsideCategory, satisfactionSubjectMissing];
