// Turns findings into indicator, project and document scores, keeping the deductions that produced each.
import type { Document } from '../model/index.js';
import type { Deduction, DocumentScore, IndicatorScore, Message, ProjectScore } from '../model/result.js';
import type { ActiveRule, RuleSet } from '../engine/rule-set.js';
import type { ScoringConfig } from './scoring-config.js';
import { DEFAULT_SCORING } from './scoring-defaults.js';
import { gradeOf, roundScore } from './grade.js';

type DimensionKey = keyof ScoringConfig['dimensions'];

/** A project's messages: all of them, and those on each indicator row, by part and row index. */
interface ProjectMessages {
  own: Message[];
  rows: Record<IndicatorPart, (Message[] | undefined)[]>;
}

type IndicatorPart = 'table' | 'narrative';

/** Messages grouped by project and row in one pass, instead of a scan of every message per project and per row. */
function messagesByProject(messages: Message[], projectCount: number): ProjectMessages[] {
  const groups: ProjectMessages[] = [];
  for (let i = 0; i < projectCount; i++) groups.push({ own: [], rows: { table: [], narrative: [] } });
  for (const m of messages) {
    const p = m.path;
    // Length tested first: reading past the end of the document's empty path deoptimises this loop.
    if (p.length < 2 || p[0] !== 'projects' || typeof p[1] !== 'number') continue;
    const group = groups[p[1]];
    if (group === undefined) continue;
    group.own.push(m);
    const part = p[2];
    const row = p[4];
    if (p[3] !== 'indicators' || typeof row !== 'number' || (part !== 'table' && part !== 'narrative')) continue;
    const list = group.rows[part][row];
    if (list) list.push(m);
    else group.rows[part][row] = [m];
  }
  return groups;
}

/**
 * Counts messages by rule and applies the per-rule cap (`capShare` of its dimension's points);
 * ordered by points lost, then rule id. Rules are counted in arrays searched by identity: a list
 * holds at most as many rules as the rule set, and a row's list only a few.
 */
function deductionsOf(messages: Message[], ruleSet: RuleSet, config: ScoringConfig, capShare: number): Deduction[] {
  if (messages.length === 0) return [];
  const rules: ActiveRule[] = [];
  const counts: number[] = [];
  for (const m of messages) {
    const active = ruleSet.byId.get(m.ruleId);
    if (active === undefined) continue;
    const at = rules.indexOf(active);
    if (at >= 0) counts[at]! += 1;
    else {
      rules.push(active);
      counts.push(1);
    }
  }
  const deductions: Deduction[] = [];
  for (let i = 0; i < rules.length; i++) {
    const { rule, weight } = rules[i]!;
    const dimension = rule.dimension as DimensionKey;
    const cap = config.dimensions[dimension].points * capShare;
    const points = Math.min(cap, weight * counts[i]!);
    deductions.push({ ruleId: rule.id, dimension, count: counts[i]!, points: Math.round(points * 100) / 100 });
  }
  // Rule ids are unique, so this order is total: no need to sort by id first.
  return deductions.sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
}

const PARTS: IndicatorPart[] = ['table', 'narrative'];

function indicatorScores(document: Document, projectIndex: number, rows: ProjectMessages['rows'], ruleSet: RuleSet, config: ScoringConfig): IndicatorScore[] {
  const project = document.projects[projectIndex]!;
  const scores: IndicatorScore[] = [];
  for (const part of PARTS) {
    const indicators = project[part]?.indicators;
    if (indicators === undefined) continue;
    const byRow = rows[part];
    for (let i = 0; i < indicators.length; i++) {
      const indicator = indicators[i]!;
      const own = byRow[i];
      const deductions = own === undefined ? [] : deductionsOf(own, ruleSet, config, Infinity);
      let lost = 0;
      // Fresh objects from deductionsOf: scaled in place, kept in their order by unscaled points.
      for (const d of deductions) {
        d.points = Math.round(d.points * config.indicatorPenaltyFactor * 100) / 100;
        lost += d.points;
      }
      const value = roundScore(100 - lost);
      scores.push({
        path: ['projects', projectIndex, part, 'indicators', i], level2: indicator.level2?.text ?? '', level3: indicator.level3?.text ?? '',
        line: indicator.span.line, value, grade: gradeOf(value, config).grade, deductions,
      });
    }
  }
  return scores;
}

function scoreProject(document: Document, projectIndex: number, { own, rows }: ProjectMessages, ruleSet: RuleSet, config: ScoringConfig): ProjectScore {
  const project = document.projects[projectIndex]!;
  const path = ['projects', projectIndex];
  const deductions = deductionsOf(own, ruleSet, config, config.ruleCapShare);
  const dimensions: Record<string, number> = {};
  let lostInAll = 0;
  for (const key of Object.keys(config.dimensions) as DimensionKey[]) {
    let lost = 0;
    for (const d of deductions) if (d.dimension === key) lost += d.points;
    const capped = Math.round(Math.min(config.dimensions[key].points, lost) * 100) / 100;
    dimensions[key] = capped;
    lostInAll += capped;
  }
  let value = roundScore(100 - lostInAll);
  const gatedBy: string[] = [];
  for (const d of deductions) if (ruleSet.byId.get(d.ruleId)?.rule.gate) gatedBy.push(d.ruleId);
  if (gatedBy.length > 0) value = Math.min(value, config.gateCap);
  const budget = project.table?.budget?.value ?? project.narrative?.amount?.value ?? null;
  return {
    name: project.name, kind: project.kind, path, budget, value, grade: gradeOf(value, config).grade,
    dimensions, deductions, gatedBy, indicators: indicatorScores(document, projectIndex, rows, ruleSet, config),
  };
}

/** Budget-weighted mean; projects without a budget weigh as much as the average known budget. */
function weightedMean(projects: ProjectScore[]): number {
  // Summed in a loop, not through a map/filter list: budgets mix integers, fractions and null, so such a
  // list changes element kind from one document to the next and deoptimises the code that reads it.
  let knownSum = 0;
  let knownCount = 0;
  for (const p of projects) {
    if (p.budget !== null && p.budget > 0) {
      knownSum += p.budget;
      knownCount++;
    }
  }
  const fallback = knownCount > 0 ? knownSum / knownCount : 1;
  let total = 0;
  let weights = 0;
  for (const p of projects) {
    const w = p.budget !== null && p.budget > 0 ? p.budget : fallback;
    total += p.value * w;
    weights += w;
  }
  return weights > 0 ? total / weights : 0;
}

/**
 * Document score: the budget-weighted mean of the 项目支出 projects' scores, minus a
 * document section (findings outside any project, and those on 基本支出 funds such as
 * 人员类/日常公用, whose budgets would otherwise swamp the mean), capped at
 * `documentSectionPoints`. A document with no project at all scores 0 (差).
 */
export function scoreDocument(
  document: Document, messages: Message[], ruleSet: RuleSet, config: ScoringConfig = DEFAULT_SCORING, lang: 'zh' | 'en' = 'zh',
): DocumentScore {
  const grouped = messagesByProject(messages, document.projects.length);
  // Lists built by push, not by map/filter: an optimised map returns a holey array and an interpreted
  // one a packed array, and code reading both kinds is deoptimised when it meets the one it had not seen.
  const projects: ProjectScore[] = [];
  const spending: ProjectScore[] = [];
  const basicIndexes = new Set<number>();
  for (let i = 0; i < document.projects.length; i++) {
    const score = scoreProject(document, i, grouped[i]!, ruleSet, config);
    projects.push(score);
    if (score.kind === 'project') spending.push(score);
  }
  const ranked = spending.length > 0 ? spending : projects;
  if (spending.length > 0) {
    for (let i = 0; i < document.projects.length; i++) if (document.projects[i]!.kind === 'basic') basicIndexes.add(i);
  }
  // An empty path (the document's own) is in the section; its length is tested so that nothing reads past its end.
  const sectionMessages = messages.filter((m) => m.path.length === 0 || m.path[0] !== 'projects' || basicIndexes.has(m.path[1] as number));
  const documentDeductions = deductionsOf(sectionMessages, ruleSet, config, Infinity);
  const section = Math.min(config.documentSectionPoints, documentDeductions.reduce((s, d) => s + d.points, 0));
  const base = ranked.length > 0 ? weightedMean(ranked) : 0;
  let value = roundScore(base - section);
  // A gate finding outside any project (e.g. no indicator table at all) caps the document too.
  if (documentDeductions.some((d) => ruleSet.byId.get(d.ruleId)?.rule.gate)) value = Math.min(value, config.gateCap);
  const band = gradeOf(value, config);
  return { value, grade: band.grade, consequence: lang === 'en' ? band.consequenceEn : band.consequence, documentDeductions, projects };
}
