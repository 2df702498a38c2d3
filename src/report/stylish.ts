// The stylish format: a readable Chinese report per file (aligned findings, then the score and project ranking) and a summary line.
import type { Deduction, DocumentScore, FileResult, Message, RelatedLocation } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { formatNumber, labelsFor, type Labels } from './labels.js';
import { displayPath } from './paths.js';
import { painter } from './style.js';
import { addTotals, emptyTotals } from './summary.js';
import { alignRows, columnStart } from './table.js';
import { wholeText } from './whole.js';

type Paint = ReturnType<typeof painter>;

/**
 * Widest the message column is padded to (display columns). Chinese messages run long; beyond this a
 * message pushes only its own rule id right, and aligned rows still fit a 120-column terminal.
 */
const MESSAGE_COLUMN_MAX = 64;

/** How many of a project's deductions the ranking names. */
const TOP_DEDUCTIONS = 3;

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'dim' } as const;

/** Spreadsheet and DOCX findings point at a cell (Sheet1!C7); text findings at line:column. */
function position(where: { line: number; column: number; location?: string | undefined }): string {
  return where.location ?? `${where.line}:${where.column}`;
}

/** One line per cell: a message with line breaks would break the columns. */
function oneLine(text: string): string {
  // Nearly every message has no line break: then only the trim is needed.
  return (text.includes('\n') || text.includes('\r') ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text).trim();
}

/** The messages to show; a fatal error is shown even when the result carries no message for it. */
function shownMessages(result: FileResult): Message[] {
  const { fatal, messages } = result;
  if (!fatal || messages.some((m) => m.message === fatal.message)) return messages;
  return [{ ruleId: 'fatal', severity: 'error', message: fatal.message, line: 1, column: 1, path: [] }, ...messages];
}

function relatedLine(related: RelatedLocation, labels: Labels): string {
  return labels.see(position(related), oneLine(related.message));
}

function messageLines(messages: Message[], labels: Labels, paint: Paint): string[] {
  const rows = messages.map((m) => [
    paint('dim', position(m)),
    paint(SEVERITY_STYLE[m.severity], labels.severity[m.severity]),
    oneLine(m.message),
    paint('dim', m.ruleId),
  ]);
  const layout = { indent: '  ', maxWidths: [undefined, undefined, MESSAGE_COLUMN_MAX] };
  const lines = alignRows(rows, layout);
  // Suggestions and related places sit under the message text, where the eye already is.
  const under = ' '.repeat(columnStart(rows, 2, layout));
  const out: string[] = [];
  messages.forEach((m, i) => {
    out.push(lines[i]!);
    if (m.suggestion) out.push(`${under}${labels.suggestion}${oneLine(m.suggestion)}`);
    for (const r of m.related ?? []) out.push(`${under}${paint('dim', relatedLine(r, labels))}`);
  });
  return out;
}

/** The largest deductions first (ties by rule id), as `ruleId −N`. */
function deductionList(deductions: readonly Deduction[], labels: Labels, limit = Infinity): string {
  return [...deductions]
    .filter((d) => d.points > 0)
    .sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    .slice(0, limit)
    .map((d) => `${d.ruleId} −${formatNumber(d.points)}`)
    .join(labels.listSeparator);
}

function scoreLines(score: DocumentScore, labels: Labels, paint: Paint): string[] {
  const gradeStyle = score.grade === '差' ? 'red' : score.grade === '中' ? 'yellow' : 'green';
  const lines = [`  ${paint(['bold', gradeStyle], labels.score(formatNumber(score.value), labels.grade[score.grade], score.consequence))}`];
  const documentDeductions = deductionList(score.documentDeductions, labels);
  if (documentDeductions) lines.push(`  ${labels.documentDeductions}${documentDeductions}`);
  if (score.projects.length === 0) return lines;
  // Stable sort: projects with equal scores keep the document's order.
  const ranked = [...score.projects].sort((a, b) => b.value - a.value);
  const rows = ranked.map((p, i) => [
    `${i + 1}.`,
    p.name || labels.unnamedProject,
    formatNumber(p.value),
    labels.grade[p.grade],
    [deductionList(p.deductions, labels, TOP_DEDUCTIONS), p.gatedBy.length ? labels.gated(p.gatedBy.join(labels.listSeparator)) : '']
      .filter(Boolean)
      .join(labels.clauseSeparator),
  ]);
  return [...lines, `  ${labels.projects}`, ...alignRows(rows, { indent: '    ' })];
}

function fileBlock(result: FileResult, context: ReportContext, labels: Labels, paint: Paint): string[] {
  const messages = shownMessages(result);
  if (messages.length === 0 && !result.score) return [];
  return [
    paint('underline', displayPath(result.filePath, context.cwd)),
    ...messageLines(messages, labels, paint),
    ...(result.score ? scoreLines(result.score, labels, paint) : []),
  ];
}

/** Each file's block as it comes (a blank line after it), the summary line at the end. */
export function stylishWriter(context: ReportContext): TextReportWriter {
  const labels = labelsFor(context.lang);
  const paint = painter(context.color);
  const sum = emptyTotals();
  return {
    head: '',
    add(result) {
      addTotals(sum, result);
      const block = fileBlock(result, context, labels, paint);
      return block.length > 0 ? `${block.join('\n')}\n\n` : '';
    },
    end() {
      const problems = sum.errors + sum.warnings + sum.infos;
      const summary = problems === 0
        ? paint(['green', 'bold'], labels.clean)
        : paint([sum.errors > 0 ? 'red' : 'yellow', 'bold'], labels.problems(sum));
      return { tail: `${summary}\n` };
    },
  };
}

export function formatStylish(results: FileResult[], context: ReportContext): string {
  return wholeText(stylishWriter(context), results);
}
