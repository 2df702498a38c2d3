// The shipped category model: the keyword lexicon where it is sure, natural's naive Bayes everywhere else, with one calibrated confidence scale.
import type { Level2Key } from '../../lexicon/categories.js';
import { featuresOf, hasCue, normalisedClauses } from '../features.js';
import { findTermsIn, nameClauses } from '../name-terms.js';
import { lexiconReading, type CategoryEvidence, type CategoryPrediction, type PredictHints } from '../lexicon-model.js';
import { BayesCategoryClassifier, calibratedConfidence, type TrainedCategoryModel } from './naive-bayes.js';

/**
 * From this lexicon confidence on, the lexicon decides: an explicit category name (生态效益, 满意度) or an
 * uncontested head term. On the labelled set such readings are right about 98 % of the time, and they
 * cover names the classifier sometimes gets wrong.
 */
export const LEXICON_TRUST = 0.8;

/** The cost categories whose reading of an effect needs a negative sign (domain-rules §3.1 items 7 and 8). */
const EFFECT_COSTS: ReadonlySet<Level2Key> = new Set(['SOC_COST', 'ECO_COST']);

/** Confidence ceiling of a reading that had to set the classifier's first choice aside. */
const VETOED_CEILING = 0.5;

/**
 * An effect named without a sign: a clause that starts with 对 and ends in 影响 (对社会经济发展的影响),
 * with no harm word (不利, 负面, 破坏 …) and no works of the project (施工, 工程 …). §3.1 reads 对…的影响
 * as a cost only when it is negative. The labelled costs all carry the sign, either as a harm word or as
 * the agent before 对 (施工对…的影响, 项目实施对…), so the classifier has learned 对…影响 → cost and
 * would say so of a benefit too.
 */
export function isUnsignedEffect(name: string): boolean {
  const clauses = normalisedClauses(name);
  return clauses.some((c) => /^对.*影响/.test(c)) && !hasCue(clauses, 'HARM') && !hasCue(clauses, 'BUILD');
}

/** How many supporting tokens the classifier reports as evidence. */
const EVIDENCE_TOKENS = 5;

/**
 * Class probabilities from log scores, three decimals, without the negligible ones. Naive Bayes is far
 * too sure of itself (its raw posteriors are 1.000 for almost every name), so the scores are tempered by
 * the calibration: temperature margin80 / ln 5, which makes two classes at the calibrated margin 5 : 1.
 */
function probabilities(ranked: readonly { key: Level2Key; logScore: number }[], margin80: number): Partial<Record<Level2Key, number>> {
  const top = ranked[0]?.logScore ?? 0;
  const temperature = margin80 / Math.log(5);
  const weights = ranked.map((r) => Math.exp((r.logScore - top) / temperature));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: Partial<Record<Level2Key, number>> = {};
  ranked.forEach((r, i) => {
    const p = Math.round((weights[i]! / sum) * 1000) / 1000;
    if (p > 0) out[r.key] = p;
  });
  return out;
}

/** A trained model ready to predict. Immutable; `predict` is pure. */
export class CategoryModel {
  private readonly classifier: BayesCategoryClassifier;

  constructor(readonly trained: TrainedCategoryModel) {
    this.classifier = new BayesCategoryClassifier(trained.bayes, trained.options.weights);
  }

  /**
   * The lexicon's reading when its confidence is at least LEXICON_TRUST (scores and evidence are the
   * lexicon's); otherwise the classifier's: scores are its class probabilities, evidence the tokens that
   * most favour the winner over the runner-up (weight = log-likelihood ratio), confidence the calibrated
   * margin. A name without any known token falls back to the lexicon (and its unit-class hint). An
   * effect without a sign is never read as a cost (isUnsignedEffect): the best other class is given,
   * with a confidence of at most 0.5.
   */
  predict(name: string, hints: PredictHints = {}): CategoryPrediction {
    // The name is split and its lexicon terms found once: the lexicon reading and the features share them.
    const clauses = nameClauses(name);
    const terms = findTermsIn(clauses);
    const plain = lexiconReading(name, terms);
    const lexicon = hints.unitClass ? lexiconReading(name, terms, hints) : plain;
    if (lexicon.key !== null && lexicon.confidence >= LEXICON_TRUST) return lexicon;
    const reading = this.classifier.readFeatures(featuresOf(clauses, terms, plain));
    const first = reading.ranked[0];
    const vetoed = first !== undefined && EFFECT_COSTS.has(first.key) && isUnsignedEffect(name);
    const ranked = vetoed ? reading.ranked.filter((r) => !EFFECT_COSTS.has(r.key)) : reading.ranked;
    const [top, second] = ranked;
    if (top === undefined) return lexicon;
    const margin = second === undefined ? 0 : top.logScore - second.logScore;
    const confidence = calibratedConfidence(margin, this.trained.calibration);
    const evidence: CategoryEvidence[] = second === undefined
      ? []
      : this.classifier
          .support(reading.tokens, top.key, second.key)
          .filter((s) => s.weight > 0)
          .slice(0, EVIDENCE_TOKENS)
          .map((s) => ({ key: top.key, term: s.token, weight: Math.round(s.weight * 1000) / 1000 }));
    return {
      key: top.key,
      confidence: vetoed ? Math.min(confidence, VETOED_CEILING) : confidence,
      scores: probabilities(ranked, this.trained.calibration.margin80),
      evidence,
    };
  }
}
