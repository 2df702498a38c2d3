// Helpers for facts that read free text: every sourced text of the document with its path and a reader's label, and spans inside it.
import type { Document, Indicator, Project, SourcedText, Span } from '../../model/index.js';
import type { FactContext, Path } from '../types.js';
import { subText } from '../../parse/lines.js';

/** One piece of text of the document, as a fact that scans wording sees it. */
export interface WalkedText {
  source: SourcedText;
  /** Model path of the sourced text node. */
  path: Path;
  /** Where it stands, in words for a message: 总体绩效目标, 项目“X”项目表的绩效目标 … */
  where: string;
  projectIndex: number | null;
  /** Which kind of text it is, so a fact can choose the texts it reads. */
  kind: 'title' | 'overallGoal' | 'heading' | 'name' | 'purpose' | 'structureClaim' | 'goal' | 'unitLine' | 'indicator';
  /** For indicator texts: the column (level3, description, target, basis …) and the indicator. */
  column?: string;
  indicator?: Indicator;
}

/** One column of an indicator as a walked text: its field, its label for a reader, and its path after the row. */
interface ColumnSpec {
  column: string;
  label: string;
  /** The path segments after the row: [column] or ['extra', label]; shared by every cell of the column, copied, never mutated. */
  tail: readonly string[];
}

const column = (name: keyof Indicator & string, label: string): ColumnSpec => ({ column: name, label, tail: [name] });
const LEVEL2 = column('level2', '二级指标');
const LEVEL3 = column('level3', '三级指标');
const DESCRIPTION = column('description', '绩效指标描述');
const SYMBOL = column('symbol', '指标性质');
const TARGET = column('target', '指标值');
const UNIT = column('unit', '计量单位');
const BASIS = column('basis', '指标值确定依据');

/** True when the text has a non-blank character: the same test as trim() !== '' without making the trimmed copy. */
const NOT_BLANK = /\S/;

/** NOT_BLANK.test(text), settled without the regex when the first character is plainly not a space (ASCII or CJK). */
function notBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  return NOT_BLANK.test(text);
}

/** What the cells of one indicator row share. */
interface RowOf {
  projectIndex: number;
  part: 'table' | 'narrative';
  row: number;
  /** 项目“X”项目表中 / 项目“X”叙述中: the start of a reader's label. */
  owner: string;
  indicator: Indicator;
}

/** A text outside the indicator rows: its path and reader's label are known when it is walked. */
interface BlockOf {
  path: Path;
  where: string;
}

/**
 * Every walked text is one of these, so the facts that scan hundreds of them a document read
 * `source` and `kind` from one object shape (a class for cells beside plain objects for the rest made
 * those reads polymorphic and V8 deoptimised the scans on "wrong map"). An indicator cell's path and
 * label are built when a finding asks for them, not up front: nearly all cells are only tested and skipped.
 */
class TextOfDocument implements WalkedText {
  constructor(
    readonly source: SourcedText,
    readonly kind: WalkedText['kind'],
    readonly projectIndex: number | null,
    private readonly block: BlockOf | null,
    private readonly row: RowOf | null,
    private readonly spec: ColumnSpec | null,
  ) {}

  get column(): string | undefined {
    return this.spec?.column;
  }

  get indicator(): Indicator | undefined {
    return this.row?.indicator;
  }

  get path(): Path {
    const { row, spec } = this;
    if (row === null || spec === null) return this.block!.path;
    return ['projects', row.projectIndex, row.part, 'indicators', row.row, ...spec.tail];
  }

  get where(): string {
    const { row, spec } = this;
    if (row === null || spec === null) return this.block!.where;
    return `${row.owner}指标“${row.indicator.level3?.text ?? ''}”的${spec.label}`;
  }
}

function pushCell(texts: WalkedText[], source: SourcedText | null, row: RowOf, spec: ColumnSpec): void {
  if (source && notBlank(source.text)) texts.push(new TextOfDocument(source, 'indicator', row.projectIndex, null, row, spec));
}

/** A text outside the rows, when it has a non-blank character. */
function pushBlock(texts: WalkedText[], source: SourcedText | null | undefined, path: Path, where: string, projectIndex: number | null, kind: WalkedText['kind']): void {
  if (source && NOT_BLANK.test(source.text)) texts.push(new TextOfDocument(source, kind, projectIndex, { path, where }, null, null));
}

function indicatorTexts(texts: WalkedText[], projectIndex: number, part: 'table' | 'narrative', indicators: Indicator[], owner: string): void {
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i]!;
    const row: RowOf = { projectIndex, part, row: i, owner, indicator };
    // Column by column in a fixed order (named reads, not a loop over keys).
    pushCell(texts, indicator.level2, row, LEVEL2);
    pushCell(texts, indicator.level3, row, LEVEL3);
    pushCell(texts, indicator.description, row, DESCRIPTION);
    pushCell(texts, indicator.symbol, row, SYMBOL);
    pushCell(texts, indicator.target, row, TARGET);
    pushCell(texts, indicator.unit, row, UNIT);
    pushCell(texts, indicator.basis, row, BASIS);
    for (const label in indicator.extra) {
      pushCell(texts, indicator.extra[label]!, row, { column: label, label, tail: ['extra', label] });
    }
  }
}

/** The texts of one project: narrative paragraph pieces, table block fields, goals and every indicator cell. */
function projectTexts(project: Project, projectIndex: number): WalkedText[] {
  const texts: WalkedText[] = [];
  const owner = `项目“${project.name}”`;
  const n = project.narrative;
  if (n) {
    const base: Path = ['projects', projectIndex, 'narrative'];
    pushBlock(texts, n.heading, [...base, 'heading'], `${owner}的叙述段落`, projectIndex, 'heading');
    // The name usually lies inside the heading; scanning it again would report the same words twice.
    if (!within(n.name.span, n.heading.span)) pushBlock(texts, n.name, [...base, 'name'], `${owner}的叙述段落`, projectIndex, 'name');
    pushBlock(texts, n.purpose, [...base, 'purpose'], `${owner}叙述中的资金用途`, projectIndex, 'purpose');
    pushBlock(texts, n.structureClaim?.text, [...base, 'structureClaim', 'text'], `${owner}叙述中的指标结构说明`, projectIndex, 'structureClaim');
    indicatorTexts(texts, projectIndex, 'narrative', n.indicators, `${owner}叙述中`);
  }
  const t = project.table;
  if (t) {
    const base: Path = ['projects', projectIndex, 'table'];
    pushBlock(texts, t.title, [...base, 'title'], `${owner}项目表的标题`, projectIndex, 'title');
    pushBlock(texts, t.unitLine, [...base, 'unitLine'], `${owner}项目表的单位`, projectIndex, 'unitLine');
    pushBlock(texts, t.name, [...base, 'name'], `${owner}项目表的项目名称`, projectIndex, 'name');
    pushBlock(texts, t.purpose, [...base, 'purpose'], `${owner}项目表的资金用途`, projectIndex, 'purpose');
    t.goals.forEach((goal, i) => pushBlock(texts, goal, [...base, 'goals', i], `${owner}项目表的绩效目标`, projectIndex, 'goal'));
    indicatorTexts(texts, projectIndex, 'table', t.indicators, `${owner}项目表中`);
  }
  return texts;
}

/**
 * Each project's texts, built once per document (ctx.memo): a dozen facts scan them, and building the
 * paths and reader labels cost more than most of those scans. The arrays are shared: never mutate them.
 */
function projectTextLists(document: Document, ctx: FactContext): readonly WalkedText[][] {
  return ctx.memo('texts:projects', () => document.projects.map((project, i) => projectTexts(project, i)));
}

/** projectTexts of one project, built once per document (a project not at its index, as a test may build, is walked afresh). */
export function projectTextsOf(document: Document, project: Project, projectIndex: number, ctx: FactContext): readonly WalkedText[] {
  if (document.projects[projectIndex] !== project) return projectTexts(project, projectIndex);
  return projectTextLists(document, ctx)[projectIndex]!;
}

/** Every text of the document — title, overall goal, then each project's texts — built once per document. */
export function documentTextsOf(document: Document, ctx: FactContext): readonly WalkedText[] {
  return ctx.memo('texts:document', () => {
    const texts: WalkedText[] = [];
    pushBlock(texts, document.title, ['title'], '文档标题', null, 'title');
    pushBlock(texts, document.overallGoal, ['overallGoal'], '总体绩效目标', null, 'overallGoal');
    for (const list of projectTextLists(document, ctx)) for (const t of list) texts.push(t);
    return texts;
  });
}

function within(inner: Span, outer: Span): boolean {
  const startsAfter = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const endsBefore = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return startsAfter && endsBefore;
}

/** A finding inside a text: the exact words, their span and a path naming the text they stand in. */
export interface TextPiece {
  text: string;
  span: Span;
  path: Path;
}

/**
 * The words [start, end) of a walked text. The span is exact on single-line texts (a text spread over
 * several lines keeps its whole span); the path ends in 'text' because the finding lies inside that string.
 */
export function pieceOf(walked: WalkedText, start: number, end: number): TextPiece {
  const sub = subText(walked.source, start, end);
  return { text: sub?.text ?? walked.source.text.slice(start, end), span: sub?.span ?? walked.source.span, path: [...walked.path, 'text'] };
}

/** A key that identifies a span, so the same words reached through two texts are reported once. */
export function spanKey(span: Span): string {
  return `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
}

/** Up to `radius` characters of context on each side of [start, end), for quoting in a message. */
export function contextOf(text: string, start: number, end: number, radius = 8): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}
