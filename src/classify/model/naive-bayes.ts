// The trained category model: natural's BayesClassifier over weighted name features, its JSON form, and its scoring with a calibrated confidence.
import { createRequire } from 'node:module';
import type BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { LEVEL2_KEYS, type Level2Key } from '../../lexicon/categories.js';
import { featureKind, nameFeatures, type FeatureKind } from '../features.js';

export interface LabelledName {
  readonly name: string;
  readonly category: Level2Key;
}

export interface BayesOptions {
  /** natural's smoothing: an unseen feature counts as this many documents. */
  readonly smoothing: number;
  /** A feature is kept only when at least this many training names have it (drops one-off n-grams). */
  readonly minCount: number;
  /**
   * How often each kind of token is repeated (`tok`, `tok#2`, `tok#3` …). natural's Bayes treats every
   * token as a binary feature, so a repeat count k raises that feature's likelihood ratio to the power k:
   * head suffixes, lexicon readings and word classes outweigh single n-grams.
   */
  readonly weights: Readonly<Record<FeatureKind, number>>;
}

export const DEFAULT_BAYES_OPTIONS: BayesOptions = {
  smoothing: 0.05,
  minCount: 2,
  weights: { ngram: 1, suffix: 4, lexicon: 2, lexiconTop: 2, cue: 3 },
};

/** natural's BayesClassifier as `JSON.parse(JSON.stringify(classifier))`, keeping only what classification needs (no training documents). */
export interface SerialisedBayes {
  features: Record<string, number>;
  classifier: {
    classFeatures: Record<string, Record<string, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
}

/** Which out-of-fold predictions the calibration is fitted on. */
export type CalibrationScope =
  /** Names the lexicon is not sure about: the only ones the shipped model hands to the classifier. */
  | 'classifier-decides'
  /** All names: for the classifier used alone (the comparison in the evaluation). */
  | 'all';

/** Maps the margin between the two best log scores to a confidence: 1 − 5^(−margin / margin80), so `margin80` gives 0.8. */
export interface Calibration {
  readonly scope: CalibrationScope;
  /** Margin (natural log) from which out-of-fold predictions were right at least `targetPrecision` of the time. */
  readonly margin80: number;
  readonly targetPrecision: number;
  /** Share of the out-of-fold predictions at or above margin80, and how many predictions the fit saw. */
  readonly coverage: number;
  readonly outOfFold: number;
}

export interface TrainedCategoryModel {
  readonly format: 'jixiao-lint/category-model/naive-bayes@1';
  readonly options: BayesOptions;
  readonly trainedOn: number;
  readonly calibration: Calibration;
  readonly bayes: SerialisedBayes;
}

/** The tokens the classifier sees for a set of features: each repeated as its kind's weight says. */
export function weightedTokens(features: readonly string[], weights: BayesOptions['weights']): string[] {
  const out: string[] = [];
  for (const feature of features) {
    const k = weights[featureKind(feature)];
    for (let i = 1; i <= k; i++) out.push(i === 1 ? feature : `${feature}#${i}`);
  }
  return out;
}

/**
 * natural computes the presence vector by searching every vocabulary entry in the token list
 * (vocabulary × tokens per document). This gives the same vector from an index built once per
 * vocabulary size, so training on a few hundred names takes milliseconds instead of seconds.
 */
export function usePresenceIndex(classifier: {
  features: Record<string, number>;
  textToFeatures(observation: string | readonly string[]): number[];
}): void {
  let index = new Map<string, number>();
  let size = -1;
  classifier.textToFeatures = (observation) => {
    const keys = Object.keys(classifier.features);
    if (keys.length !== size) {
      index = new Map(keys.map((k, i) => [k, i]));
      size = keys.length;
    }
    const vector = new Array<number>(size).fill(0);
    const tokens = typeof observation === 'string' ? [observation] : observation;
    for (const token of tokens) {
      const at = index.get(token);
      if (at !== undefined) vector[at] = 1;
    }
    return vector;
  };
}

/** Trains natural's Bayes classifier on the names and returns it in JSON form. Deterministic. */
export function trainBayes(rows: readonly LabelledName[], options: BayesOptions = DEFAULT_BAYES_OPTIONS): SerialisedBayes {
  const featureLists = rows.map((r) => nameFeatures(r.name));
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);

  const classifier = new (naturalBayes())(undefined, options.smoothing);
  usePresenceIndex(classifier);
  rows.forEach((row, i) => {
    const kept = featureLists[i]!.filter((f) => (counts.get(f) ?? 0) >= options.minCount);
    const tokens = weightedTokens(kept, options.weights);
    if (tokens.length > 0) classifier.addDocument(tokens, row.category);
  });
  classifier.train();
  const json = JSON.parse(JSON.stringify(classifier)) as SerialisedBayes;
  return { features: json.features, classifier: json.classifier };
}

export interface ScoredClass {
  key: Level2Key;
  /** ln P(class) + Σ ln P(token | class), natural's score before its final exp. */
  logScore: number;
}

export interface BayesReading {
  /** Classes best first; empty when the name has no known feature. */
  ranked: ScoredClass[];
  /** Log-score lead of the best class over the runner-up (0 when there is none). */
  margin: number;
  /** The known tokens of the name, for evidence. */
  tokens: string[];
}

const KEY_SET = new Set<string>(LEVEL2_KEYS);

/**
 * A restored classifier. Scores are natural's naive-Bayes scores (apparatus: prior × Π P(token | class)
 * over the tokens present) taken in log space: natural returns prior · exp(Σ ln p), which underflows to 0
 * for long names and would make margins infinite. Immutable after construction.
 */
export class BayesCategoryClassifier {
  /** The counts scoring reads (natural's classifier fields, as serialised). */
  private readonly counts: SerialisedBayes['classifier'];
  private readonly serialised: SerialisedBayes;
  private restored: BayesClassifier | undefined;
  private readonly positions: ReadonlyMap<string, number>;
  /** The model's classes in LEVEL2_KEYS order (the order ties are ranked in). */
  private readonly labels: readonly Level2Key[];
  private readonly weights: BayesOptions['weights'];
  /** Per class: ln P(class), and ln P(token | class) for every vocabulary position, as logScoreOf sums them. */
  private readonly tables: ReadonlyMap<Level2Key, { prior: number; logLikelihood: Float64Array }>;

  constructor(serialised: SerialisedBayes, weights: BayesOptions['weights']) {
    // Scoring reads the serialised counts directly: restoring natural's classifier (a deep copy of the
    // whole model) cost ~35 ms of every cold start and is only needed by callers of `natural`.
    this.serialised = serialised;
    this.counts = serialised.classifier;
    const vocabulary = Object.keys(serialised.features);
    this.positions = new Map(vocabulary.map((k, i) => [k, i]));
    const rank = new Map(LEVEL2_KEYS.map((k, i) => [k, i]));
    // In LEVEL2_KEYS order, so that readFeatures' stable sort on the score alone leaves ties in that
    // order: a tie-break in the comparator ran only on rare ties, without type feedback, and deoptimised it.
    this.labels = Object.keys(this.counts.classFeatures)
      .filter((k): k is Level2Key => KEY_SET.has(k))
      .sort((a, b) => rank.get(a)! - rank.get(b)!);
    this.weights = weights;
    const { classFeatures, classTotals, totalExamples, smoothing } = this.counts;
    this.tables = new Map(this.labels.map((key) => {
      const counts = classFeatures[key] ?? {};
      const total = classTotals[key] ?? 1;
      // Unseen tokens count as `smoothing` (natural's `counts[at] || smoothing`); only the counts present are looked up.
      const logLikelihood = new Float64Array(vocabulary.length).fill(Math.log(smoothing / total));
      for (const at in counts) {
        const count = counts[at]!;
        const position = Number(at);
        if (count && position < vocabulary.length) logLikelihood[position] = Math.log(count / total);
      }
      return [key, { prior: Math.log(total / totalExamples), logLikelihood }];
    }));
  }

  /** natural's own classifier restored from the model (on first use; the tests compare scores with it). */
  get natural(): BayesClassifier {
    // restore() adopts the object it is given: hand it a copy so the imported model data stays untouched.
    return (this.restored ??= naturalBayes().restore(structuredClone({ ...this.serialised, docs: [], lastAdded: 0 })));
  }

  /**
   * The positions of the tokens of these features in the vocabulary (unknown tokens dropped), and the
   * tokens: weightedTokens looked up one by one (a table of every feature's tokens cost ~14 ms of each
   * cold start to build, for the few dozen features a run looks up).
   */
  private observation(features: readonly string[]): { positions: number[]; tokens: string[] } {
    const positions: number[] = [];
    const tokens: string[] = [];
    const seen = new Set<number>();
    for (const feature of features) {
      const max = this.weights[featureKind(feature)];
      for (let repeat = 1; repeat <= max; repeat++) {
        const token = repeat === 1 ? feature : `${feature}#${repeat}`;
        const at = this.positions.get(token);
        if (at === undefined || seen.has(at)) continue;
        seen.add(at);
        positions.push(at);
        tokens.push(token);
      }
    }
    return { positions, tokens };
  }

  /** Log score of one class for present feature positions, exactly apparatus' probabilityOfClass before exp. */
  logScoreOf(key: Level2Key, positions: readonly number[]): number {
    const table = this.tables.get(key);
    if (table === undefined) {
      // Not a class of the model: no counts, every token smoothed (as natural would score it).
      const { classTotals, totalExamples, smoothing } = this.counts;
      const total = classTotals[key] ?? 1;
      let sum = 0;
      for (let i = 0; i < positions.length; i++) sum += Math.log(smoothing / total);
      return Math.log(total / totalExamples) + sum;
    }
    const { prior, logLikelihood } = table;
    // Summed in the same order as the per-token logs were, so the scores are bit for bit the same.
    let sum = 0;
    for (const at of positions) sum += logLikelihood[at]!;
    return prior + sum;
  }

  read(name: string): BayesReading {
    return this.readFeatures(nameFeatures(name));
  }

  /** read() for the features of a name already extracted (nameFeatures). */
  readFeatures(features: readonly string[]): BayesReading {
    const { positions, tokens } = this.observation(features);
    if (positions.length === 0) return { ranked: [], margin: 0, tokens };
    // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
    // PACKED one, and the differing map deoptimised the sort and the readers of the result.
    const ranked: ScoredClass[] = [];
    for (const key of this.labels) ranked.push({ key, logScore: this.logScoreOf(key, positions) });
    ranked.sort((a, b) => b.logScore - a.logScore);
    const margin = ranked.length > 1 ? ranked[0]!.logScore - ranked[1]!.logScore : 0;
    return { ranked, margin, tokens };
  }

  /**
   * ln P(token at a position | class), as natural computes it: ln((count || smoothing) / total). A
   * class of the model reads its table (filled with exactly these logs); any other is worked out.
   */
  private logLikelihoodOf(key: Level2Key): (at: number) => number {
    const table = this.tables.get(key);
    if (table !== undefined) {
      const { logLikelihood } = table;
      return (at) => logLikelihood[at]!;
    }
    const { classFeatures, classTotals, smoothing } = this.counts;
    const counts = classFeatures[key] ?? {};
    const total = classTotals[key] ?? 1;
    return (at) => Math.log((counts[at] || smoothing) / total);
  }

  /**
   * How much each feature of the name favours `key` over `other`: the log-likelihood ratio summed over
   * the feature's repeats (`$及时性`, `$及时性#2` … count as one feature), strongest first.
   */
  support(tokens: readonly string[], key: Level2Key, other: Level2Key): { token: string; weight: number }[] {
    const logK = this.logLikelihoodOf(key);
    const logO = this.logLikelihoodOf(other);
    const byFeature = new Map<string, number>();
    for (const token of tokens) {
      const at = this.positions.get(token);
      if (at === undefined) continue;
      const llr = logK(at) - logO(at);
      const feature = featureOfToken(token);
      byFeature.set(feature, (byFeature.get(feature) ?? 0) + llr);
    }
    // Pushed, not mapped, so the array is PACKED whether or not this runs optimised (see readFeatures).
    const weights: { token: string; weight: number }[] = [];
    for (const [token, weight] of byFeature) weights.push({ token, weight });
    return weights.sort((a, b) => b.weight - a.weight || (a.token < b.token ? -1 : 1));
  }
}


/** The feature a token repeats: `tok#3` → `tok` (what `token.replace(/#\d+$/, '')` gives, without a regex per token). */
function featureOfToken(token: string): string {
  const hash = token.lastIndexOf('#');
  if (hash < 0 || hash === token.length - 1) return token;
  for (let i = hash + 1; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return token;
  }
  return token.slice(0, hash);
}

/**
 * natural's BayesClassifier, loaded on first use: only training and callers of `natural` need it, and
 * importing it evaluates natural's apparatus and sylvester modules (~15 ms of every cold start).
 */
function naturalBayes(): typeof BayesClassifier {
  return createRequire(import.meta.url)('natural/lib/natural/classifiers/bayes_classifier.js') as typeof BayesClassifier;
}

/** Confidence for a margin: 1 − 5^(−margin / margin80), rounded down to two decimals (so ≥ 0.8 means margin ≥ margin80); 0 for a tie. */
export function calibratedConfidence(margin: number, calibration: Calibration): number {
  if (!(margin > 0) || !(calibration.margin80 > 0)) return 0;
  return Math.floor((1 - Math.pow(5, -margin / calibration.margin80)) * 100 + 1e-9) / 100;
}
