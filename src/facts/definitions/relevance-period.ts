// Project facts about time in annual targets: multi-year periods (十四五期间, 三年内) and deadlines outside the budget year.
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { ParsedValue } from '../../grammar/value.js';
import { indicatorTarget } from './indicator-value.js';
import { readDate } from '../../grammar/date.js';
import { indicatorLevel2 } from './indicator-labels.js';
import { findPeriods } from '../../lexicon/periods.js';
import type { Indicator } from '../../model/index.js';
import { contextOf, pieceOf, projectTextsOf, spanKey, type WalkedText } from './relevance-texts.js';
import { MULTI_YEAR, projectTextsWithCue, YEAR } from './text-prefilter.js';

/** 可持续影响 indicators are about effects beyond the year by definition; their period wording is expected. */
function isSustainability(indicator: Indicator | undefined, ctx: FactContext): boolean {
  if (!indicator) return false;
  return indicatorLevel2(indicator, ctx) === 'SUSTAIN';
}

/**
 * The annual-target texts of a project: 年度目标 lines, the narrative's stated aim, and indicator names
 * and values (of an indicator that is not 可持续影响, checked by the caller). Not the 指标值确定依据 (a
 * basis may cite a five-year plan, which is good practice) and not the description (it may explain a baseline).
 */
function isTargetText(t: WalkedText): boolean {
  return t.kind === 'goal' || t.kind === 'purpose' || (t.kind === 'indicator' && (t.column === 'level3' || t.column === 'target'));
}

/**
 * The texts of a project with any of `cues` (only those can hold what the caller looks for), in order; a
 * project not at its index, as a test may build, is read whole.
 */
function projectCandidates(subject: ProjectSubject, ctx: FactContext, cues: number): readonly WalkedText[] {
  const { document, project, projectIndex } = subject;
  if (document.projects[projectIndex] !== project) return projectTextsOf(document, project, projectIndex, ctx);
  return projectTextsWithCue(document, ctx, cues)[projectIndex]!;
}

/** R-REL-04. */
export const longTermPhrases = defineFact({
  name: 'longTermPhrases', scope: 'project', type: 'list',
  description: '年度目标、指标名称或指标值中的多年期表述（十四五期间、三年内、2023-2025年），可持续影响指标除外',
  itemKeys: ['value', 'where', 'context'],
  compute(subject, ctx) {
    const items: LocatedItem[] = [];
    const seen = new Set<string>();
    for (const t of projectCandidates(subject, ctx, MULTI_YEAR)) {
      if (!isTargetText(t)) continue;
      const periods = findPeriods(t.source.text);
      // The 二级 label is read only for an indicator text that has a period: most have none.
      if (periods.length === 0 || (t.kind === 'indicator' && isSustainability(t.indicator, ctx))) continue;
      for (const p of periods) {
        const piece = pieceOf(t, p.index, p.index + p.text.length);
        if (seen.has(spanKey(piece.span))) continue;
        seen.add(spanKey(piece.span));
        items.push({ span: piece.span, path: piece.path, data: { value: p.text, where: t.where, context: contextOf(t.source.text, p.index, p.index + p.text.length) } });
      }
    }
    return items;
  },
});

/** A date is a deadline when it names a month (2024年12月底, 2024年年底) or a within/before bound (2024年内, 2024年前). */
function isDeadline(date: ParsedValue['date']): boolean {
  return date !== null && date.year !== null && (date.month !== null || date.bound === 'before' || date.bound === 'within');
}

/** Words before a date that make it a baseline or a comparison, not a deadline: 较2024年底, 截至2024年12月. */
const BASELINE_BEFORE = /(?:较|比|相比|同比|截至|截止|截止到|自|从)\s*$/;
/** Words after a date that make it a baseline: 2024年底以来, 2024年12月的基础上. */
const BASELINE_AFTER = /^\s*(?:以来|的?基础|同期|水平|相比|的(?:数据|水平|基数))/;

/** A year written in a goal, where a deadline may start (readDate reads the rest). */
const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d{2}\s*年/g;

/** R-REL-05. */
export const datesOutsideBudgetYear = defineFact({
  name: 'datesOutsideBudgetYear', scope: 'project', type: 'list',
  description: '指标值或年度目标中的完成时限（带年份的月份、年底、年内、年前）不在文档的预算年度内',
  itemKeys: ['value', 'year', 'budgetYear', 'where'],
  compute(subject, ctx) {
    const budgetYear = subject.document.year?.value;
    if (budgetYear === undefined) return [];
    const items: LocatedItem[] = [];
    for (const part of ['table', 'narrative'] as const) {
      const indicators = subject.project[part]?.indicators;
      if (!indicators) continue;
      for (let i = 0; i < indicators.length; i++) {
        const indicator = indicators[i]!;
        // Shared with indicator-value.ts, so each value is parsed once per document.
        const value = indicatorTarget(indicator, ctx);
        if (value.kind !== 'date' || !isDeadline(value.date) || value.date!.year === budgetYear || !indicator.target) continue;
        items.push({
          span: indicator.target.span,
          path: [...subject.path, part, 'indicators', i, 'target'],
          data: {
            value: indicator.target.text, year: value.date!.year, budgetYear,
            where: `项目“${subject.project.name}”${part === 'table' ? '项目表' : '叙述'}中指标“${indicator.level3?.text ?? ''}”的指标值`,
          },
        });
      }
    }
    // Every year the pattern finds is a YEAR cue.
    for (const t of projectCandidates(subject, ctx, YEAR)) {
      if (t.kind !== 'goal' && t.kind !== 'purpose') continue;
      const text = t.source.text;
      for (const m of text.matchAll(YEAR_IN_TEXT)) {
        const date = readDate(text, m.index);
        if (!date || !isDeadline(date) || date.year === budgetYear) continue;
        if (BASELINE_BEFORE.test(text.slice(0, m.index)) || BASELINE_AFTER.test(text.slice(m.index + date.length))) continue;
        const piece = pieceOf(t, m.index, m.index + date.length);
        items.push({ span: piece.span, path: piece.path, data: { value: piece.text, year: date.year, budgetYear, where: t.where } });
      }
    }
    return items;
  },
});

export const RELEVANCE_PERIOD_FACTS = [longTermPhrases, datesOutsideBudgetYear];
