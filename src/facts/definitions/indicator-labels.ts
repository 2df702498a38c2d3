// Indicator facts about the category labels (一级/二级) and the name (三级), as written and canonicalised.
import { defineFact, type IndicatorSubject } from '../types.js';
import { canonicalLevel1, canonicalLevel2 } from '../../lexicon/categories.js';

const text = (field: { text: string } | null) => field?.text.trim() ?? '';

export const origin = defineFact({
  name: 'origin', scope: 'indicator', type: 'string',
  description: '指标出处：table（项目绩效目标表的一行）或 narrative（叙述中扁平列出的一项）',
  compute: (s) => s.indicator.origin,
});

export const level1Text = defineFact({
  name: 'level1Text', scope: 'indicator', type: 'string',
  description: '一级指标原文（合并单元格已向下填充）',
  compute: (s) => text(s.indicator.level1),
});

export const level2Text = defineFact({
  name: 'level2Text', scope: 'indicator', type: 'string',
  description: '二级指标原文',
  compute: (s) => text(s.indicator.level2),
});

export const level3Text = defineFact({
  name: 'level3Text', scope: 'indicator', type: 'string',
  description: '三级指标（指标名称）原文',
  compute: (s) => text(s.indicator.level3),
});

export const level1Canonical = defineFact({
  name: 'level1Canonical', scope: 'indicator', type: 'string',
  description: '一级指标的规范类别：OUTPUT/COST/BENEFIT/SATISFACTION，无法识别时为空字符串',
  compute: (s) => canonicalLevel1(text(s.indicator.level1)) ?? '',
});

/** The filed 二级 category, read in the light of its 一级 (成本指标 under 产出 is the 2015 ECON_COST). */
export function filedLevel2(s: IndicatorSubject): string | null {
  const l1 = canonicalLevel1(text(s.indicator.level1));
  return canonicalLevel2(text(s.indicator.level2), l1) ?? null;
}

export const level2Canonical = defineFact({
  name: 'level2Canonical', scope: 'indicator', type: 'string',
  description: '二级指标的规范类别：QTY/QUAL/TIME/ECON_COST/SOC_COST/ECO_COST/ECON_BEN/SOC_BEN/ECO_BEN/SUSTAIN/SAT_SUB，无法识别时为空字符串',
  compute: (s) => filedLevel2(s) ?? '',
});

export const INDICATOR_LABEL_FACTS = [origin, level1Text, level2Text, level3Text, level1Canonical, level2Canonical];
