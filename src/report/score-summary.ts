// The `summary` format (also --summary): a Chinese overview of a batch for a finance bureau — documents and projects
// ranked by score with grade and their three largest deductions, findings counted by rule, documents per grade,
// and which must be revised (差 cannot enter the budget). Every part ranks or counts the whole batch, so the writer
// keeps a compact record per document (ranking-records.ts) and a count per rule, and writes the text at the end, in pieces.
import type { FileResult, Grade, Message } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { formatNumber } from './labels.js';
import { inPieces, ROWS_PER_PIECE, type PieceOptions } from './pieces.js';
import { byId, recordStore, type RankedDeduction, type RecordStore } from './ranking-records.js';
import { errorsOf } from './summary.js';
import { NumberSet } from './number-set.js';
import { StringTable } from './string-table.js';
import { alignRowsLazily } from './table.js';
import { wholeText } from './whole.js';

const GRADES: Grade[] = ['优', '良', '中', '差'];
const UNNAMED = '（未命名项目）';

/** Findings of one rule over the batch; `files` holds the files' numbers (each path's in a StringTable), so a file given twice counts once. */
interface RuleTally {
  total: number;
  error: number;
  warning: number;
  info: number;
  files: NumberSet;
}

function countRules(rules: Map<string, RuleTally>, file: number, messages: readonly Message[]): void {
  for (const m of messages) {
    let entry = rules.get(m.ruleId);
    if (entry === undefined) {
      entry = { total: 0, error: 0, warning: 0, info: 0, files: new NumberSet() };
      rules.set(m.ruleId, entry);
    }
    entry.total += 1;
    entry[m.severity] += 1;
    entry.files.add(file);
  }
}

/** A record keeps zero-point deductions too (html names them); this overview names only what cost points. */
function largest(deductions: readonly RankedDeduction[]): string {
  const top = deductions.filter((d) => d.points > 0);
  if (top.length === 0) return '无';
  return top.map((d) => `${d.ruleId} −${formatNumber(d.points)}${d.project !== undefined ? `（${d.project}）` : ''}`).join('；');
}

/** A section's table: the headings, then a row per item, aligned over all of them though made one at a time. */
function table<T>(headings: readonly string[], items: readonly T[], row: (item: T, index: number) => readonly string[]): Generator<string> {
  return alignRowsLazily(items.length + 1, (i) => (i === 0 ? headings : row(items[i - 1]!, i - 1)), { indent: '  ' });
}

function* documentSection(store: RecordStore): Generator<string> {
  yield '一、文档排名（按得分从高到低）';
  yield* table(['名次', '得分', '等级', '文档', '结论', '最大的三项扣分'], store.rankedDocuments(), (n, i) => {
    const d = store.document(n);
    return d.score
      ? [String(i + 1), formatNumber(d.score.value), d.score.grade, d.path, d.score.consequence, largest(d.score.largest)]
      : [String(i + 1), '—', '—', d.path, '无法检查', d.fatal ?? ''];
  });
  yield '';
}

function* projectSection(store: RecordStore): Generator<string> {
  yield '二、项目排名（按得分从高到低）';
  if (store.projectCount === 0) yield '  （没有可评分的项目）';
  else
    yield* table(['名次', '得分', '等级', '项目', '文档', '最大的三项扣分'], store.rankedProjects(), (n, i) => {
      const { project: p, document } = store.project(n);
      return [String(i + 1), formatNumber(p.value), p.grade, p.name || UNNAMED, store.path(document), largest(p.largest)];
    });
  yield '';
}

function* ruleSection(rules: ReadonlyMap<string, RuleTally>, context: ReportContext): Generator<string> {
  yield '三、各规则的问题数（全部文档）';
  const sorted = [...rules.entries()].sort(([a, x], [b, y]) => y.total - x.total || byId(a, b));
  if (sorted.length === 0) yield '  （没有发现问题）';
  else
    yield* table(['规则', '问题数', '错误', '警告', '提示', '涉及文档', '说明'], sorted, ([id, t]) =>
      [id, String(t.total), String(t.error), String(t.warning), String(t.info), String(t.files.size), context.rules?.[id]?.title ?? ''],
    );
  yield '';
}

/** One kind of document to revise (their numbers, in file order): how many, then one line each; nothing when there are none. */
function* revisionGroup(heading: string, documents: readonly number[], line: (n: number) => string): Generator<string> {
  if (documents.length === 0) return;
  yield `  ${heading}${documents.length} 个：`;
  for (const n of documents) yield `    ${line(n)}`;
}

/** The numbers of the documents of a grade, in file order. */
function ofGrade(store: RecordStore, grade: Grade): number[] {
  const found: number[] = [];
  for (let n = 0; n < store.size; n++) if (store.grade(n) === grade) found.push(n);
  return found;
}

function* revisionSection(store: RecordStore, fatal: readonly number[]): Generator<string> {
  yield '五、须修改的文档';
  const poor = ofGrade(store, '差');
  const fair = ofGrade(store, '中');
  const scoreLine = (n: number) => `${store.path(n)}  ${formatNumber(store.score(n)!)} 分`;
  if (poor.length + fair.length + fatal.length === 0) yield '  无：所有文档都在“良”及以上';
  yield* revisionGroup('差（不得进入预算，须重新编制）', poor, scoreLine);
  yield* revisionGroup('中（须修改后重报）', fair, scoreLine);
  yield* revisionGroup('无法检查（须提供可读的文件）', fatal, (n) => `${store.path(n)}  ${store.document(n).fatal!}`);
}

/** Every line of the text, made one at a time; the rankings are made when the first is pulled, each record decoded as its line is. */
function* summaryLines(store: RecordStore, rules: ReadonlyMap<string, RuleTally>, totalErrors: number, context: ReportContext): Generator<string> {
  const fatal = store.fatalDocuments();
  const perGrade = GRADES.map((g) => `${g} ${ofGrade(store, g).length} 个`);
  yield `绩效目标评分汇总：${store.size} 个文档（${fatal.length} 个无法检查），${store.projectCount} 个项目`;
  yield '';
  yield* documentSection(store);
  yield* projectSection(store);
  yield* ruleSection(rules, context);
  yield '四、等级分布';
  yield `  ${perGrade.join('，')}${fatal.length > 0 ? `，无法检查 ${fatal.length} 个` : ''}`;
  yield '';
  yield* revisionSection(store, fatal);
  yield '';
  yield `共 ${store.size} 个文档，${totalErrors} 个错误`;
}

/** Each line with its line break: the text ends with one, as it always did. */
function* ended(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/**
 * Nothing can be written before the last result (the first line counts them all), so each add() writes nothing
 * and end() gives the whole text as the tail, in pieces of `rowsPerPiece` lines made as they are pulled. The head
 * is the empty opening, known at once: with an empty body there is nothing for a caller to keep aside.
 */
export function summaryWriter(context: ReportContext, { rowsPerPiece = ROWS_PER_PIECE }: PieceOptions = {}): TextReportWriter {
  const documents = recordStore(context.cwd, UNNAMED, context.blocks);
  const rules = new Map<string, RuleTally>();
  const files = new StringTable();
  let totalErrors = 0;
  return {
    head: '',
    add(result) {
      documents.add(result);
      totalErrors += errorsOf(result);
      countRules(rules, files.id(result.filePath), result.messages);
      return '';
    },
    end: () => ({ tail: inPieces(ended(summaryLines(documents, rules, totalErrors, context)), rowsPerPiece) }),
  };
}

export function formatSummary(results: FileResult[], context: ReportContext): string {
  return wholeText(summaryWriter(context), results);
}
