// Project facts about 资金支出进度: malformed checkpoints and narrative-vs-table disagreements.
import { defineFact, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Checkpoint, Schedule } from '../../model/index.js';
import { parseMonthLabel } from '../../grammar/month.js';
import { formatPercent, placeOf, placeOfEn, relatedAt } from './format.js';

function schedules(subject: ProjectSubject): [string, Schedule][] {
  const found: [string, Schedule][] = [];
  if (subject.project.narrative?.schedule) found.push(['narrative', subject.project.narrative.schedule]);
  if (subject.project.table?.schedule) found.push(['table', subject.project.table.schedule]);
  return found;
}

function byMonth(schedule: Schedule): Map<number, { checkpoint: Checkpoint; index: number }> {
  const map = new Map<number, { checkpoint: Checkpoint; index: number }>();
  schedule.checkpoints.forEach((checkpoint, index) => {
    if (checkpoint.month !== null && !map.has(checkpoint.month)) map.set(checkpoint.month, { checkpoint, index });
  });
  return map;
}

export const malformedCheckpoints = defineFact({
  name: 'malformedCheckpoints',
  scope: 'project',
  type: 'list',
  description: '资金支出进度中不是规范月份的时间节点（如“十底”），叙述和项目表都查',
  itemKeys: ['label', 'suggestion', 'where'],
  compute(subject) {
    const items: LocatedItem[] = [];
    for (const [part, schedule] of schedules(subject)) {
      schedule.checkpoints.forEach((cp, i) => {
        if (!cp.malformed) return;
        const suggestion = parseMonthLabel(cp.label.text).suggestion;
        items.push({
          span: cp.label.span,
          path: [...subject.path, part, 'schedule', 'checkpoints', i, 'label'],
          data: { label: cp.label.text, suggestion: suggestion ?? 'N月底', where: part === 'table' ? '项目表' : '叙述' },
        });
      });
    }
    return items;
  },
});

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
    const table = byMonth(t);
    const items: LocatedItem[] = [];
    n.checkpoints.forEach((cp, i) => {
      if (cp.month === null || !cp.percent) return;
      const other = table.get(cp.month);
      if (!other?.checkpoint.percent) return;
      if (Math.abs(other.checkpoint.percent.value - cp.percent.value) < 1e-9) return;
      const tp = other.checkpoint.percent;
      items.push({
        span: cp.percent.span,
        path: [...subject.path, 'narrative', 'schedule', 'checkpoints', i, 'percent'],
        data: {
          month: cp.month, label: cp.label.text, narrativePercent: formatPercent(cp.percent.value),
          tablePercent: formatPercent(tp.value), tableLabel: other.checkpoint.label.text, tablePlace: placeOf(tp.span), tablePlaceEn: placeOfEn(tp.span),
        },
        related: [relatedAt(tp.span, `项目表：${other.checkpoint.label.text} ${formatPercent(tp.value)}`)],
      });
    });
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
    const sides: [string, Schedule, Schedule, string, string][] = [
      ['narrative', n, t, '叙述', '项目表'],
      ['table', t, n, '项目表', '叙述'],
    ];
    for (const [part, own, other, where, otherWhere] of sides) {
      const otherMonths = byMonth(other);
      if (otherMonths.size === 0) continue;
      const otherLabels = other.checkpoints.map((c) => c.label.text).join('、');
      own.checkpoints.forEach((cp, i) => {
        if (cp.month === null || otherMonths.has(cp.month)) return;
        items.push({
          span: cp.label.span,
          path: [...subject.path, part, 'schedule', 'checkpoints', i, 'label'],
          data: { label: cp.label.text, month: cp.month, otherLabels, where, otherWhere },
        });
      });
    }
    return items;
  },
});

export const PROJECT_SCHEDULE_FACTS = [malformedCheckpoints, scheduleMismatches, checkpointMismatches];
