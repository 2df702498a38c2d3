// Indicator facts for generic benefit fillers (R-CLASS-06): a benefit named only with slogan words that share nothing with the project.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { nameClauses } from '../../classify/name-terms.js';
import { isCategoryLabel } from '../../lexicon/categories.js';
import { FILLER_GENERIC_WORDS, FILLER_JOINERS, FILLER_TOPIC_WORDS } from '../../lexicon/filler-phrases.js';
import { filedLevel2 } from './indicator-labels.js';
import { level3Analysis } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';

const BENEFIT_KEYS: readonly string[] = ['ECON_BEN', 'SOC_BEN', 'ECO_BEN', 'SUSTAIN'];

/** Every filler word, longest first, so 经济社会 is taken before 经济 and 影响力 before 影响. */
const FILLER_WORDS: readonly string[] = [...new Set([...FILLER_TOPIC_WORDS, ...FILLER_GENERIC_WORDS, ...FILLER_JOINERS])].sort(
  (a, b) => b.length - a.length,
);

/**
 * Splits a name into filler words from left to right. Returns the topic words met (经济, 生态 …) when the
 * whole name is filler, null as soon as some part is not (大气环境质量改善: 大气 is real content).
 */
export function fillerTopics(name: string): string[] | null {
  const text = nameClauses(name).join('');
  if (text === '') return null;
  const topics: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const word = FILLER_WORDS.find((w) => text.startsWith(w, pos));
    if (!word) return null;
    if (FILLER_TOPIC_WORDS.includes(word)) topics.push(word);
    pos += word.length;
  }
  return topics;
}

/** Everything the document says the project is about: its names, purpose and goals. */
function projectText(s: IndicatorSubject, ctx: FactContext): string {
  return ctx.memo(`classification:project-text:${s.projectIndex}`, () => {
    const { table, narrative, name } = s.project;
    const parts = [name, table?.name?.text, table?.purpose?.text, ...(table?.goals ?? []).map((g) => g.text), narrative?.name.text, narrative?.purpose?.text];
    return parts.filter((p): p is string => Boolean(p)).join('\n');
  });
}

/** fillerTopics of the trimmed name, null for an empty name or a bare category label: a reader of the name's analysis (callers never change the array). */
function readFillerTopics(text: string): string[] | null {
  const name = text.trim();
  return name === '' || isCategoryLabel(name) ? null : fillerTopics(name);
}

export const fillerBenefitName = defineFact({
  name: 'fillerBenefitName', scope: 'indicator', type: 'boolean',
  description: '效益类三级指标的名称只由套话词构成（促进经济发展、对社会经济发展的影响、行业公信力与社会影响力、可持续性……），且其中的主题词（经济、社会、生态、稳定……）在项目名称、用途和绩效目标中都没有出现',
  compute(s, ctx) {
    const filed = filedLevel2(s, ctx);
    if (filed === null || !BENEFIT_KEYS.includes(filed)) return false;
    const topics = level3Analysis(ctx, s.indicator).get(SLOT.fillerTopics, readFillerTopics);
    if (topics === null) return false;
    const about = projectText(s, ctx);
    return !topics.some((t) => about.includes(t));
  },
});

export const CLASSIFICATION_RELEVANCE_FACTS = [fillerBenefitName];
