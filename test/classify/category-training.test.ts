// Tests for training the category model: the deterministic split, accuracy on held-out names, calibration, and that the shipped model is the one the labelled set gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import TRAINED_MODEL from '../../src/classify/model/trained-model.json' with { type: 'json' };
import { BayesCategoryClassifier, calibratedConfidence, weightedTokens, type TrainedCategoryModel } from '../../src/classify/model/naive-bayes.js';
import { nameFeatures } from '../../src/classify/features.js';
import {
  evaluate,
  fitCalibration,
  FOLDS,
  foldOf,
  HELD_OUT_FOLD,
  modelPredictor,
  parseLabelledNames,
  splitHeldOut,
  stableHash,
  trainCategoryModel,
  type Evaluation,
  type LabelledRow,
} from '../../src/classify/model/train.js';

const TSV = join(import.meta.dirname, '../../corpus/categories/indicator-names.tsv');
const rows: LabelledRow[] = parseLabelledNames(readFileSync(TSV, 'utf8'));
const shipped = TRAINED_MODEL as unknown as TrainedCategoryModel;

describe('the labelled set and its split', () => {
  it('has at least 600 labelled names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
  });

  it('rejects malformed rows', () => {
    expect(() => parseLabelledNames('name\tcategory\tsource\n培训人次\tQTY\tref\n')).not.toThrow();
    expect(() => parseLabelledNames('name\tcategory\tsource\n培训人次\tCOUNT\tref\n')).toThrow(/line 2/);
    expect(() => parseLabelledNames('name\tcategory\tsource\n培训人次\tQTY\tref\n培训人次\tQTY\tref\n')).toThrow(/duplicate/);
    expect(() => parseLabelledNames('培训人次\tQTY\tref\n')).toThrow(/header/);
  });

  it('splits by a stable hash of the name: a fifth held out, whatever the row order', () => {
    expect(stableHash('培训人次')).toBe(stableHash(' 培训人次 '));
    expect(stableHash('')).toBe(0x811c9dc5);
    const { train, heldOut } = splitHeldOut(rows);
    expect(train.length + heldOut.length).toBe(rows.length);
    expect(heldOut.length / rows.length).toBeGreaterThan(0.15);
    expect(heldOut.length / rows.length).toBeLessThan(0.25);
    const reversed = splitHeldOut([...rows].reverse());
    expect(reversed.heldOut.map((r) => r.name).sort()).toEqual(heldOut.map((r) => r.name).sort());
    for (const r of heldOut) expect(foldOf(r.name)).toBe(HELD_OUT_FOLD);
  });
});

describe('accuracy on names the model was not trained on', () => {
  // Each fold held out in turn, trained (and calibrated) on the other four: fold 0 is the held-out fifth.
  const folds: Evaluation[] = [];
  beforeAll(() => {
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = trainCategoryModel(rows.filter((r) => foldOf(r.name) !== fold));
      folds.push(evaluate(modelPredictor(model), rows.filter((r) => foldOf(r.name) === fold)));
    }
  }, 60_000);

  it('on the held-out fifth: accuracy ≥ 0.80, and ≥ 0.95 of the confident predictions right', () => {
    const heldOut = folds[HELD_OUT_FOLD]!;
    // Measured 0.827: this fifth has the most names marked ambiguous (13 of 42) and more unseen wording than the others.
    expect(heldOut.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(heldOut.confident.precision).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.confident.coverage).toBeGreaterThanOrEqual(0.5);
  });

  it('over all five folds: accuracy ≥ 0.88, and ≥ 0.95 of the confident predictions right', () => {
    const n = folds.reduce((a, f) => a + f.n, 0);
    const correct = folds.reduce((a, f) => a + f.correct, 0);
    const sure = folds.reduce((a, f) => a + f.confident.n, 0);
    const sureRight = folds.reduce((a, f) => a + f.confident.correct, 0);
    expect(n).toBe(rows.length);
    expect(correct / n).toBeGreaterThanOrEqual(0.88);
    expect(sureRight / sure).toBeGreaterThanOrEqual(0.95);
    expect(sure / n).toBeGreaterThanOrEqual(0.55);
  });
});

describe('the shipped model', () => {
  it('is what training on every labelled name gives (run `npm run category-model:train` after editing the TSV)', () => {
    expect(trainCategoryModel(rows)).toEqual(shipped);
  }, 30_000);

  it('scores as natural does: natural’s class values are the exp of our log scores', () => {
    const classifier = new BayesCategoryClassifier(shipped.bayes, shipped.options.weights);
    for (const name of ['培训人次', '补贴发放及时率', '水质达标率', '对象满意度']) {
      const tokens = weightedTokens(nameFeatures(name), shipped.options.weights);
      const natural = classifier.natural.getClassifications(tokens);
      const ours = classifier.read(name).ranked;
      expect(natural.map((c) => c.label)).toEqual(ours.map((c) => c.key));
      natural.forEach((c, i) => expect(Math.log(c.value)).toBeCloseTo(ours[i]!.logScore, 9));
    }
  });

  it('is calibrated at the rule threshold', () => {
    expect(shipped.calibration.scope).toBe('classifier-decides');
    expect(calibratedConfidence(shipped.calibration.margin80, shipped.calibration)).toBe(0.8);
    expect(calibratedConfidence(shipped.calibration.margin80 * 0.99, shipped.calibration)).toBeLessThan(0.8);
    expect(calibratedConfidence(0, shipped.calibration)).toBe(0);
  });
});

describe('fitCalibration', () => {
  it('puts 0.8 at the smallest margin above which the predictions reach the target precision', () => {
    const points = [
      ...Array.from({ length: 50 }, (_, i) => ({ margin: 100 - i, correct: true })),
      { margin: 50, correct: false }, // 50 of 51 right: still 0.98
      { margin: 49, correct: false }, // 50 of 52: below
      ...Array.from({ length: 40 }, (_, i) => ({ margin: 48 - i, correct: i % 2 === 0 })),
    ];
    const c = fitCalibration(points, 'all', 0.98);
    expect(c.margin80).toBe(50);
    expect(c.coverage).toBeCloseTo(51 / 92, 9);
    expect(c.outOfFold).toBe(92);
    expect(fitCalibration([{ margin: 5, correct: false }], 'all').margin80).toBe(6);
  });
});
