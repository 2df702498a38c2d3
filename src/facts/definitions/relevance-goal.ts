// Project facts about the 年度目标 text against the indicators: quantities the goal states that no indicator carries, or carries with another number.
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import { parseValue, type ParsedValue } from '../../grammar/value.js';
import { indicatorTarget } from './indicator-value.js';
import { foldWidth } from '../../grammar/fold.js';
import { diceSimilarity, normaliseForCompare } from '../../classify/similarity.js';
import { pieceOf, projectTextsOf, type WalkedText } from './relevance-texts.js';
import { relatedAt } from './format.js';

/** A number with its unit stated in running text (5个村, ≥95%, 15个工作日), not a year, date or amount of money. */
export interface TextQuantity {
  value: ParsedValue;
  /** The number and unit as written. */
  raw: string;
  start: number;
  end: number;
}

/** List numbers at the start of a line or after a sentence end: 1. 2、 （3） 4）. */
const LIST_NUMBER = /(^|[\n；;。：:])(\s*)([（(]\d{1,2}[)）]|\d{1,2}[.．、)）](?!\d*%))/g;

const ANY_DIGIT = /[0-9０-９]/;

/** The text with its list numbers blanked out (same length, so positions still match): 1.2025年 must not read as 1.2025. */
function withoutListNumbers(text: string): string {
  return text.replace(LIST_NUMBER, (_, lead: string, space: string, number: string) => `${lead}${space}${' '.repeat(number.length)}`);
}

/**
 * Quantities in a text, read with the one value grammar from each Arabic number on. Money and
 * dates are left out (amounts are compared by the budget rules, deadlines by the time rules);
 * `withDeadlines` keeps dates that name a month or a deadline (11月底前), for "is this text quantified".
 */
export function quantitiesIn(text: string, withDeadlines = false): TextQuantity[] {
  const found: TextQuantity[] = [];
  // Every quantity starts at a digit (full-width ones fold to digits): a text without one has none.
  if (!ANY_DIGIT.test(text)) return found;
  const folded = withoutListNumbers(foldWidth(text));
  for (const m of folded.matchAll(/(?<![\d.A-Za-z])\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const value = parseValue(text.slice(start));
    if (value.kind === 'date') {
      const deadline = value.date !== null && (value.date.month !== null || value.date.bound === 'before');
      if (withDeadlines && deadline) found.push({ value, raw: value.raw.slice(0, value.raw.length - value.tail.length).trim(), start, end: start + m[0].length });
      continue;
    }
    if (value.number === null || value.unit === null || value.unitClass === 'money') continue;
    const raw = `${value.numberRaw ?? m[0]}${value.unitRaw ?? ''}`;
    found.push({ value, raw, start, end: start + raw.length });
  }
  return found;
}

/**
 * quantitiesIn through the per-linter text cache: a goal text is read from each of its numbers to its
 * end, and the same goal wording recurs across a bureau's files. The lists are shared: never mutate them.
 */
export function sharedQuantitiesIn(ctx: FactContext, text: string, withDeadlines = false): readonly TextQuantity[] {
  return withDeadlines ? ctx.shared('goal-quantities+deadlines', text, quantitiesWithDeadlines) : ctx.shared('goal-quantities', text, quantitiesOnly);
}

/** The cache's compute functions, one each, so that a lookup allocates no closure. */
function quantitiesWithDeadlines(text: string): TextQuantity[] {
  return quantitiesIn(text, true);
}

function quantitiesOnly(text: string): TextQuantity[] {
  return quantitiesIn(text, false);
}

/** An indicator with its parsed value, shared with the value facts through the same memo key. */
interface ValuedIndicator {
  indicator: Indicator;
  value: ParsedValue;
}

function valuedIndicators(subject: ProjectSubject, ctx: FactContext): ValuedIndicator[] {
  const result: ValuedIndicator[] = [];
  for (const part of ['table', 'narrative'] as const) {
    const indicators = subject.project[part]?.indicators ?? [];
    indicators.forEach((indicator) => {
      // Shared with indicator-value.ts, so each value is parsed once per document.
      const value = indicatorTarget(indicator, ctx);
      result.push({ indicator, value });
    });
  }
  return result;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A number in its unit's base: 2.1万人 and 21000人 are the same count (万-prefixed units of every class). */
function inBase(n: number, unit: string | null): number {
  return unit !== null && unit.length > 1 && unit.startsWith('万') ? n * 1e4 : n;
}

const CLAUSE_ENDS = ['，', ',', '；', ';', '。', '、', '\n'];

/** The clause of the goal around a quantity, without its number but with its unit (个行政村): what the number counts. */
function clauseAround(text: string, q: TextQuantity): string {
  const from = Math.max(...CLAUSE_ENDS.map((p) => text.lastIndexOf(p, q.start - 1))) + 1;
  const ends = CLAUSE_ENDS.map((p) => text.indexOf(p, q.end)).filter((i) => i >= 0);
  const to = ends.length > 0 ? Math.min(...ends) : text.length;
  const numberEnd = q.start + (q.value.numberRaw?.length ?? 0);
  return `${text.slice(from, q.start)}${text.slice(numberEnd, to)}`;
}

/** How close an indicator's wording is to the goal clause (names and descriptions, Dice on bigrams). */
function closeness(clause: string, indicator: Indicator): number {
  const c = normaliseForCompare(clause);
  return Math.max(
    ...[indicator.level3?.text, indicator.description?.text].map((t) => (t ? diceSimilarity(c, normaliseForCompare(t)) : 0)),
  );
}

/** Below this closeness the goal clause and an indicator are not about the same thing. */
const SAME_SUBJECT = 0.25;

function display(v: ValuedIndicator): string {
  const i = v.indicator;
  return [i.symbol?.text, i.target?.text, i.unit?.text].filter(Boolean).join('');
}

/** A goal text of a project: a table 绩效目标 line or the narrative's stated aim. */
function isGoalText(t: WalkedText): boolean {
  return t.kind === 'goal' || (t.kind === 'purpose' && t.path.includes('narrative'));
}

/** R-REL-01. */
export const goalIndicatorConflicts = defineFact({
  name: 'goalIndicatorConflicts', scope: 'project', type: 'list',
  description: '年度目标中写出的数量（如“完成5个村改造”）在本项目指标中没有对应值：同类单位、措辞相近的指标取了别的数，或（非百分比时）没有任何同类单位的指标',
  itemKeys: ['goalQuantity', 'goalText', 'where', 'detail'],
  compute(subject, ctx) {
    if ((subject.project.table?.indicators.length ?? 0) + (subject.project.narrative?.indicators.length ?? 0) === 0) return [];
    // The values are read when a goal states a quantity at all.
    let indicators: ValuedIndicator[] | null = null;
    const items: LocatedItem[] = [];
    for (const goal of projectTextsOf(subject.document, subject.project, subject.projectIndex, ctx)) {
      if (!isGoalText(goal)) continue;
      const text = goal.source.text;
      for (const q of sharedQuantitiesIn(ctx, text)) {
        indicators ??= valuedIndicators(subject, ctx);
        const sameUnit = indicators.filter((v) => v.value.number !== null && (v.value.unit === q.value.unit || (v.value.unitClass !== null && v.value.unitClass === q.value.unitClass)));
        // A value with the same number but no unit (镇街补助款完成结算项目数 | 3) still answers the goal; its missing unit is another rule's finding.
        const unitless = indicators.filter((v) => v.value.number !== null && v.value.unit === null);
        const number = inBase(q.value.number!, q.value.unit);
        const hasNumber = (v: ValuedIndicator) =>
          sameNumber(inBase(v.value.number!, v.value.unit), number) || (v.value.numberMax !== null && sameNumber(inBase(v.value.numberMax, v.value.unit), number));
        if (sameUnit.some(hasNumber) || unitless.some(hasNumber)) continue;
        const clause = clauseAround(text, q);
        let best: ValuedIndicator | null = null;
        let score = 0;
        for (const v of sameUnit) {
          const s = closeness(clause, v.indicator);
          if (s > score) [best, score] = [v, s];
        }
        const piece = pieceOf(goal, q.start, q.end);
        if (best && score >= SAME_SUBJECT) {
          const name = best.indicator.level3?.text ?? '';
          items.push({
            span: piece.span, path: piece.path,
            data: { goalQuantity: q.raw, goalText: text, where: goal.where, detail: `与指标“${name}”的指标值“${display(best)}”不一致，两者应相同` },
            related: [relatedAt((best.indicator.target ?? best.indicator.level3 ?? best.indicator).span, `指标：${name} ${display(best)}`)],
          });
        } else if (q.value.unitClass !== 'percent' && sameUnit.length === 0) {
          // Reported only when no indicator measures this kind of quantity at all (人次 in a project with no people count):
          // a goal may mention figures (每村2名保洁员) that the indicators rightly leave to others of their kind.
          items.push({
            span: piece.span, path: piece.path,
            data: { goalQuantity: q.raw, goalText: text, where: goal.where, detail: '在本项目的指标中没有对应（没有任何同类单位的指标），应为它设置指标' },
          });
        }
      }
    }
    return items;
  },
});

export const RELEVANCE_GOAL_FACTS = [goalIndicatorConflicts];
