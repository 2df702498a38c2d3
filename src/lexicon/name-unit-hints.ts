// What unit a 三级 name implies (domain-rules §3.5 "unit-versus-name"), and names whose values legitimately have no unit.
import { NAME_MEASURE_RULES, NOT_MEASURE_ENDINGS } from './name-unit-expectations.js';

/**
 * Names of dimensionless measures: an index, coefficient or ranking has no 计量单位, and a score
 * (得分, 评分) carries its unit 分 in the word itself. A bare number is right for them.
 */
const UNITLESS_ENDINGS: readonly string[] = ['指数', '系数', '比值', '倍数', '排名', '名次', '位次', '得分', '评分', '分数', '分值', '星级', '等级'];

/** Cleans a name for suffix checks: no spaces, no trailing bracketed hint, no trailing 指标. */
function stem(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/[（(][^（()）]*[)）]$/u, '').replace(/指标$/u, '');
}

/** True when the name measures something without a unit (空气质量综合指数, 群众评议得分, 全省排名). */
export function isUnitlessMeasureName(name: string): boolean {
  const s = stem(name);
  return UNITLESS_ENDINGS.some((e) => s.endsWith(e));
}

/**
 * What unit the name implies, in a reviewer's words ('百分比（%）' for 及时率, '金额（元、万元、元/人……）'
 * for 项目总成本), from the unit-versus-name lexicon of R-VAL-11; '' when the name does not say.
 */
export function expectedUnitForName(name: string): string {
  const s = stem(name).replace(/[%％]+$/u, '');
  if (s === '' || NOT_MEASURE_ENDINGS.some((e) => s.endsWith(e))) return '';
  return NAME_MEASURE_RULES.find((rule) => rule.endings.some((e) => s.endsWith(e)))?.expected ?? '';
}
