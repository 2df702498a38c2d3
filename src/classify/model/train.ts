// Training and evaluation of the category model on the labelled names (corpus/categories): split, cross-validation, calibration and figures. Pure: no I/O.
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier.js';
import { LEVEL2_KEYS, type Level2Key } from '../../lexicon/categories.js';
import { nameFeatures } from '../features.js';
import { predictByLexicon } from '../lexicon-model.js';
import { CategoryModel, LEXICON_TRUST } from './combined.js';
import { usePresenceIndex } from './naive-bayes.js';
import {
  BayesCategoryClassifier,
  calibratedConfidence,
  DEFAULT_BAYES_OPTIONS,
  trainBayes,
  type BayesOptions,
  type Calibration,
  type CalibrationScope,
  type LabelledName,
  type TrainedCategoryModel,
} from './naive-bayes.js';

export const MODEL_FORMAT = 'jixiao-lint/category-model/naive-bayes@1' as const;

/** Folds of the deterministic split; fold HELD_OUT_FOLD is the held-out fifth. */
export const FOLDS = 5;
export const HELD_OUT_FOLD = 0;

/** The rule's threshold (rules/level3-category-mismatch.json, minConfidence). */
export const RULE_THRESHOLD = 0.8;

/**
 * Out-of-fold precision the calibration asks for at the rule's threshold. The goal is 97 % on unseen
 * names; the fit aims a little higher because a threshold fitted on one sample loses some precision on the next.
 */
export const CALIBRATION_TARGET = 0.98;

export interface LabelledRow extends LabelledName {
  readonly source: string;
  /** 1-based line in the TSV. */
  readonly line: number;
}

const KEY_SET = new Set<string>(LEVEL2_KEYS);

/** Parses corpus/categories/indicator-names.tsv (header `name<TAB>category<TAB>source`). Throws on a malformed row. */
export function parseLabelledNames(tsv: string): LabelledRow[] {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== 'name\tcategory\tsource') throw new Error('indicator-names.tsv: header must be name<TAB>category<TAB>source');
  const rows: LabelledRow[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((text, i) => {
    if (text.trim() === '') return;
    const [name = '', category = '', source = ''] = text.split('\t').map((cell) => cell.trim());
    const line = i + 2;
    if (name === '' || !KEY_SET.has(category)) throw new Error(`indicator-names.tsv line ${line}: bad name or category “${category}”`);
    if (seen.has(name)) throw new Error(`indicator-names.tsv line ${line}: duplicate name “${name}”`);
    seen.add(name);
    rows.push({ name, category: category as Level2Key, source, line });
  });
  return rows;
}

/** FNV-1a (32 bit) over the UTF-16 code units of the trimmed name: a stable hash, the same on every machine and run. */
export function stableHash(name: string): number {
  let hash = 0x811c9dc5;
  const text = name.trim();
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function foldOf(name: string): number {
  return stableHash(name) % FOLDS;
}

/** The held-out fifth (fold 0 by hash) and the four fifths to train on. */
export function splitHeldOut<T extends LabelledName>(rows: readonly T[]): { train: T[]; heldOut: T[] } {
  return {
    train: rows.filter((r) => foldOf(r.name) !== HELD_OUT_FOLD),
    heldOut: rows.filter((r) => foldOf(r.name) === HELD_OUT_FOLD),
  };
}

/** A prediction of one of the compared methods. */
export interface Prediction {
  key: Level2Key | null;
  confidence: number;
}

export type Predictor = (name: string) => Prediction;

/** The shipped combination (lexicon where sure, classifier elsewhere) of a trained model. */
export function modelPredictor(model: TrainedCategoryModel): Predictor {
  const combined = new CategoryModel(model);
  return (name) => {
    const p = combined.predict(name);
    return { key: p.key, confidence: p.confidence };
  };
}

/** The classifier of a trained model alone, without the lexicon shortcut. */
export function bayesPredictor(model: TrainedCategoryModel): Predictor {
  const classifier = new BayesCategoryClassifier(model.bayes, model.options.weights);
  return (name) => {
    const reading = classifier.read(name);
    const top = reading.ranked[0];
    return top ? { key: top.key, confidence: calibratedConfidence(reading.margin, model.calibration) } : { key: null, confidence: 0 };
  };
}

/**
 * The calibration: the smallest margin such that the out-of-fold predictions at or above it are right
 * at least `target` of the time (the largest such set), mapped to confidence 0.8.
 */
export function fitCalibration(
  outOfFold: readonly { margin: number; correct: boolean }[],
  scope: CalibrationScope,
  target = CALIBRATION_TARGET,
): Calibration {
  const sorted = [...outOfFold].sort((a, b) => b.margin - a.margin);
  let right = 0;
  let last = -1;
  sorted.forEach((p, i) => {
    if (p.correct) right++;
    if (right / (i + 1) >= target) last = i;
  });
  const top = sorted[0]?.margin ?? 1;
  // Nothing reaches the target: put 0.8 beyond the largest margin seen, so nothing is confident.
  const margin80 = last >= 0 ? sorted[last]!.margin : top + 1;
  return {
    scope,
    margin80: Math.max(margin80, Number.EPSILON),
    targetPrecision: target,
    coverage: sorted.length === 0 ? 0 : (last + 1) / sorted.length,
    outOfFold: sorted.length,
  };
}

/**
 * Trains a model on the rows: natural's Bayes on all of them, calibrated on out-of-fold margins from
 * cross-validation over the hash folds present in the rows (five on the full set, four on the four
 * fifths). Deterministic: the same rows give the same JSON.
 */
export function trainCategoryModel(
  rows: readonly LabelledName[],
  options: BayesOptions = DEFAULT_BAYES_OPTIONS,
  scope: CalibrationScope = 'classifier-decides',
): TrainedCategoryModel {
  const folds = [...new Set(rows.map((r) => foldOf(r.name)))].sort((a, b) => a - b);
  const outOfFold: { margin: number; correct: boolean }[] = [];
  for (const fold of folds) {
    const inner = rows.filter((r) => foldOf(r.name) !== fold);
    const classifier = new BayesCategoryClassifier(trainBayes(inner, options), options.weights);
    for (const row of rows) {
      if (foldOf(row.name) !== fold) continue;
      if (scope === 'classifier-decides' && predictByLexicon(row.name).confidence >= LEXICON_TRUST) continue;
      const reading = classifier.read(row.name);
      outOfFold.push({ margin: reading.margin, correct: reading.ranked[0]?.key === row.category });
    }
  }
  return {
    format: MODEL_FORMAT,
    options,
    trainedOn: rows.length,
    calibration: fitCalibration(outOfFold, scope),
    bayes: trainBayes(rows, options),
  };
}

/** The keyword lexicon alone (the previous model). */
export const lexiconPredictor: Predictor = (name) => {
  const p = predictByLexicon(name);
  return { key: p.key, confidence: p.confidence };
};

/**
 * natural's logistic regression on the same features (unweighted: it learns its own weights), kept to
 * features in at least `minCount` training names because apparatus trains on dense matrices. Slow: about
 * a minute on the four fifths. Confidence is its top sigmoid output, uncalibrated.
 */
export function trainLogisticPredictor(rows: readonly LabelledName[], minCount = 3): Predictor {
  const counts = new Map<string, number>();
  const lists = rows.map((r) => nameFeatures(r.name));
  for (const list of lists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (list: readonly string[]) => list.filter((f) => (counts.get(f) ?? 0) >= minCount);
  const classifier = new LogisticRegressionClassifier();
  usePresenceIndex(classifier);
  rows.forEach((row, i) => {
    const tokens = keep(lists[i]!);
    if (tokens.length > 0) classifier.addDocument(tokens, row.category);
  });
  classifier.train();
  return (name) => {
    const tokens = keep(nameFeatures(name));
    if (tokens.length === 0) return { key: null, confidence: 0 };
    const top = classifier.getClassifications(tokens)[0];
    return top ? { key: top.label as Level2Key, confidence: top.value } : { key: null, confidence: 0 };
  };
}

export interface CategoryFigures {
  key: Level2Key;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  n: number;
  correct: number;
  accuracy: number;
  /** Predictions at or above the threshold: how many, their share, and how many of them are right. */
  confident: { threshold: number; n: number; coverage: number; correct: number; precision: number };
  perCategory: CategoryFigures[];
  /** Wrong predictions, confident ones first, then by confidence. */
  errors: { name: string; expected: Level2Key; predicted: Level2Key | null; confidence: number }[];
  /** Expected → predicted pairs with their counts, most frequent first. */
  confusions: { expected: Level2Key; predicted: Level2Key | null; count: number }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Accuracy, precision and coverage at the threshold, per-category precision/recall and the errors of a predictor on rows. */
export function evaluate(predict: Predictor, rows: readonly LabelledName[], threshold = RULE_THRESHOLD): Evaluation {
  const results = rows.map((r) => ({ row: r, p: predict(r.name) }));
  const correct = results.filter((x) => x.p.key === x.row.category).length;
  const sure = results.filter((x) => x.p.key !== null && x.p.confidence >= threshold);
  const sureRight = sure.filter((x) => x.p.key === x.row.category).length;
  const perCategory = LEVEL2_KEYS.map((key): CategoryFigures => {
    const support = results.filter((x) => x.row.category === key).length;
    const predicted = results.filter((x) => x.p.key === key).length;
    const hits = results.filter((x) => x.p.key === key && x.row.category === key).length;
    return { key, support, predicted, precision: ratio(hits, predicted), recall: ratio(hits, support) };
  });
  const errors = results
    .filter((x) => x.p.key !== x.row.category)
    .map((x) => ({ name: x.row.name, expected: x.row.category, predicted: x.p.key, confidence: x.p.confidence }))
    .sort((a, b) => b.confidence - a.confidence || (a.name < b.name ? -1 : 1));
  const pairs = new Map<string, { expected: Level2Key; predicted: Level2Key | null; count: number }>();
  for (const e of errors) {
    const id = `${e.expected}>${e.predicted}`;
    const pair = pairs.get(id) ?? { expected: e.expected, predicted: e.predicted, count: 0 };
    pair.count++;
    pairs.set(id, pair);
  }
  return {
    n: rows.length,
    correct,
    accuracy: ratio(correct, rows.length),
    confident: { threshold, n: sure.length, coverage: ratio(sure.length, rows.length), correct: sureRight, precision: ratio(sureRight, sure.length) },
    perCategory,
    errors,
    confusions: [...pairs.values()].sort((a, b) => b.count - a.count || `${a.expected}${a.predicted}`.localeCompare(`${b.expected}${b.predicted}`)),
  };
}
