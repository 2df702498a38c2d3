// Project facts about one 资金支出进度 on its own: counts, order, rise to 100%, and the pace planned by given months.
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Checkpoint, Project, Schedule } from '../../model/index.js';
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

/** The part's schedule when it has checkpoints (the parts the schedule facts read), else null. */
function partSchedule(subject: ProjectSubject, part: Part): Schedule | null {
  const schedule = part === 'narrative' ? subject.project.narrative?.schedule : subject.project.table?.schedule;
  return schedule && schedule.checkpoints.length > 0 ? schedule : null;
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
    // Each part on its own, with no list of parts: most schedules agree, and the check then allocates nothing.
    const n = partSchedule(subject, 'narrative');
    if (n !== null) countMismatch(items, subject, 'narrative', n, '叙述');
    const t = partSchedule(subject, 'table');
    if (t !== null) countMismatch(items, subject, 'table', t, '项目表');
    return items;
  },
});

function countMismatch(items: LocatedItem[], subject: ProjectSubject, part: Part, schedule: Schedule, where: string): void {
  const cps = schedule.checkpoints;
  let firstMissing = -1;
  let missing = 0;
  for (let i = 0; i < cps.length; i++) {
    if (cps[i]!.percent !== null) continue;
    if (firstMissing < 0) firstMissing = i;
    missing += 1;
  }
  const withPercent = cps.length - missing;
  if (firstMissing >= 0) {
    const unpaired: string[] = [];
    for (const c of cps) if (c.percent === null) unpaired.push(`“${c.label.text}”`);
    items.push({
      span: cps[firstMissing]!.label.span,
      path: checkpointPath(subject, part, firstMissing, 'label'),
      data: {
        where, labels: labels(schedule), labelCount: cps.length, percentCount: withPercent,
        detail: `${unpaired.join('、')}没有对应的百分比`,
      },
    });
    return;
  }
  if (part !== 'narrative') return;
  const last = cps[cps.length - 1]!.percent!;
  const endsLater = schedule.span.endLine > last.span.endLine
    || (schedule.span.endLine === last.span.endLine && schedule.span.endColumn > last.span.endColumn);
  if (endsLater) {
    items.push({
      span: schedule.span,
      path: [...subject.path, part, 'schedule'],
      data: {
        where, labels: labels(schedule), labelCount: cps.length, percentCount: `${withPercent}个以上`,
        detail: `“${last.raw}”之后还有百分比，没有对应的时间节点`,
      },
    });
  }
}

interface Readable {
  checkpoint: Checkpoint;
  index: number;
  month: number;
  percent: number;
}

/** Checkpoints with a month and a percentage, in calendar order (stable for equal months). */
function readable(schedule: Schedule): Readable[] {
  return schedule.checkpoints
    .map((checkpoint, index) => ({ checkpoint, index, month: checkpoint.month, percent: checkpoint.percent?.value ?? null }))
    .filter((x): x is Readable => x.month !== null && x.percent !== null)
    .sort((a, b) => a.month - b.month || a.index - b.index);
}

/**
 * Whether the checkpoints with a month and a percentage are already in calendar order (months never
 * falling), as nearly all schedules are: then `readable` would keep them in place, and the readers
 * below walk the checkpoints themselves instead of building and sorting that list.
 */
function readableInOrder(schedule: Schedule): boolean {
  let month = 0;
  for (const c of schedule.checkpoints) {
    if (c.month === null || c.percent === null) continue;
    if (c.month < month) return false;
    month = c.month;
  }
  return true;
}

/** R-PROG-03: cumulative percentages must not fall, must not pass 100%, and must reach 100% at the last checkpoint. */
export const scheduleProgressProblems = defineFact({
  name: 'scheduleProgressProblems', scope: 'project', type: 'list',
  description: '资金支出进度（按月份先后）累计百分比下降、超过100%，或最后一个节点未达到100%',
  itemKeys: ['where', 'label', 'percent', 'detail'],
  compute(subject) {
    const items: LocatedItem[] = [];
    const n = partSchedule(subject, 'narrative');
    if (n !== null) progressProblems(items, subject, 'narrative', n, '叙述');
    const t = partSchedule(subject, 'table');
    if (t !== null) progressProblems(items, subject, 'table', t, '项目表');
    return items;
  },
});

function progressProblems(items: LocatedItem[], subject: ProjectSubject, part: Part, schedule: Schedule, where: string): void {
  if (!readableInOrder(schedule)) {
    const points = readable(schedule);
    for (let k = 0; k < points.length; k++) {
      const p = points[k]!;
      const previous = k > 0 ? points[k - 1]!.checkpoint : null;
      progressProblem(items, subject, part, where, p.checkpoint, p.index, previous, k === points.length - 1);
    }
    return;
  }
  const cps = schedule.checkpoints;
  let last = -1;
  for (let i = 0; i < cps.length; i++) if (cps[i]!.month !== null && cps[i]!.percent !== null) last = i;
  let previous: Checkpoint | null = null;
  for (let i = 0; i <= last; i++) {
    const cp = cps[i]!;
    if (cp.month === null || cp.percent === null) continue;
    progressProblem(items, subject, part, where, cp, i, previous, i === last);
    previous = cp;
  }
}

/** One readable checkpoint against the one before it in calendar order (null for the first). */
function progressProblem(
  items: LocatedItem[], subject: ProjectSubject, part: Part, where: string,
  cp: Checkpoint, index: number, previous: Checkpoint | null, isLast: boolean,
): void {
  const percent = cp.percent!.value;
  let detail: string;
  if (percent > 100) detail = '超过了100%，累计进度最多为100%';
  else if (previous !== null && percent < previous.percent!.value) {
    detail = `低于前一节点“${previous.label.text}”的${formatPercent(previous.percent!.value)}，累计进度不应下降`;
  } else if (isLast && percent < 100) detail = '是最后一个节点，全年累计应达到100%';
  else return;
  items.push({
    span: cp.percent!.span,
    path: checkpointPath(subject, part, index, 'percent'),
    data: { where, label: cp.label.text, percent: formatPercent(percent), detail },
  });
}

/** R-PROG-05: checkpoint months in calendar order, none repeated. */
export const scheduleOrderProblems = defineFact({
  name: 'scheduleOrderProblems', scope: 'project', type: 'list',
  description: '资金支出进度的时间节点没有按月份先后排列，或同一月份出现两次',
  itemKeys: ['where', 'label', 'previousLabel', 'labels', 'detail'],
  compute(subject) {
    const items: LocatedItem[] = [];
    const n = partSchedule(subject, 'narrative');
    if (n !== null) orderProblems(items, subject, 'narrative', n, '叙述');
    const t = partSchedule(subject, 'table');
    if (t !== null) orderProblems(items, subject, 'table', t, '项目表');
    return items;
  },
});

function orderProblems(items: LocatedItem[], subject: ProjectSubject, part: Part, schedule: Schedule, where: string): void {
  const cps = schedule.checkpoints;
  // The latest checkpoint in order so far (its month; 0 before the first with a month).
  let latest: Checkpoint | null = null;
  let latestMonth = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp.month === null) continue;
    if (latest !== null && cp.month <= latestMonth) {
      items.push({
        span: cp.label.span,
        path: checkpointPath(subject, part, i, 'label'),
        data: {
          where, label: cp.label.text, previousLabel: latest.label.text, labels: labels(schedule),
          detail: cp.month === latestMonth ? '与前面的节点是同一月份' : '排在更晚的月份之后',
        },
      });
      continue;
    }
    latest = cp;
    latestMonth = cp.month;
  }
}

/**
 * Cumulative percentage planned by the end of `month`: read between checkpoints on a straight line from
 * 0% at the start of the year (a plan of 3月底 25%, 10月底 80% has 48.6% by the end of June); after the
 * last checkpoint, its percentage. Null when the schedule has no checkpoint with a month and a percentage.
 */
export function plannedBy(schedule: Schedule, month: number): number | null {
  if (!readableInOrder(schedule)) return plannedAlong(readable(schedule), month);
  // In calendar order already: the same walk over the checkpoints themselves, skipping the unreadable ones.
  let any = false;
  let beforeMonth = 0;
  let beforePercent = 0;
  for (const c of schedule.checkpoints) {
    if (c.month === null || c.percent === null) continue;
    any = true;
    const percent = c.percent.value;
    if (c.month === month) return percent;
    if (c.month > month) {
      const share = (month - beforeMonth) / (c.month - beforeMonth);
      return Number((beforePercent + (percent - beforePercent) * share).toFixed(1));
    }
    beforeMonth = c.month;
    beforePercent = percent;
  }
  return any ? beforePercent : null;
}

/** plannedBy over the readable checkpoints sorted by month. */
function plannedAlong(points: readonly Readable[], month: number): number | null {
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

/** The memo's table maker: one function, so a look-up allocates no closure (five facts ask per project). */
function newSlowestTable(): Map<Project, PartSchedule | null> {
  return new Map();
}

/** The slower of the narrative and table plans (the one with less planned by the floor months); the table on a tie. */
function slowestSchedule(subject: ProjectSubject, ctx: FactContext): PartSchedule | null {
  const table = ctx.memo('progress:slowest', newSlowestTable);
  let slowest = table.get(subject.project);
  if (slowest === undefined) {
    slowest = findSlowest(subject);
    table.set(subject.project, slowest);
  }
  return slowest;
}

function findSlowest(subject: ProjectSubject): PartSchedule | null {
  let best: PartSchedule | null = null;
  let bestPace = 0;
  for (const ps of partSchedules(subject)) {
    // plannedBy is null for every month or for none (it is null only without readable checkpoints).
    const byMarch = plannedBy(ps.schedule, 3);
    if (byMarch === null) continue;
    // Summed in the order of the floor months (3, 6, 9, 11), as before.
    const pace = 0 + byMarch + plannedBy(ps.schedule, 6)! + plannedBy(ps.schedule, 9)! + plannedBy(ps.schedule, 11)!;
    if (best === null || pace <= bestPace) {
      best = ps;
      bestPace = pace;
    }
  }
  return best;
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
