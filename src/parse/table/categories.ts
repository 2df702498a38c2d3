// Recognises the category labels that fill the 一级/二级 columns (产出指标, 数量指标 …), in their real-world spellings.
import { canonicalLabel } from './labels.js';

/** Which level a category label belongs to; 'either' for labels used at both levels (成本指标 in 2018 vs 2021 tables). */
export type CategoryLevel = 1 | 2 | 'either';

const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '效果指标', '预期产出指标', '预期效果指标', '实施效果指标', '影响指标'];
const LEVEL2 = [
  '数量指标', '质量指标', '时效指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
  '服务对象满意度指标', '社会公众满意度指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '预算控制指标',
  '社会经济生态效益指标', '进度指标', '产出数量指标', '产出质量指标', '产出时效指标', '产出成本指标',
];
const EITHER = ['成本指标'];

const LEVEL_BY_LABEL = new Map<string, CategoryLevel>([
  ...LEVEL1.map((l): [string, CategoryLevel] => [l, 1]),
  ...LEVEL2.map((l): [string, CategoryLevel] => [l, 2]),
  ...EITHER.map((l): [string, CategoryLevel] => [l, 'either']),
]);

/**
 * The label with its decorations removed: score ranges ("产出指标(50分)", "成本指标(0-20)分"),
 * parenthesised hints ("数量指标(或建筑规模指标)"), punctuation between words ("社会、经济、生态效益 指标"),
 * and the 值 spelling some templates use for categories ("数量值" → "数量指标").
 */
export function categoryStem(text: string): string {
  let label = canonicalLabel(text.replace(/[（(]\s*\d+(?:\s*[-－~～至]\s*\d+)?\s*分?\s*[)）]\s*分?/g, ''));
  label = label.replace(/[、，,·.]/g, '');
  if (!label.endsWith('指标') && label.endsWith('值')) {
    const asIndicator = label.slice(0, -1) + '指标';
    if (LEVEL_BY_LABEL.has(asIndicator)) label = asIndicator;
  }
  return label;
}

/** The level of a known category label, or null when the text is not one. */
export function categoryLevel(text: string): CategoryLevel | null {
  return LEVEL_BY_LABEL.get(categoryStem(text)) ?? null;
}

/**
 * A short label ending in 指标 that is not a known category ("实施效果指标" is known; "镇街补助指标"
 * is not): it still reads as a category rather than an indicator name.
 */
export function looksLikeCategory(text: string): boolean {
  const stem = categoryStem(text);
  return stem.length >= 4 && stem.length <= 14 && /指标$/.test(stem);
}
