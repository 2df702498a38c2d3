// Indicator facts about the 计量单位 of a quantitative value (R-STRUCT-13): none in the value, none in a unit column, none declared in the name.
import { defineFact, type IndicatorSubject, type FactContext } from '../types.js';
import { parsedTarget } from './indicator-value.js';
import { lookupUnit } from '../../lexicon/units.js';
import { expectedUnitForName, isUnitlessMeasureName } from '../../lexicon/name-unit-hints.js';

/**
 * True when the name itself declares the unit, as some templates ask: 有效化解矛盾率（%）,
 * 培训人次（人次）, or a trailing % (经济效益提升%). The reader then knows the unit.
 */
function nameDeclaresUnit(name: string): boolean {
  const compact = name.replace(/[\s\u3000]+/g, '');
  if (/[%％]$/u.test(compact)) return true;
  const bracket = /[（(]([^（）()]{1,8})[)）]$/u.exec(compact);
  return bracket !== null && lookupUnit(bracket[1]!) !== null;
}

function unitMissingOf(s: IndicatorSubject, ctx: FactContext): boolean {
  const v = parsedTarget(s, ctx);
  // Only a number stated as a quantity (or a range) needs a unit; dates and durations carry their own.
  if (v.number === null || (v.kind !== 'quantity' && v.kind !== 'range')) return false;
  if (v.unit !== null) return false;
  // The MoF system exempts 定性, 定量（其他） and 不适用 rows from the unit requirement.
  if (v.declaredType !== null) return false;
  const name = s.indicator.level3?.text ?? '';
  return !nameDeclaresUnit(name) && !isUnitlessMeasureName(name);
}

export const unitMissing = defineFact({
  name: 'unitMissing',
  scope: 'indicator',
  type: 'boolean',
  description: '定量的指标值有数值却没有计量单位（指标值、计量单位列、指标名称括注中都没有）；指数、系数、得分等无量纲指标和定性/不适用行除外',
  compute: (s: IndicatorSubject, ctx) => unitMissingOf(s, ctx),
});

export const unitHint = defineFact({
  name: 'unitHint',
  scope: 'indicator',
  type: 'string',
  description: '按三级指标名称（或指标描述）应使用的计量单位的提示语，如“按名称应为“%””；名称看不出时给出常用单位示例',
  compute(s: IndicatorSubject) {
    for (const field of [s.indicator.level3, s.indicator.description]) {
      const unit = field ? expectedUnitForName(field.text) : '';
      if (unit) return `按名称“${field!.text.trim()}”应为${unit}`;
    }
    return '应写明单位，如“%”“人”“个”“万元”“公里”';
  },
});

export const STRUCTURE_UNIT_FACTS = [unitMissing, unitHint];
