// Indicator facts from the category model: which 二级 category the 三级 name belongs to, and whether the filing contradicts it.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import { predictCategory, type CategoryPrediction } from '../../classify/category-model.js';
import { level2Label } from '../../lexicon/categories.js';
import { namePolarity } from '../../lexicon/polarity.js';
import { filedLevel2 } from './indicator-labels.js';
import { SLOT, nameAnalysis } from './name-analysis.js';
import { level3Analysis } from './indicator-readings.js';

function prediction(s: IndicatorSubject, ctx: FactContext) {
  return level3Analysis(ctx, s.indicator).get(SLOT.prediction, readPrediction);
}

/** predictCategory without hints, as a reader of the name's analysis. */
const readPrediction = (text: string): CategoryPrediction => predictCategory(text);

/** The category model's reading of a 三级 name: a pure function of the text, so kept in the per-linter text cache. */
export function namePrediction(name: string, ctx: FactContext): CategoryPrediction {
  return nameAnalysis(ctx, name).get(SLOT.prediction, readPrediction);
}

export const predictedLevel2 = defineFact({
  name: 'predictedLevel2', scope: 'indicator', type: 'string',
  description: '类别模型按三级指标名称判断的二级类别（规范键），无法判断时为空字符串',
  compute: (s, ctx) => prediction(s, ctx).key ?? '',
});

export const predictedLevel2Label = defineFact({
  name: 'predictedLevel2Label', scope: 'indicator', type: 'string',
  description: '类别模型判断的二级类别的标准名称（如“生态效益指标”）',
  compute: (s, ctx) => {
    const key = prediction(s, ctx).key;
    return key ? level2Label(key) : '';
  },
});

export const predictedConfidence = defineFact({
  name: 'predictedConfidence', scope: 'indicator', type: 'number',
  description: '类别模型判断的把握（0–1）',
  compute: (s, ctx) => prediction(s, ctx).confidence,
});

/**
 * A harm the project itself causes (事故发生次数, 扬尘投诉次数) reads like a social or
 * ecological effect, but under the 2021 framework it belongs to 社会成本/生态环境成本:
 * for a negative-polarity name those benefit/cost pairs are not a contradiction.
 */
const HARM_PAIRS: Record<string, string> = { SOC_COST: 'SOC_BEN', ECO_COST: 'ECO_BEN' };

function compatible(filed: string, predicted: string, name: string): boolean {
  return HARM_PAIRS[filed] === predicted && namePolarity(name) === 'negative';
}

export const categoryContradicted = defineFact({
  name: 'categoryContradicted', scope: 'indicator', type: 'boolean',
  description: '二级指标可以识别、类别模型有判断，且两者不同',
  compute(s, ctx) {
    const filed = filedLevel2(s, ctx);
    // A row whose 二级 is unknown contradicts nothing: the model's reading of its name is not needed.
    if (filed === null) return false;
    const predicted = prediction(s, ctx).key;
    if (predicted === null || filed === predicted) return false;
    return !compatible(filed, predicted, s.indicator.level3?.text ?? '');
  },
});

export const INDICATOR_CATEGORY_FACTS = [predictedLevel2, predictedLevel2Label, predictedConfidence, categoryContradicted];
