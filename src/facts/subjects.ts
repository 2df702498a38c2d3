// Enumerates the subjects of a document per scope, each with the anchors its findings can point at.
import type { Document, Indicator, Project, SourcedText, Span } from '../model/index.js';
import type { Anchor, DocumentSubject, IndicatorSubject, Path, ProjectSubject, Subject } from './types.js';

/** The anchors a rule's `at` may name, per scope (a missing one falls back to 'default'). */
export const ANCHOR_NAMES = {
  document: ['default', 'title', 'overallGoal'],
  project: ['default', 'name', 'narrative', 'narrativeName', 'narrativeAmount', 'narrativeSchedule', 'table', 'tableName', 'tableBudget', 'tableSchedule', 'goals'],
  indicator: ['default', 'row', 'level1', 'level2', 'level3', 'description', 'target', 'symbol', 'unit', 'basis', 'value'],
} as const;

const FIRST_POSITION: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function anchorOf(field: { span: Span } | null | undefined, path: Path): Anchor | undefined {
  return field ? { span: field.span, path } : undefined;
}

/** Smallest span covering all given spans (used for a narrative value written as symbol-value-unit). */
export function unionSpan(spans: Span[]): Span | null {
  if (spans.length === 0) return null;
  const sorted = [...spans].sort((a, b) => a.line - b.line || a.column - b.column);
  const first = sorted[0]!;
  let last = sorted[0]!;
  for (const s of sorted) if (s.endLine > last.endLine || (s.endLine === last.endLine && s.endColumn > last.endColumn)) last = s;
  const span: Span = { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
  if (first.location !== undefined) span.location = first.location;
  return span;
}

/**
 * The 指标值 as a reader sees it: symbol, value and unit joined when the layout keeps them apart,
 * without repeating a symbol or unit the value cell already contains (`90%` with unit column `%`).
 */
export function valueAsWritten(indicator: Indicator): string {
  const value = indicator.target?.text.trim() ?? '';
  const symbol = indicator.symbol?.text.trim() ?? '';
  const unit = indicator.unit?.text.trim() ?? '';
  const withSymbol = symbol && !value.startsWith(symbol) ? `${symbol}${value}` : value;
  return unit && !withSymbol.endsWith(unit) ? `${withSymbol}${unit}` : withSymbol;
}

/**
 * The document's own path: empty, but built by emptying a list of strings. A literal [] is a list of
 * small integers to V8, every other path a list of strings and numbers; this way the code that reads
 * message paths (scoring groups messages by them) meets one kind of list and is not deoptimised.
 */
function documentPath(): Path {
  const path: Path = ['projects'];
  path.pop();
  return path;
}

export function documentSubject(document: Document): DocumentSubject {
  const anchors: Record<string, Anchor> = { default: { span: document.title?.span ?? FIRST_POSITION, path: documentPath() } };
  const title = anchorOf(document.title, ['title']);
  if (title) anchors.title = title;
  const goal = anchorOf(document.overallGoal, ['overallGoal']);
  if (goal) anchors.overallGoal = goal;
  return { scope: 'document', document, path: documentPath(), anchors };
}

function projectAnchors(project: Project, base: Path): Record<string, Anchor> {
  const anchors: Record<string, Anchor> = {};
  const put = (name: string, field: { span: Span } | null | undefined, rest: Path) => {
    const a = anchorOf(field, [...base, ...rest]);
    if (a) anchors[name] = a;
  };
  const n = project.narrative;
  const t = project.table;
  if (n) {
    put('narrative', n, ['narrative']);
    put('narrativeName', n.name, ['narrative', 'name']);
    put('narrativeAmount', n.amount, ['narrative', 'amount']);
    put('narrativeSchedule', n.schedule, ['narrative', 'schedule']);
  }
  if (t) {
    put('table', t, ['table']);
    put('tableName', t.name, ['table', 'name']);
    put('tableBudget', t.budget, ['table', 'budget']);
    put('tableSchedule', t.schedule, ['table', 'schedule']);
    put('goals', t.goals[0], ['table', 'goals']);
  }
  const name = anchors.tableName ?? anchors.narrativeName ?? anchors.table ?? anchors.narrative;
  anchors.default = name ?? { span: FIRST_POSITION, path: base };
  anchors.name = anchors.default;
  return anchors;
}

export function projectSubjects(document: Document): ProjectSubject[] {
  // Pushed, not mapped: an optimised map returns a holey list and an interpreted one a packed list, and
  // the runner's loop over subjects was deoptimised on the kind it had not seen.
  const subjects: ProjectSubject[] = [];
  for (let projectIndex = 0; projectIndex < document.projects.length; projectIndex++) {
    const project = document.projects[projectIndex]!;
    const path: Path = ['projects', projectIndex];
    subjects.push({ scope: 'project', document, project, projectIndex, path, anchors: projectAnchors(project, path) });
  }
  return subjects;
}

const INDICATOR_FIELDS = ['level1', 'level2', 'level3', 'description', 'target', 'symbol', 'unit', 'basis'] as const;

/** One anchor of an indicator row, built alone: a finding points at one place, so the others need not exist. */
function indicatorAnchor(indicator: Indicator, base: Path, name: string): Anchor | undefined {
  if (name === 'default' || name === 'row') return { span: indicator.span, path: base };
  if (name === 'value') {
    // The value as a reader sees it: symbol, number and unit together when they stand in separate fields.
    // The parts' spans pushed in field order, not filtered and mapped: an optimised map returns a holey
    // list and an interpreted one a packed list, and unionSpan was deoptimised on the kind it had not seen.
    const spans: Span[] = [];
    if (indicator.symbol !== null) spans.push(indicator.symbol.span);
    if (indicator.target !== null) spans.push(indicator.target.span);
    if (indicator.unit !== null) spans.push(indicator.unit.span);
    const valueSpan = spans.length > 0 ? unionSpan(spans) : null;
    // Its path names the number when there is one, else the first part present (a bare 文字描述 symbol).
    const valueField = indicator.target ? 'target' : indicator.symbol ? 'symbol' : 'unit';
    if (valueSpan) return { span: valueSpan, path: [...base, valueField] };
    return indicatorAnchor(indicator, base, 'target') ?? indicatorAnchor(indicator, base, 'row');
  }
  if (!(INDICATOR_FIELDS as readonly string[]).includes(name)) return undefined;
  const value: SourcedText | null = indicator[name as (typeof INDICATOR_FIELDS)[number]];
  return value ? { span: value.span, path: [...base, name] } : undefined;
}

function indicatorAnchors(indicator: Indicator, base: Path): Record<string, Anchor> {
  const anchors: Record<string, Anchor> = {};
  for (const name of ANCHOR_NAMES.indicator) {
    const anchor = indicatorAnchor(indicator, base, name);
    if (anchor) anchors[name] = anchor;
  }
  return anchors;
}

/** Where a finding of a rule with `at: name` points on this subject: that anchor, else the subject's default. */
export function anchorFor(subject: Subject, name: string): Anchor {
  if (subject.scope === 'indicator') {
    // Built alone rather than through `anchors`, which would build all eleven (and their paths) for one.
    return indicatorAnchor(subject.indicator, subject.path, name) ?? indicatorAnchor(subject.indicator, subject.path, 'default')!;
  }
  return subject.anchors[name] ?? subject.anchors.default!;
}

/**
 * An indicator subject. Only a subject a rule reports on needs its anchors, so they are built on
 * first read (a getter on the prototype: one closure for all subjects, not one per subject).
 */
class IndicatorRow implements IndicatorSubject {
  readonly scope = 'indicator' as const;
  private built: Record<string, Anchor> | undefined;
  constructor(
    readonly document: Document,
    readonly project: Project,
    readonly projectIndex: number,
    readonly part: 'table' | 'narrative',
    readonly indicator: Indicator,
    readonly indicatorIndex: number,
    readonly path: Path,
  ) {}

  get anchors(): Record<string, Anchor> {
    return (this.built ??= indicatorAnchors(this.indicator, this.path));
  }
}

export function indicatorSubjects(document: Document): IndicatorSubject[] {
  const subjects: IndicatorSubject[] = [];
  document.projects.forEach((project, projectIndex) => {
    const parts: ['table' | 'narrative', Indicator[] | undefined][] = [
      ['table', project.table?.indicators],
      ['narrative', project.narrative?.indicators],
    ];
    for (const [part, indicators] of parts) {
      indicators?.forEach((indicator, indicatorIndex) => {
        const path: Path = ['projects', projectIndex, part, 'indicators', indicatorIndex];
        subjects.push(new IndicatorRow(document, project, projectIndex, part, indicator, indicatorIndex, path));
      });
    }
  });
  return subjects;
}
