// Project facts about one 资金支出进度 on its own: counts, order, rise to 100%, and the pace planned by given months.
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Checkpoint, Schedule } from '../../model/index.js';
import { formatPercent } from './format.js';

type Part = 'narrative' | 'table';

interface PartSchedule {
  part: Part;
  schedule: Schedule;
  /** 叙述 / 项目表, for messages. */
  where: string;
}

function partSchedules(subject: ProjectSubject): PartSchedule[] {
  const found: PartSchedule[] = [];
  const n = subject.project.narrative?.schedule;
  const t = subject.project.table?.schedule;
  if (n && n.checkpoints.length > 0) found.push({ part: 'narrative', schedule: n, where: '叙述' });
  if (t && t.checkpoints.length > 0) found.push({ part: 'table', schedule: t, where: '项目表' });
  return found;
}

function checkpointPath(subject: ProjectSubject, part: Part, index: number, field: 'label' | 'percent') {
  return [...subject.path, part, 'schedule', 'checkpoints', index, field];
}

function labels(schedule: Schedule): string {
  return schedule.checkpoints.map((c) => c.label.text).join('、');
}

/**
 * R-PROG-02. The parser pairs labels and percentages by position: a label without a percentage keeps
 * percent null, and percentages after the last label are dropped. The dropped ones can only be seen in
 * the narrative, whose schedule span runs to the end of the percentage list; in a table they are lost.
 */
export const scheduleCountMismatches = defineFact({
  name: 'scheduleCountMismatches', scope: 'project', type: 'list',
  description: '资金支出进度的时间节点与百分比个数不一致：有节点没有百分比（叙述和项目表），或叙述中百分比多于节点',
  itemKeys: ['where', 'labels', 'labelCount', 'percentCount', 'detail'],
  compute(subject) {
    const items: LocatedItem[] = [];
    for (const { part, schedule, where } of partSchedules(subject)) {
      const cps = schedule.checkpoints;
      const missing = cps.map((c, i) => ({ c, i })).filter(({ c }) => c.percent === null);
      const withPercent = cps.length - missing.length;
      const data = { where, labels: labels(schedule), labelCount: cps.length, percentCount: withPercent };
      if (missing.length > 0) {
        const first = missing[0]!;
        items.push({
          span: first.c.label.span,
          path: checkpointPath(subject, part, first.i, 'label'),
          data: { ...data, detail: `${missing.map(({ c }) => `“${c.label.text}”`).join('、')}没有对应的百分比` },
        });
        continue;
      }
      const last = cps[cps.length - 1]!.percent!;
      const endsLater = schedule.span.endLine > last.span.endLine
        || (schedule.span.endLine === last.span.endLine && schedule.span.endColumn > last.span.endColumn);
      if (part === 'narrative' && endsLater) {
        items.push({
          span: schedule.span,
          path: [...subject.path, part, 'schedule'],
          data: { ...data, percentCount: `${withPercent}个以上`, detail: `“${last.raw}”之后还有百分比，没有对应的时间节点` },
        });
      }
    }
    return items;
  },
});

/** Checkpoints with a month and a percentage, in calendar order (stable for equal months). */
function readable(schedule: Schedule): { checkpoint: Checkpoint; index: number; month: number; percent: number }[] {
  return schedule.checkpoints
    .map((checkpoint, index) => ({ checkpoint, index, month: checkpoint.month, percent: checkpoint.percent?.value ?? null }))
    .filter((x): x is { checkpoint: Checkpoint; index: number; month: number; percent: number } => x.month !== null && x.percent !== null)
    .sort((a, b) => a.month - b.month || a.index - b.index);
}

/** R-PROG-03: cumulative percentages must not fall, must not pass 100%, and must reach 100% at the last checkpoint. */
export const scheduleProgressProblems = defineFact({
  name: 'scheduleProgressProblems', scope: 'project', type: 'list',
  description: '资金支出进度（按月份先后）累计百分比下降、超过100%，或最后一个节点未达到100%',
  itemKeys: ['where', 'label', 'percent', 'detail'],
  compute(subject) {
    const items: LocatedItem[] = [];
    for (const { part, schedule, where } of partSchedules(subject)) {
      const points = readable(schedule);
      points.forEach((p, k) => {
        const push = (detail: string) => items.push({
          span: p.checkpoint.percent!.span,
          path: checkpointPath(subject, part, p.index, 'percent'),
          data: { where, label: p.checkpoint.label.text, percent: formatPercent(p.percent), detail },
        });
        const previous = points[k - 1];
        if (p.percent > 100) push('超过了100%，累计进度最多为100%');
        else if (previous && p.percent < previous.percent) {
          push(`低于前一节点“${previous.checkpoint.label.text}”的${formatPercent(previous.percent)}，累计进度不应下降`);
        } else if (k === points.length - 1 && p.percent < 100) push('是最后一个节点，全年累计应达到100%');
      });
    }
    return items;
  },
});

/** R-PROG-05: checkpoint months in calendar order, none repeated. */
export const scheduleOrderProblems = defineFact({
  name: 'scheduleOrderProblems', scope: 'project', type: 'list',
  description: '资金支出进度的时间节点没有按月份先后排列，或同一月份出现两次',
  itemKeys: ['where', 'label', 'previousLabel', 'labels', 'detail'],
  compute(subject) {
    const items: LocatedItem[] = [];
    for (const { part, schedule, where } of partSchedules(subject)) {
      let latest: { label: string; month: number } | null = null;
      for (const [i, cp] of schedule.checkpoints.entries()) {
        if (cp.month === null) continue;
        if (latest && cp.month <= latest.month) {
          items.push({
            span: cp.label.span,
            path: checkpointPath(subject, part, i, 'label'),
            data: {
              where, label: cp.label.text, previousLabel: latest.label, labels: labels(schedule),
              detail: cp.month === latest.month ? '与前面的节点是同一月份' : '排在更晚的月份之后',
            },
          });
          continue;
        }
        latest = { label: cp.label.text, month: cp.month };
      }
    }
    return items;
  },
});

/**
 * Cumulative percentage planned by the end of `month`: read between checkpoints on a straight line from
 * 0% at the start of the year (a plan of 3月底 25%, 10月底 80% has 48.6% by the end of June); after the
 * last checkpoint, its percentage. Null when the schedule has no checkpoint with a month and a percentage.
 */
export function plannedBy(schedule: Schedule, month: number): number | null {
  const points = readable(schedule);
  if (points.length === 0) return null;
  let before = { month: 0, percent: 0 };
  for (const p of points) {
    if (p.month === month) return p.percent;
    if (p.month > month) {
      const share = (month - before.month) / (p.month - before.month);
      return Number((before.percent + (p.percent - before.percent) * share).toFixed(1));
    }
    before = p;
  }
  return before.percent;
}

const FLOOR_MONTHS = [3, 6, 9, 11] as const;

/** The slower of the narrative and table plans (the one with less planned by the floor months); the table on a tie. */
function slowestSchedule(subject: ProjectSubject, ctx: FactContext): PartSchedule | null {
  return ctx.memo(`progress:slowest:${subject.path.join('/')}`, () => {
    let best: { ps: PartSchedule; pace: number } | null = null;
    for (const ps of partSchedules(subject)) {
      const values = FLOOR_MONTHS.map((m) => plannedBy(ps.schedule, m));
      if (values.some((v) => v === null)) continue;
      const pace = values.reduce<number>((sum, v) => sum + v!, 0);
      if (!best || pace <= best.pace) best = { ps, pace };
    }
    return best?.ps ?? null;
  });
}

function plannedFact(name: string, month: number, label: string) {
  return defineFact({
    name, scope: 'project', type: 'number',
    description: `资金支出计划到${label}的累计百分比（节点之间按直线推算；叙述与项目表不同时取较慢的一个），没有可读的进度时为 null`,
    compute(subject, ctx) {
      const slowest = slowestSchedule(subject, ctx);
      return slowest ? plannedBy(slowest.schedule, month) : null;
    },
  });
}

export const plannedByMarch = plannedFact('plannedByMarch', 3, '三月底');
export const plannedByJune = plannedFact('plannedByJune', 6, '六月底');
export const plannedBySeptember = plannedFact('plannedBySeptember', 9, '九月底');
export const plannedByNovember = plannedFact('plannedByNovember', 11, '十一月底');

/** R-PROG-04: where a pace finding points — the slower schedule — with its plan spelled out for the message. */
export const progressPlan = defineFact({
  name: 'progressPlan', scope: 'project', type: 'list',
  description: '用于比较最低支出进度的那份资金支出计划（叙述与项目表中较慢的一个），一项，附各节点和推算的季度进度',
  itemKeys: ['where', 'plan', 'byMarch', 'byJune', 'bySeptember', 'byNovember'],
  compute(subject, ctx) {
    const slowest = slowestSchedule(subject, ctx);
    if (!slowest) return [];
    const { part, schedule, where } = slowest;
    const by = (m: number) => formatPercent(plannedBy(schedule, m) ?? 0);
    const plan = schedule.checkpoints.map((c) => `${c.label.text}${c.percent ? formatPercent(c.percent.value) : '（无百分比）'}`).join('、');
    return [{
      span: schedule.span,
      path: [...subject.path, part, 'schedule'],
      data: { where, plan, byMarch: by(3), byJune: by(6), bySeptember: by(9), byNovember: by(11) },
    }];
  },
});

/**
 * R-NARR-01: a narrative fund paragraph that states no amount. Only paragraphs that read as a fund's
 * (a schedule, a structure claim, an indicator list or a linked table) count, so a stray line the
 * parser took for a paragraph is not blamed.
 */
export const narrativeAmountMissing = defineFact({
  name: 'narrativeAmountMissing', scope: 'project', type: 'boolean',
  description: '项目的叙述段落（有支出进度、指标结构说明、指标清单或对应项目表）中没有写明带单位（元/万元/亿元）的预算金额',
  compute(subject) {
    const n = subject.project.narrative;
    if (!n || n.amount !== null) return false;
    return n.schedule !== null || n.structureClaim !== null || n.indicators.length > 0 || subject.project.table !== null;
  },
});

export const NARRATIVE_PROGRESS_FACTS = [
  scheduleCountMismatches, scheduleProgressProblems, scheduleOrderProblems,
  plannedByMarch, plannedByJune, plannedBySeptember, plannedByNovember, progressPlan, narrativeAmountMissing,
];
