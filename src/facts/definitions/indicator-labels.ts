// Indicator facts about the category labels (一级/二级) and the name (三级), as written and canonicalised.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import type { Level1Key, Level2Key } from '../../lexicon/categories.js';
import { ROW, readingsOf } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';
import { byParent, resolveLevel1, resolveLevel2, type ByParent } from './structure-categories.js';

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
  compute: (s, ctx) => filedLevel1(s, ctx) ?? '',
});

/**
 * A category label as the content rules understand it: cleaned of template hints, traditional
 * characters and mirror pinyin (resolveLevel*), and reading the non-standard 值 labels of some
 * templates (产出值, 成本值) as their 指标 names. unknown-level1-or-level2 still reports those
 * labels; the other rules should not lose sight of a cost row because its label is 成本值.
 */
function understood<T>(label: string, resolve: (l: string) => T | null): T | null {
  return resolve(label) ?? (/值$/u.test(label) ? resolve(label.replace(/值$/u, '指标')) : null);
}

/** The filed 一级 and 二级 keys of an indicator as the content rules understand them. */
interface Filed {
  level1: string | null;
  level2: string | null;
}

function filed(indicator: Indicator, ctx: FactContext | undefined): Filed {
  if (!ctx) return filedOf(indicator, resolveLevel1, resolveLevel2);
  // Once per indicator and document; each label is understood once per linter (the name cache),
  // a 二级 label under every 一级 at once.
  return readingsOf(ctx, indicator).get(ROW.filed, readFiled, indicator, ctx);
}

function readFiled(indicator: Indicator, ctx: FactContext): Filed {
  const readings = readingsOf(ctx, indicator);
  const level1 = readings.label1(ctx).get(SLOT.filedLevel1, readFiledLevel1);
  const level2 = readings.label2(ctx).get(SLOT.filedLevel2ByParent, readFiledLevel2ByParent)[level1 ?? 'NONE'];
  return { level1, level2 };
}

/** The 一级 key of a trimmed text as the content rules understand it. */
const readFiledLevel1 = (t: string): Level1Key | null => understood(t.trim(), resolveLevel1);

/** The 二级 key of a trimmed text as the content rules understand it, under every 一级. */
const readFiledLevel2ByParent = (t: string): ByParent<Level2Key | null> => {
  const label = t.trim();
  return byParent((parent) => understood(label, (l) => resolveLevel2(l, parent)));
};

function filedOf(
  indicator: Indicator,
  level1: (label: string) => Level1Key | null,
  level2: (label: string, l1: Level1Key | null) => Level2Key | null,
): Filed {
  const l1 = understood(text(indicator.level1), level1);
  return { level1: l1, level2: understood(text(indicator.level2), (l) => level2(l, l1)) };
}

export function filedLevel1(s: IndicatorSubject, ctx?: FactContext): string | null {
  return filed(s.indicator, ctx).level1;
}

/** An indicator's 二级 category key, read in the light of its 一级 (成本指标 under 产出 is the 2015 ECON_COST). */
export function indicatorLevel2(indicator: Indicator, ctx?: FactContext): string | null {
  return filed(indicator, ctx).level2;
}

/** The filed 二级 category of a subject's indicator. */
export function filedLevel2(s: IndicatorSubject, ctx?: FactContext): string | null {
  return indicatorLevel2(s.indicator, ctx);
}

export const level2Canonical = defineFact({
  name: 'level2Canonical', scope: 'indicator', type: 'string',
  description: '二级指标的规范类别：QTY/QUAL/TIME/ECON_COST/SOC_COST/ECO_COST/ECON_BEN/SOC_BEN/ECO_BEN/SUSTAIN/SAT_SUB，无法识别时为空字符串',
  compute: (s, ctx) => filedLevel2(s, ctx) ?? '',
});

export const INDICATOR_LABEL_FACTS = [origin, level1Text, level2Text, level3Text, level1Canonical, level2Canonical];
