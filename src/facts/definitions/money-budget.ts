// Money facts (family E, R-FIN-01/02/03): cost indicators measured against the project's 预算数, and unit cost × quantity.
import { defineFact, type FactContext, type IndicatorSubject } from '../types.js';
import type { Indicator, Project } from '../../model/index.js';
import { formatValue, parseValue, type ParsedValue } from '../../grammar/value.js';
import { lookupUnit } from '../../lexicon/units.js';
import { filedLevel2, indicatorLevel2 } from './indicator-labels.js';
import { ROW, readingsOf, rowTarget } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';
import { indicatorTarget } from './indicator-value.js';
import { formatYuan } from './format.js';

/** The project's budget in 元: the table's 预算数, else the narrative's 年初安排 amount; null when neither is given. */
export function projectBudget(project: Project): number | null {
  const budget = project.table?.budget?.value ?? project.narrative?.amount?.value ?? null;
  return budget !== null && budget > 0 ? budget : null;
}

/** Names of per-unit costs (人均培训成本, 单位保洁成本, 补助标准): an amount per something, never comparable with the whole budget. */
const PER_UNIT_NAME = /人均|户均|亩均|生均|次均|车均|均价|单位|单价|单次|每|平均|标准|\/|／/;

/** Names of the whole cost of the project (项目总成本, 经费总额, 项目支出): comparable with 预算数 in both directions. */
const TOTAL_COST_NAME = /总成本|总费用|总额|总投资|总投入|总支出|总经费|总金额|总造价|总预算|(?:成本|费用|资金|经费|支出)总|^项目(?:成本|经费|支出|费用|资金)$|^(?:成本|经费|支出|费用)$|全年(?:成本|经费|支出|费用)|全部(?:成本|经费|支出|费用)/;

function cleanName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/[（(][^（()）]*[)）]$/, '');
}

export function isPerUnitCostName(name: string): boolean {
  return PER_UNIT_NAME.test(cleanName(name));
}

export function isTotalCostName(name: string): boolean {
  const text = cleanName(name);
  return TOTAL_COST_NAME.test(text) && !PER_UNIT_NAME.test(text);
}

/**
 * The amount in 元 of an economic cost indicator that is an amount for the whole project or a part
 * of it (not per person, per 平方米 …): only such an amount can be compared with 预算数.
 */
export function wholeCostYuan(v: ParsedValue, name: string, level2: string | null): number | null {
  if (level2 !== 'ECON_COST' || v.moneyYuan === null || v.unit === null || v.unit.includes('/')) return null;
  if (v.kind !== 'quantity' || isPerUnitCostName(name)) return null;
  return v.moneyYuan;
}

const nameOf = (s: IndicatorSubject) => s.indicator.level3?.text.trim() ?? '';
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** The memo's table maker: one function, so a look-up allocates no closure. */
function newCostTable(): Map<Indicator, number | null> {
  return new Map();
}

/**
 * wholeCostYuan of the row, once per indicator per document: four facts ask for it, and each answer
 * would clean and match the name again.
 */
function costAmount(s: IndicatorSubject, ctx: FactContext): number | null {
  const level2 = filedLevel2(s, ctx);
  // wholeCostYuan answers null for anything but an economic cost: only those read the value and the name.
  if (level2 !== 'ECON_COST') return null;
  const table = ctx.memo('money:cost-amount', newCostTable);
  let amount = table.get(s.indicator);
  if (amount === undefined) {
    amount = wholeCostYuan(rowTarget(s, ctx), nameOf(s), level2);
    table.set(s.indicator, amount);
  }
  return amount;
}

/** isTotalCostName of the trimmed name, as a reader of the name's analysis. */
const readTotalCost = (text: string): boolean => isTotalCostName(text.trim());

export const projectBudgetYuan = defineFact({
  name: 'projectBudgetYuan', scope: 'indicator', type: 'number',
  description: '指标所属项目的预算数（元）：取项目表预算数，没有项目表时取叙述中的年初安排金额；都没有时为 null',
  compute: (s) => projectBudget(s.project),
});

export const projectBudgetDisplay = defineFact({
  name: 'projectBudgetDisplay', scope: 'indicator', type: 'string',
  description: '指标所属项目的预算数，按元写出（如“20000元”），没有时为空字符串',
  compute: (s) => {
    const budget = projectBudget(s.project);
    return budget === null ? '' : formatYuan(budget);
  },
});

export const costAmountYuan = defineFact({
  name: 'costAmountYuan', scope: 'indicator', type: 'number',
  description: '经济成本指标的整体金额（元，万元已换算）；人均、单位成本等按单位计的金额和非成本指标为 null',
  compute: (s, ctx) => costAmount(s, ctx),
});

export const costAmountDisplay = defineFact({
  name: 'costAmountDisplay', scope: 'indicator', type: 'string',
  description: '经济成本指标的整体金额，按元写出（如“450000元”），没有时为空字符串',
  compute: (s, ctx) => {
    const amount = costAmount(s, ctx);
    return amount === null ? '' : formatYuan(amount);
  },
});

export const costBudgetRatio = defineFact({
  name: 'costBudgetRatio', scope: 'indicator', type: 'number',
  description: '经济成本指标的整体金额与项目预算数之比（保留4位小数），缺一方时为 null',
  compute(s, ctx) {
    const amount = costAmount(s, ctx);
    const budget = projectBudget(s.project);
    return amount === null || budget === null ? null : round4(amount / budget);
  },
});

export const totalCostBudgetRatio = defineFact({
  name: 'totalCostBudgetRatio', scope: 'indicator', type: 'number',
  description: '名称表明是项目总成本（总成本、经费总额、项目支出……）的成本指标，其金额与预算数之比；其他指标为 null',
  compute(s, ctx) {
    // A non-cost row has no amount, whatever its name: its name is not read.
    if (filedLevel2(s, ctx) !== 'ECON_COST' || !readingsOf(ctx, s.indicator).name(ctx).get(SLOT.totalCost, readTotalCost)) return null;
    const amount = costAmount(s, ctx);
    const budget = projectBudget(s.project);
    return amount === null || budget === null ? null : round4(amount / budget);
  },
});

// ── R-FIN-03: unit cost × quantity ────────────────────────────────────────────────────────────────

/** Per-unit money: '元/人·月' → base 人, period 月. Null when the unit is not money per something. */
export function perUnitParts(v: ParsedValue): { base: string; period: string | null } | null {
  if (v.unitClass !== 'money' || v.unit === null || v.moneyYuan === null) return null;
  const slash = v.unit.indexOf('/');
  if (slash < 0) return null;
  const [base, period] = v.unit.slice(slash + 1).split(/[·•.]/);
  if (!base) return null;
  return { base: lookupUnit(base)?.unit ?? base, period: period ?? null };
}

/** Periods a per-unit cost can be scaled to a year by; per day or per visit costs are left alone (no way to know how many). */
const PERIODS_PER_YEAR: Readonly<Record<string, number>> = { 年: 1, 月: 12, 季度: 4, 季: 4 };

/** How many `base` units one `unit` of the quantity is: 1 for the same unit, 1e4 for its 万 form (万平方米 vs 平方米). */
function scaleOf(unit: string, base: string): number | null {
  if (unit === base) return 1;
  if (unit === `万${base}`) return 1e4;
  return null;
}

export interface UnitCostPairing {
  quantity: Indicator;
  quantityValue: ParsedValue;
  product: number;
  /** Product over the reference it is closest to (预算数 or a total-cost row). */
  ratio: number;
  referenceLabel: string;
  referenceYuan: number;
  /** No other money cost row in the same list: the unit cost is meant to cover the whole project. */
  soleCost: boolean;
}

function readValue(ind: Indicator): ParsedValue {
  return parseValue(ind.target?.text ?? '', { symbol: ind.symbol?.text ?? null, unit: ind.unit?.text ?? null });
}

/**
 * Pairs a per-unit cost with the one quantity counted in the same unit (人, 户, 平方米 …) in the same
 * list of indicators, and compares their product with 预算数 and with any total-cost row. Null when
 * there is no pairing or it is ambiguous (two quantities with different numbers).
 */
export function pairUnitCost(own: Indicator, siblings: readonly Indicator[], budget: number | null, ctx?: FactContext): UnitCostPairing | null {
  // With a context, each row's 二级 and value are read once per document, not once per cost row that looks at it.
  const level2Of = (ind: Indicator) => indicatorLevel2(ind, ctx);
  const valueOf = ctx ? (ind: Indicator) => indicatorTarget(ind, ctx) : readValue;
  if (level2Of(own) !== 'ECON_COST') return null;
  const v = valueOf(own);
  const parts = perUnitParts(v);
  if (!parts) return null;
  const perYear = parts.period === null ? 1 : PERIODS_PER_YEAR[parts.period];
  if (perYear === undefined) return null;

  const candidates: { ind: Indicator; value: ParsedValue; scale: number }[] = [];
  const references: { label: string; yuan: number }[] = budget === null ? [] : [{ label: '预算数', yuan: budget }];
  let otherCosts = 0;
  for (const ind of siblings) {
    if (ind === own) continue;
    const value = valueOf(ind);
    const level2 = level2Of(ind);
    if (level2 === 'ECON_COST' && value.unitClass === 'money') {
      otherCosts += 1;
      const name = ind.level3?.text ?? '';
      const whole = wholeCostYuan(value, name, level2);
      if (whole !== null && isTotalCostName(name)) references.push({ label: `总成本指标“${name.trim()}”`, yuan: whole });
      continue;
    }
    if (value.number === null || value.unit === null || value.unitClass === 'money' || value.kind !== 'quantity') continue;
    const scale = scaleOf(value.unit, parts.base);
    if (scale !== null) candidates.push({ ind, value, scale });
  }
  // Several quantities in the unit: prefer the 数量指标 ones; give up when they still disagree.
  const qty = candidates.filter((c) => level2Of(c.ind) === 'QTY');
  const pool = qty.length > 0 ? qty : candidates;
  const counts = new Set(pool.map((c) => c.value.number! * c.scale));
  if (pool.length === 0 || counts.size !== 1 || references.length === 0) return null;
  const chosen = pool[0]!;
  const product = v.moneyYuan! * chosen.value.number! * chosen.scale * perYear;
  let best: { label: string; yuan: number; ratio: number } | null = null;
  for (const ref of references) {
    const ratio = product / ref.yuan;
    if (!best || Math.abs(Math.log(ratio)) < Math.abs(Math.log(best.ratio))) best = { ...ref, ratio };
  }
  return {
    quantity: chosen.ind, quantityValue: chosen.value, product, ratio: round4(best!.ratio),
    referenceLabel: best!.label, referenceYuan: best!.yuan, soleCost: otherCosts === 0,
  };
}

function siblingsOf(s: IndicatorSubject): readonly Indicator[] {
  return (s.part === 'table' ? s.project.table?.indicators : s.project.narrative?.indicators) ?? [];
}

function pairing(s: IndicatorSubject, ctx: FactContext): UnitCostPairing | null {
  return readingsOf(ctx, s.indicator).get(ROW.unitCost, readPairing, s, ctx);
}

const readPairing = (s: IndicatorSubject, ctx: FactContext): UnitCostPairing | null =>
  pairUnitCost(s.indicator, siblingsOf(s), projectBudget(s.project), ctx);

export const unitCostProductRatio = defineFact({
  name: 'unitCostProductRatio', scope: 'indicator', type: 'number',
  description: '单位成本 × 同单位数量指标的乘积与预算数（或总成本指标）之比，取最接近1的一个；无法配对时为 null',
  compute: (s, ctx) => pairing(s, ctx)?.ratio ?? null,
});

export const unitCostIsSoleCost = defineFact({
  name: 'unitCostIsSoleCost', scope: 'indicator', type: 'boolean',
  description: '该单位成本是同一指标表中唯一的金额型成本指标（因此应覆盖全部预算）',
  compute: (s, ctx) => pairing(s, ctx)?.soleCost ?? false,
});

export const unitCostQuantityName = defineFact({
  name: 'unitCostQuantityName', scope: 'indicator', type: 'string',
  description: '与单位成本配对的数量指标名称，无法配对时为空字符串',
  compute: (s, ctx) => pairing(s, ctx)?.quantity.level3?.text.trim() ?? '',
});

export const unitCostQuantityDisplay = defineFact({
  name: 'unitCostQuantityDisplay', scope: 'indicator', type: 'string',
  description: '与单位成本配对的数量指标的指标值（规范写法），无法配对时为空字符串',
  compute: (s, ctx) => {
    const p = pairing(s, ctx);
    return p ? formatValue(p.quantityValue) : '';
  },
});

export const unitCostProductDisplay = defineFact({
  name: 'unitCostProductDisplay', scope: 'indicator', type: 'string',
  description: '单位成本 × 数量（按年换算）的乘积，按元写出，无法配对时为空字符串',
  compute: (s, ctx) => {
    const p = pairing(s, ctx);
    return p ? formatYuan(p.product) : '';
  },
});

export const unitCostReference = defineFact({
  name: 'unitCostReference', scope: 'indicator', type: 'string',
  description: '乘积所比较的对象及其金额（如“预算数102000元”），无法配对时为空字符串',
  compute: (s, ctx) => {
    const p = pairing(s, ctx);
    return p ? `${p.referenceLabel}${formatYuan(p.referenceYuan)}` : '';
  },
});

export const MONEY_BUDGET_FACTS = [
  projectBudgetYuan, projectBudgetDisplay, costAmountYuan, costAmountDisplay, costBudgetRatio, totalCostBudgetRatio,
  unitCostProductRatio, unitCostIsSoleCost, unitCostQuantityName, unitCostQuantityDisplay, unitCostProductDisplay,
  unitCostReference,
];
