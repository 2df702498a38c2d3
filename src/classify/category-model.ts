// Predicts the 二级 category of a 三级 name: the trained model (natural's naive Bayes over n-gram, suffix, lexicon and word-class features; the lexicon where it is sure) with a calibrated confidence.
import { CategoryModel } from './model/combined.js';
import type { TrainedCategoryModel } from './model/naive-bayes.js';
import TRAINED_MODEL from './model/trained-model.json' with { type: 'json' };
import type { CategoryPrediction, PredictHints } from './lexicon-model.js';

export type { CategoryEvidence, CategoryPrediction, PredictHints } from './lexicon-model.js';
export { confidenceOf, predictByLexicon } from './lexicon-model.js';

/** The shipped model, restored on first use (a few milliseconds) and never changed afterwards. */
const shippedModel: () => CategoryModel = (() => {
  let model: CategoryModel | undefined;
  return () => (model ??= new CategoryModel(TRAINED_MODEL as unknown as TrainedCategoryModel));
})();

/**
 * Which 二级 category a 三级 name belongs to, with a confidence calibrated on held-out names: at 0.8
 * and above the model was right at least 98 % of the time out of fold (see src/classify/README.md).
 * `key` is null only for a name without word characters (and no unit hint).
 */
export function predictCategory(name: string, hints: PredictHints = {}): CategoryPrediction {
  return shippedModel().predict(name, hints);
}
