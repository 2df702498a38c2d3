// The keyword-lexicon reading of a 三级 name: head terms weigh more than modifiers, with a rule-of-thumb confidence. Feeds the trained model (features.ts) and backs it up.
import type { Level2Key } from '../lexicon/categories.js';
import type { TermRole } from '../lexicon/category-keywords.js';
import { namePolarity } from '../lexicon/polarity.js';
import type { UnitClass } from '../lexicon/units.js';
import { findTerms, type TermMatch } from './name-terms.js';

export interface CategoryEvidence {
  key: Level2Key;
  term: string;
  /** Weight after the position factor. */
  weight: number;
}

export interface CategoryPrediction {
  /** The predicted 二级 category, null when there is no evidence at all. */
  key: Level2Key | null;
  /** 0–1; see confidenceOf. Rules should act only above a threshold (0.8 for errors). */
  confidence: number;
  /** Summed evidence per category. */
  scores: Partial<Record<Level2Key, number>>;
  evidence: CategoryEvidence[];
}

export interface PredictHints {
  /** Unit class of the value, used only when the name gives no evidence (domain-rules §3.1 fallback). */
  unitClass?: UnitClass | null;
}

/**
 * How much a term counts away from the head. Explicit category names count fully anywhere; a measure
 * noun in the middle is a modifier (社会科学宣传活动举办及时性: 社会 modifies, 及时性 decides).
 */
const MODIFIER_FACTOR: Readonly<Record<TermRole, number>> = {
  explicit: 1,
  measure: 0.3,
  domain: 0.6,
  activity: 0.5,
  transparent: 0.3,
};

/** Tie order, following the check order of domain-rules §3.1 (satisfaction first, quantity last). */
const PRIORITY: readonly Level2Key[] = [
  'SAT_SUB', 'ECON_BEN', 'ECO_BEN', 'SOC_BEN', 'SUSTAIN', 'ECON_COST', 'SOC_COST', 'ECO_COST', 'TIME', 'QUAL', 'QTY',
];

/** Weak fallbacks from the unit class, used only without any lexical evidence. */
const UNIT_FALLBACK: Partial<Record<UnitClass, Level2Key>> = {
  money: 'ECON_COST', count: 'QTY', people: 'QTY', length: 'QTY', area: 'QTY', volume: 'QTY', mass: 'QTY', time: 'TIME',
};
const UNIT_FALLBACK_WEIGHT = 0.5;

/** Evidence of one match: position factor, saving-word redirect (降低…成本 → ECON_BEN), negative-count rule. */
function evidenceOf(match: TermMatch, negativeName: boolean): CategoryEvidence[] {
  const { term } = match;
  const factor = match.isHead ? 1 : MODIFIER_FACTOR[term.role];
  const redirected = term.redirectTo !== undefined && (term.unlessWith ?? []).some((w) => match.clause.includes(w));
  const out: CategoryEvidence[] = [];
  for (const [key, base] of Object.entries(term.keys) as [Level2Key, number][]) {
    // A count of negative events (投诉次数, 上访人次, 占用耕地面积) is not an output quantity; output verbs still count.
    if (key === 'QTY' && negativeName && term.role !== 'activity') continue;
    const finalKey = redirected ? term.redirectTo! : key;
    out.push({ key: finalKey, term: term.term, weight: base * factor });
  }
  return out;
}

/**
 * Confidence from the top score and its lead over the runner-up:
 * strength = 1 − e^(−top) (one strong head term of weight 2 gives 0.86, an explicit name 0.95, a single
 * modifier ≈0.4) times sqrt(1 − second/top) (a tie gives 0). Rounded to two decimals.
 */
export function confidenceOf(top: number, second: number): number {
  if (top <= 0) return 0;
  const strength = 1 - Math.exp(-top);
  const lead = Math.sqrt(Math.max(0, 1 - second / top));
  return Math.round(strength * lead * 100) / 100;
}

/** Which 二级 category the keyword lexicon alone reads in a 三级 name, with the evidence and a rule-of-thumb confidence. */
export function predictByLexicon(name: string, hints: PredictHints = {}): CategoryPrediction {
  return lexiconReading(name, findTerms(name), hints);
}

/** predictByLexicon over the term matches of the name already found (the trained model needs them too). */
export function lexiconReading(name: string, terms: readonly TermMatch[], hints: PredictHints = {}): CategoryPrediction {
  const negativeName = namePolarity(name) === 'negative';
  const evidence = terms.flatMap((m) => evidenceOf(m, negativeName));
  const fallback = hints.unitClass ? UNIT_FALLBACK[hints.unitClass] : undefined;
  if (evidence.length === 0 && fallback) {
    evidence.push({ key: fallback, term: `unit:${hints.unitClass}`, weight: UNIT_FALLBACK_WEIGHT });
  }

  const scores: Partial<Record<Level2Key, number>> = {};
  for (const e of evidence) scores[e.key] = Math.round(((scores[e.key] ?? 0) + e.weight) * 1000) / 1000;
  const ranked = PRIORITY.filter((k) => (scores[k] ?? 0) > 0).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const top = ranked[0];
  if (top === undefined) return { key: null, confidence: 0, scores: {}, evidence: [] };
  const second = ranked[1];
  return {
    key: top,
    confidence: confidenceOf(scores[top] ?? 0, second === undefined ? 0 : (scores[second] ?? 0)),
    scores,
    evidence,
  };
}
