// Money facts (family E, R-FIN-07/09): the department total against the funds it lists, and projects whose targets all sit at 95–100%.
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator, Project } from '../../model/index.js';
import { parseValue, type ParsedValue } from '../../grammar/value.js';
import { indicatorTarget } from './indicator-value.js';
import { formatYuan } from './format.js';

// ── R-FIN-07: stated totals ───────────────────────────────────────────────────────────────────────

const AMOUNT = String.raw`(\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元))`;
const CONNECT = String.raw`(?:总额|总计|合计|共计|总数|数)?(?:为|是|共计|共|合计|总计|安排|达到|达|：|:)?\s*`;
/** 基本支出 / 项目支出 with an amount: a breakdown of the department total. */
const BREAKDOWN = new RegExp(String.raw`(基本支出|项目支出)(?:预算|资金|经费)?${CONNECT}${AMOUNT}`, 'g');
/** Labels of the whole department budget followed by an amount. */
const TOTAL = new RegExp(String.raw`(部门预算|预算总额|预算总数|总预算|收支预算|支出预算|预算数|预算资金|年度预算|预算安排)${CONNECT}${AMOUNT}`, 'g');
/** Words just before a total label that make it a part, not the whole (基本支出预算数, 其中项目支出预算, 收入预算). */
const PART_BEFORE = /基本|项目|人员|公用|收入|其中|专项|本项|该项/;
/** Words that make an amount another year's, for comparison (较上年预算数…, 2024年预算数…). */
const OTHER_YEAR_BEFORE = /上年|去年|上一年|往年|较|同比|比上|上年度/;

/** True when the clause before an amount speaks of another year than the document's. */
function otherYear(clause: string, year: number | null): boolean {
  if (OTHER_YEAR_BEFORE.test(clause)) return true;
  if (year === null) return false;
  return [...clause.matchAll(/((?:19|20)\d{2})\s*年/g)].some((m) => Number(m[1]) !== year);
}

export interface StatedAmount {
  label: string;
  yuan: number;
  raw: string;
  /** String offsets of the amount in the text. */
  start: number;
  end: number;
}

function amountOf(raw: string): number | null {
  // The one value grammar reads the amount and converts 万元/亿元 to 元.
  return parseValue(raw.replace(/，/g, ',')).moneyYuan;
}

/** The clause before `index` (back to the last ，。；), at most `max` characters. */
function clauseBefore(text: string, index: number, max: number): string {
  const before = text.slice(Math.max(0, index - max), index);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(','));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

export interface StatedTotals {
  total: StatedAmount | null;
  basic: StatedAmount | null;
  project: StatedAmount | null;
}

/**
 * Reads the department total and its 基本支出 / 项目支出 breakdown from a narrative text (first of
 * each), skipping amounts said of another year (较上年预算数…, 2024年预算数… in a 2025 document).
 */
export function readStatedTotals(text: string, year: number | null = null): StatedTotals {
  const found: StatedTotals = { total: null, basic: null, project: null };
  // Every amount ends in 元, both breakdown labels have 支出 and every total label has 预算: a text
  // without them is not scanned for those.
  if (!text.includes('元')) return found;
  if (text.includes('支出')) readBreakdown(text, year, found);
  if (!text.includes('预算')) return found;
  for (const m of text.matchAll(TOTAL)) {
    if (PART_BEFORE.test(clauseBefore(text, m.index, 10)) || otherYear(clauseBefore(text, m.index, 16), year)) continue;
    const yuan = amountOf(m[2]!);
    if (yuan === null) continue;
    const start = m.index + m[0].length - m[2]!.length;
    // An amount already read as a breakdown is not the total.
    if ((found.basic !== null && found.basic.start === start) || (found.project !== null && found.project.start === start)) continue;
    found.total = { label: m[1]!, yuan, raw: m[2]!, start, end: start + m[2]!.length };
    break;
  }
  return found;
}

/** The first 基本支出 and 项目支出 amounts of the text (not said of another year) into `found`. */
function readBreakdown(text: string, year: number | null, found: StatedTotals): void {
  for (const m of text.matchAll(BREAKDOWN)) {
    if (otherYear(clauseBefore(text, m.index, 16), year)) continue;
    const yuan = amountOf(m[2]!);
    if (yuan === null) continue;
    const start = m.index + m[0].length - m[2]!.length;
    const amount = { label: m[1]!, yuan, raw: m[2]!, start, end: start + m[2]!.length };
    if (m[1] === '基本支出') found.basic ??= amount;
    else found.project ??= amount;
  }
}

function fundAmount(project: Project): number | null {
  return project.narrative?.amount?.value ?? project.table?.budget?.value ?? null;
}

/** Sum of the funds' amounts, and whether every fund had one. */
function sumOf(projects: readonly Project[]): { sum: number; complete: boolean; count: number } {
  let sum = 0;
  let complete = true;
  for (const p of projects) {
    const amount = fundAmount(p);
    if (amount === null) complete = false;
    else sum += amount;
  }
  return { sum, complete, count: projects.length };
}

/** Rounding in 万元 with two decimals is up to 50元; allow 0.05% and at least 1元. */
function differs(stated: number, computed: number): boolean {
  return Math.abs(stated - computed) > Math.max(1, stated * 5e-4);
}

export interface TotalProblem {
  amount: StatedAmount;
  statedLabel: string;
  computed: number;
  detail: string;
}

/**
 * Where the stated totals disagree with the funds listed: the department total below the sum of all
 * funds (it must cover them), a 基本支出 or 项目支出 figure different from the funds of that kind, or a
 * total different from its own breakdown. A total above the funds listed is accepted: a department
 * may have funds without a narrative paragraph.
 */
export function totalProblems(totals: StatedTotals, projects: readonly Project[]): TotalProblem[] {
  const problems: TotalProblem[] = [];
  const all = sumOf(projects);
  const basic = sumOf(projects.filter((p) => p.kind === 'basic'));
  const project = sumOf(projects.filter((p) => p.kind === 'project'));
  if (totals.total && all.sum > 0 && all.sum - totals.total.yuan > Math.max(1, totals.total.yuan * 5e-4)) {
    problems.push({
      amount: totals.total, statedLabel: totals.total.label, computed: all.sum,
      detail: `所列${all.count}项资金合计${formatYuan(all.sum)}，超过了部门预算总数`,
    });
  }
  if (totals.basic && basic.count > 0 && basic.complete && differs(totals.basic.yuan, basic.sum)) {
    problems.push({
      amount: totals.basic, statedLabel: '基本支出', computed: basic.sum,
      detail: `所列${basic.count}项基本支出（人员类、日常公用等）合计${formatYuan(basic.sum)}`,
    });
  }
  if (totals.project && project.count > 0 && project.complete && differs(totals.project.yuan, project.sum)) {
    problems.push({
      amount: totals.project, statedLabel: '项目支出', computed: project.sum,
      detail: `所列${project.count}个项目的预算合计${formatYuan(project.sum)}`,
    });
  }
  if (totals.total && totals.basic && totals.project && differs(totals.total.yuan, totals.basic.yuan + totals.project.yuan)) {
    problems.push({
      amount: totals.total, statedLabel: totals.total.label, computed: totals.basic.yuan + totals.project.yuan,
      detail: `同段所写基本支出${formatYuan(totals.basic.yuan)}与项目支出${formatYuan(totals.project.yuan)}之和为${formatYuan(totals.basic.yuan + totals.project.yuan)}`,
    });
  }
  return problems;
}

/** The amount as written, with its value in 元 when it was written in 万元 or 亿元. */
function statedDisplay(amount: StatedAmount): string {
  return /[万亿]元$/.test(amount.raw) ? `${amount.raw}（${formatYuan(amount.yuan)}）` : amount.raw;
}

export const budgetTotalProblems = defineFact({
  name: 'budgetTotalProblems', scope: 'document', type: 'list',
  description: '总体绩效目标中写明的部门预算总数、基本支出或项目支出金额，与所列各项资金的金额对不上之处（文中没有写总数时为空）',
  itemKeys: ['statedLabel', 'stated', 'computed', 'detail'],
  compute(s) {
    const goal = s.document.overallGoal;
    if (!goal) return [];
    const totals = readStatedTotals(goal.text, s.document.year?.value ?? null);
    // Most goals state no total: then there is nothing to add up.
    if (totals.total === null && totals.basic === null && totals.project === null) return [];
    const problems = totalProblems(totals, s.document.projects);
    return problems.map((p): LocatedItem => ({
      // The whole paragraph: the model has no finer node, and the message quotes the amount.
      span: goal.span,
      path: ['overallGoal'],
      data: { statedLabel: p.statedLabel, stated: statedDisplay(p.amount), computed: formatYuan(p.computed), detail: p.detail },
    }));
  },
});

// ── R-FIN-09: every target at 95–100% ─────────────────────────────────────────────────────────────

/**
 * A "safe" high target: 95 to 100 on a percentage scale (a % value, or a bare number that reads as
 * one, like the ≥95 of a boilerplate table), written as a lower bound or a point.
 */
export function isHighTarget(v: ParsedValue): boolean {
  if (v.number === null || v.direction === '≤' || v.direction === '<') return false;
  const percentLike = v.unit === '%' || (v.unit === null && v.number > 0 && v.number <= 100);
  return percentLike && v.number >= 95 && v.number <= 100;
}

interface TargetLevels {
  numeric: number;
  high: number;
}

/** The indicators a project's targets are judged on: its table when it has rows, else its narrative list. */
function judgedIndicators(project: Project): readonly Indicator[] {
  const table = project.table?.indicators ?? [];
  return table.length > 0 ? table : (project.narrative?.indicators ?? []);
}

/** The memo's table maker: one function, so a look-up allocates no closure (three facts ask per project). */
function newLevelsTable(): Map<Project, TargetLevels> {
  return new Map();
}

function targetLevels(s: ProjectSubject, ctx: FactContext): TargetLevels {
  const memo = ctx.memo('target-levels', newLevelsTable);
  let levels = memo.get(s.project);
  if (levels === undefined) {
    levels = countLevels(judgedIndicators(s.project), ctx);
    memo.set(s.project, levels);
  }
  return levels;
}

function countLevels(list: readonly Indicator[], ctx: FactContext): TargetLevels {
  let numeric = 0;
  let high = 0;
  for (const ind of list) {
    // Shared with the indicator facts, so each value is parsed once per document.
    const v = indicatorTarget(ind, ctx);
    if (v.number === null) continue;
    numeric += 1;
    if (isHighTarget(v)) high += 1;
  }
  return { numeric, high };
}

export const numericTargetCount = defineFact({
  name: 'numericTargetCount', scope: 'project', type: 'number',
  description: '项目指标中带数值的指标个数（有项目表时按项目表，否则按叙述）',
  compute: (s, ctx) => targetLevels(s, ctx).numeric,
});

export const highTargetCount = defineFact({
  name: 'highTargetCount', scope: 'project', type: 'number',
  description: '项目指标中目标定在95%–100%（含不带单位的95–100）的指标个数',
  compute: (s, ctx) => targetLevels(s, ctx).high,
});

export const highTargetShare = defineFact({
  name: 'highTargetShare', scope: 'project', type: 'number',
  description: '带数值的指标中目标定在95%–100%的比例（0–1，保留2位小数）；没有数值指标时为 0',
  compute(s, ctx) {
    const { numeric, high } = targetLevels(s, ctx);
    return numeric === 0 ? 0 : Math.round((high / numeric) * 100) / 100;
  },
});

export const MONEY_TOTAL_FACTS = [budgetTotalProblems, numericTargetCount, highTargetCount, highTargetShare];
