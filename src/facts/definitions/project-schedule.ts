// Project facts about 资金支出进度: malformed checkpoints and narrative-vs-table disagreements.
import { defineFact, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Schedule } from '../../model/index.js';
import { parseMonthLabel } from '../../grammar/month.js';
import { formatPercent, placeOf, placeOfEn, relatedAt } from './format.js';

/** The first checkpoint of `schedule` with `month`, by index; -1 when none has it. */
function firstWithMonth(schedule: Schedule, month: number): number {
  const cps = schedule.checkpoints;
  for (let i = 0; i < cps.length; i++) {
    // Null tested apart: an integer comparison that meets null is deoptimised.
    const m = cps[i]!.month;
    if (m !== null && m === month) return i;
  }
  return -1;
}

function hasAnyMonth(schedule: Schedule): boolean {
  for (const c of schedule.checkpoints) if (c.month !== null) return true;
  return false;
}

function labelsOf(schedule: Schedule): string {
  return schedule.checkpoints.map((c) => c.label.text).join('、');
}

export const malformedCheckpoints = defineFact({
  name: 'malformedCheckpoints',
  scope: 'project',
  type: 'list',
  description: '资金支出进度中不是规范月份的时间节点（如“十底”），叙述和项目表都查',
  itemKeys: ['label', 'suggestion', 'where'],
  compute(subject) {
    const items: LocatedItem[] = [];
    // Each part on its own, with no list of parts: a well-formed schedule is read with nothing allocated.
    const n = subject.project.narrative?.schedule;
    if (n) malformedIn(items, subject, 'narrative', n);
    const t = subject.project.table?.schedule;
    if (t) malformedIn(items, subject, 'table', t);
    return items;
  },
});

function malformedIn(items: LocatedItem[], subject: ProjectSubject, part: 'narrative' | 'table', schedule: Schedule): void {
  const cps = schedule.checkpoints;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (!cp.malformed) continue;
    const suggestion = parseMonthLabel(cp.label.text).suggestion;
    items.push({
      span: cp.label.span,
      path: [...subject.path, part, 'schedule', 'checkpoints', i, 'label'],
      data: { label: cp.label.text, suggestion: suggestion ?? 'N月底', where: part === 'table' ? '项目表' : '叙述' },
    });
  }
}

export const scheduleMismatches = defineFact({
  name: 'scheduleMismatches',
  scope: 'project',
  type: 'list',
  description: '同一月份的资金支出进度百分比，叙述与项目表不一致之处（按叙述的位置报告，附项目表位置）',
  itemKeys: ['month', 'label', 'narrativePercent', 'tablePercent', 'tableLabel', 'tablePlace', 'tablePlaceEn'],
  compute(subject) {
    const n = subject.project.narrative?.schedule;
    const t = subject.project.table?.schedule;
    if (!n || !t) return [];
    const items: LocatedItem[] = [];
    const cps = n.checkpoints;
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i]!;
      if (cp.month === null || !cp.percent) continue;
      // The table's first checkpoint of that month (a schedule has a dozen at most: a scan beats a map).
      const at = firstWithMonth(t, cp.month);
      const other = at < 0 ? undefined : t.checkpoints[at]!;
      if (!other?.percent) continue;
      if (Math.abs(other.percent.value - cp.percent.value) < 1e-9) continue;
      const tp = other.percent;
      items.push({
        span: cp.percent.span,
        path: [...subject.path, 'narrative', 'schedule', 'checkpoints', i, 'percent'],
        data: {
          month: cp.month, label: cp.label.text, narrativePercent: formatPercent(cp.percent.value),
          tablePercent: formatPercent(tp.value), tableLabel: other.label.text, tablePlace: placeOf(tp.span), tablePlaceEn: placeOfEn(tp.span),
        },
        related: [relatedAt(tp.span, `项目表：${other.label.text} ${formatPercent(tp.value)}`)],
      });
    }
    return items;
  },
});

export const checkpointMismatches = defineFact({
  name: 'checkpointMismatches',
  scope: 'project',
  type: 'list',
  description: '叙述的资金支出时间节点在项目表中没有对应月份（或反之）',
  itemKeys: ['label', 'month', 'otherLabels', 'where', 'otherWhere'],
  compute(subject) {
    const n = subject.project.narrative?.schedule;
    const t = subject.project.table?.schedule;
    if (!n || !t) return [];
    const items: LocatedItem[] = [];
    monthsMissing(items, subject, 'narrative', n, t, '叙述', '项目表');
    monthsMissing(items, subject, 'table', t, n, '项目表', '叙述');
    return items;
  },
});

/** The checkpoints of `own` whose month `other` lacks (when `other` has any month at all). */
function monthsMissing(
  items: LocatedItem[], subject: ProjectSubject, part: string, own: Schedule, other: Schedule, where: string, otherWhere: string,
): void {
  if (!hasAnyMonth(other)) return;
  // Joined only for a finding: schedules that agree (nearly all) build no string.
  let otherLabels: string | null = null;
  const cps = own.checkpoints;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp.month === null || firstWithMonth(other, cp.month) >= 0) continue;
    otherLabels ??= labelsOf(other);
    items.push({
      span: cp.label.span,
      path: [...subject.path, part, 'schedule', 'checkpoints', i, 'label'],
      data: { label: cp.label.text, month: cp.month, otherLabels, where, otherWhere },
    });
  }
}

export const PROJECT_SCHEDULE_FACTS = [malformedCheckpoints, scheduleMismatches, checkpointMismatches];
