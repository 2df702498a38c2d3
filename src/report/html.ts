// The html format: one self-contained page (inline CSS, SVG and a few lines of JS; nothing fetched) with the
// document and project rankings, a chart of the score distribution, a chart of the most frequent rules, and a
// drill-down per document listing every finding with its location. Fatal files are listed and drilled into too.
// Written one file at a time: the drill-down is the body; the rankings and charts before it come at the end, in pieces.
import type { FileResult, Grade, Message } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { findingsOf } from './findings.js';
import { formatNumber, labelsFor } from './labels.js';
import { inPieces, ROWS_PER_PIECE, type PieceOptions } from './pieces.js';
import { byId, recordStore, type DocumentRecord, type ProjectRecord, type RecordStore } from './ranking-records.js';
import { addTotals, emptyTotals, type Totals } from './summary.js';
import { wholeText } from './whole.js';

/** How many rules the frequency chart shows. */
const TOP_RULES = 10;

const GRADE_COLOR: Record<Grade, string> = { 优: '#1a7f37', 良: '#0969da', 中: '#9a6700', 差: '#cf222e' };

interface Words {
  title: string;
  summary: (files: number, errors: number, warnings: number, infos: number, fatal: number) => string;
  documents: string;
  projects: string;
  scoreChart: string;
  ruleChart: string;
  details: string;
  rank: string;
  file: string;
  format: string;
  score: string;
  grade: string;
  consequence: string;
  errors: string;
  warnings: string;
  infos: string;
  project: string;
  kind: string;
  budget: string;
  deductions: string;
  basic: string;
  projectKind: string;
  where: string;
  severity: string;
  rule: string;
  message: string;
  suggestion: string;
  related: string;
  fatal: string;
  noFindings: string;
  noScores: string;
  noRules: string;
  count: string;
}

const ZH: Words = {
  title: '绩效目标检查报告',
  summary: (f, e, w, i, x) => `共 ${f} 个文件：${e} 个错误，${w} 个警告，${i} 个提示${x > 0 ? `；${x} 个文件无法检查` : ''}`,
  documents: '文档排名',
  projects: '项目排名',
  scoreChart: '文档得分分布',
  ruleChart: '最常见的问题（按规则）',
  details: '逐个文档',
  rank: '名次',
  file: '文件',
  format: '格式',
  score: '得分',
  grade: '等级',
  consequence: '结论',
  errors: '错误',
  warnings: '警告',
  infos: '提示',
  project: '项目',
  kind: '类型',
  budget: '预算',
  deductions: '主要扣分',
  basic: '基本支出',
  projectKind: '项目支出',
  where: '位置',
  severity: '严重程度',
  rule: '规则',
  message: '消息',
  suggestion: '建议',
  related: '相关位置',
  fatal: '无法检查',
  noFindings: '没有发现问题',
  noScores: '没有得分',
  noRules: '没有问题',
  count: '个',
};

const EN: Words = {
  title: 'Performance target report',
  summary: (f, e, w, i, x) => `${f} files: ${e} errors, ${w} warnings, ${i} info${x > 0 ? `; ${x} files could not be checked` : ''}`,
  documents: 'Documents by score',
  projects: 'Projects by score',
  scoreChart: 'Document score distribution',
  ruleChart: 'Most frequent findings (by rule)',
  details: 'Documents',
  rank: '#',
  file: 'File',
  format: 'Format',
  score: 'Score',
  grade: 'Grade',
  consequence: 'Consequence',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  project: 'Project',
  kind: 'Kind',
  budget: 'Budget',
  deductions: 'Largest deductions',
  basic: 'basic',
  projectKind: 'project',
  where: 'Location',
  severity: 'Severity',
  rule: 'Rule',
  message: 'Message',
  suggestion: 'Suggestion',
  related: 'Related',
  fatal: 'Could not be checked',
  noFindings: 'No problems found',
  noScores: 'No scores',
  noRules: 'No findings',
  count: '',
};

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const HTML_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content or a quoted attribute; most texts have nothing to escape and are returned as they are. */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ENTITY[c]!) : text;
}

const e = escapeHtml;

function wordsFor(lang: ReportContext['lang']): Words {
  return lang === 'en' ? EN : ZH;
}

function gradeBadge(grade: Grade | undefined): string {
  return grade === undefined ? '' : `<span class="grade" style="background:${GRADE_COLOR[grade]}">${e(grade)}</span>`;
}

function position(where: { line: number; column: number; location?: string | undefined }): string {
  return where.location !== undefined ? `${where.location}（${where.line}:${where.column}）` : `${where.line}:${where.column}`;
}

function topDeductions(project: ProjectRecord): string {
  return project.largest.map((d) => `${d.ruleId} −${formatNumber(d.points)}`).join('；');
}

/**
 * A ranking table's parts, to be joined: its opening, each row on its own line (made only when pulled), its close.
 * The rows are separated, not ended, by line breaks, so an empty table is `<tbody>\n\n</tbody>`, as it always was.
 */
function* rankingTable<T>(id: string, headings: readonly string[], items: readonly T[], row: (item: T, rank: number) => string): Generator<string> {
  const head = headings.map((h) => `<th>${e(h)}</th>`).join('');
  yield `<table id="${id}" class="sortable"><thead><tr>${head}</tr></thead><tbody>\n`;
  for (const [rank, item] of items.entries()) yield rank === 0 ? row(item, rank) : `\n${row(item, rank)}`;
  yield '\n</tbody></table>';
}

function documentTable(store: RecordStore, w: Words): Generator<string> {
  const headings = [w.rank, w.file, w.score, w.grade, w.consequence, w.errors, w.warnings, w.infos];
  return rankingTable('documents', headings, store.rankedDocuments(), (n, rank) => {
    const d = store.document(n);
    const file = `<a href="#doc-${d.index + 1}">${e(d.path)}</a>`;
    const score = d.score ? formatNumber(d.score.value) : '';
    const conclusion = d.fatal !== undefined ? `<span class="fatal">${e(w.fatal)}</span>` : e(d.score?.consequence ?? '');
    return `<tr><td>${rank + 1}</td><td>${file}</td><td class="num">${score}</td><td>${gradeBadge(d.score?.grade)}</td><td>${conclusion}</td><td class="num">${d.errors}</td><td class="num">${d.warnings}</td><td class="num">${d.infos}</td></tr>`;
  });
}

function projectTable(store: RecordStore, w: Words, unnamed: string): Generator<string> {
  const headings = [w.rank, w.project, w.file, w.kind, w.budget, w.score, w.grade, w.deductions];
  return rankingTable('projects', headings, store.rankedProjects(), (n, rank) => {
    const { project: p, document } = store.project(n);
    const budget = p.budget === null ? '' : formatNumber(p.budget);
    return `<tr><td>${rank + 1}</td><td>${e(p.name || unnamed)}</td><td><a href="#doc-${document + 1}">${e(store.path(document))}</a></td><td>${e(p.kind === 'basic' ? w.basic : w.projectKind)}</td><td class="num">${budget}</td><td class="num">${formatNumber(p.value)}</td><td>${gradeBadge(p.grade)}</td><td>${e(topDeductions(p))}</td></tr>`;
  });
}

/** Ten bins of ten points (the last includes 100), coloured by the grade most of the bin falls in. */
function scoreChart(store: RecordStore, w: Words): string {
  const bins = Array.from({ length: 10 }, () => 0);
  let scored = 0;
  for (let n = 0; n < store.size; n++) {
    const s = store.score(n);
    if (s === undefined) continue;
    bins[Math.min(9, Math.max(0, Math.floor(s / 10)))]! += 1;
    scored += 1;
  }
  const max = Math.max(1, ...bins);
  const width = 560;
  const height = 220;
  const left = 36;
  const bottom = 30;
  const barWidth = (width - left - 10) / 10;
  const plot = height - bottom - 20;
  const color = (bin: number): string => (bin >= 9 ? GRADE_COLOR.优 : bin === 8 ? GRADE_COLOR.良 : bin >= 6 ? GRADE_COLOR.中 : GRADE_COLOR.差);
  const bars = bins.map((count, bin) => {
    const h = Math.round((count / max) * plot);
    const x = Math.round(left + bin * barWidth + 2);
    const y = height - bottom - h;
    const label = `${bin * 10}–${bin === 9 ? 100 : bin * 10 + 9}`;
    return (
      `<g class="bar"><title>${label}：${count}</title>` +
      `<rect x="${x}" y="${y}" width="${Math.round(barWidth - 4)}" height="${h}" fill="${color(bin)}"/>` +
      (count > 0 ? `<text x="${Math.round(x + (barWidth - 4) / 2)}" y="${y - 4}" text-anchor="middle">${count}</text>` : '') +
      `<text x="${Math.round(x + (barWidth - 4) / 2)}" y="${height - bottom + 16}" text-anchor="middle" class="axis">${bin * 10}</text></g>`
    );
  });
  const axis = `<line x1="${left}" y1="${height - bottom}" x2="${width - 8}" y2="${height - bottom}" stroke="#888"/>`;
  const empty = scored === 0 ? `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="axis">${e(w.noScores)}</text>` : '';
  return `<svg id="score-chart" class="chart" role="img" aria-label="${e(w.scoreChart)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${axis}${bars.join('')}${empty}</svg>`;
}

/** Findings per rule id, fatal ones included (what the rule chart draws). */
function countRules(counts: Map<string, number>, findings: readonly Message[]): void {
  for (const m of findings) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
}

function ruleChart(counts: ReadonlyMap<string, number>, context: ReportContext, w: Words): string {
  const top = [...counts].sort((a, b) => b[1] - a[1] || byId(a[0], b[0])).slice(0, TOP_RULES);
  const width = 560;
  const rowHeight = 24;
  const labelWidth = 220;
  const height = Math.max(1, top.length) * rowHeight + 10;
  const max = Math.max(1, ...top.map(([, n]) => n));
  const bars = top.map(([ruleId, count], i) => {
    const y = 5 + i * rowHeight;
    const barLength = Math.max(2, Math.round((count / max) * (width - labelWidth - 50)));
    const title = context.rules?.[ruleId]?.title;
    return (
      `<g class="bar"><title>${e(ruleId)}${title ? `：${e(title)}` : ''}（${count}）</title>` +
      `<text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end">${e(ruleId)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${barLength}" height="${rowHeight - 8}" fill="#57606a"/>` +
      `<text x="${labelWidth + barLength + 6}" y="${y + 16}">${count}</text></g>`
    );
  });
  const empty = top.length === 0 ? `<text x="${width / 2}" y="20" text-anchor="middle" class="axis">${e(w.noRules)}</text>` : '';
  return `<svg id="rule-chart" class="chart" role="img" aria-label="${e(w.ruleChart)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars.join('')}${empty}</svg>`;
}

function findingRow(m: Message, context: ReportContext): string {
  const labels = labelsFor(context.lang);
  const related = (m.related ?? []).map((r) => `<li>${e(position(r))}：${e(r.message)}</li>`).join('');
  const rule = context.rules?.[m.ruleId]?.title;
  const project = [m.project, m.indicator ? `${m.indicator.level3}${m.indicator.target ? ` = ${m.indicator.target}` : ''}` : undefined]
    .filter((x): x is string => x !== undefined && x !== '')
    .map(e)
    .join('<br>');
  return (
    `<tr class="sev-${m.severity}"><td>${e(position(m))}</td><td>${e(labels.severity[m.severity])}</td>` +
    `<td><code${rule ? ` title="${e(rule)}"` : ''}>${e(m.ruleId)}</code></td><td>${project}</td><td>${e(m.message)}</td>` +
    `<td>${e(m.suggestion ?? '')}</td><td>${related ? `<ul>${related}</ul>` : ''}</td></tr>`
  );
}

/** A document's drill-down split around its `open` attribute, which only the writer can decide (see htmlWriter). */
interface Section {
  start: string;
  rest: string;
  fatal: boolean;
}

function drillDown(d: DocumentRecord, findings: readonly Message[], context: ReportContext, w: Words): Section {
  const score = d.score ? ` · ${w.score} ${formatNumber(d.score.value)} ${gradeBadge(d.score.grade)} ${e(d.score.consequence)}` : '';
  const fatal = d.fatal !== undefined ? ` · <span class="fatal">${e(w.fatal)}</span>` : '';
  const counts = ` · ${d.errors} ${e(w.errors)}，${d.warnings} ${e(w.warnings)}，${d.infos} ${e(w.infos)}`;
  const head = [w.where, w.severity, w.rule, w.project, w.message, w.suggestion, w.related].map((h) => `<th>${e(h)}</th>`).join('');
  const body =
    findings.length === 0
      ? `<p class="clean">${e(w.noFindings)}</p>`
      : `<table class="findings"><thead><tr>${head}</tr></thead><tbody>\n${findings.map((m) => findingRow(m, context)).join('\n')}\n</tbody></table>`;
  return {
    start: `<details class="doc" id="doc-${d.index + 1}"`,
    rest: `><summary><strong>${e(d.path)}</strong> <small>${e(d.format)}</small>${score}${fatal}${counts}</summary>\n${body}\n</details>`,
    fatal: d.fatal !== undefined,
  };
}

/** One document (an editor's report) opens its findings; in a batch only unreadable files start open, so the page stays short. */
function sectionText(section: Section, onlyDocument: boolean): string {
  return `${section.start}${onlyDocument || section.fatal ? ' open' : ''}${section.rest}`;
}

const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:24px;color:#1f2328;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:14px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;position:sticky;top:0}table.sortable th{cursor:pointer;user-select:none}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.grade{display:inline-block;min-width:1.6em;text-align:center;color:#fff;border-radius:4px;padding:0 4px;font-weight:bold}
.fatal{color:#cf222e;font-weight:bold}.charts{display:flex;flex-wrap:wrap;gap:24px}
.chart text{font-size:12px;fill:#1f2328}.chart .axis{fill:#57606a}
details.doc{border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:6px 10px}details.doc summary{cursor:pointer}
tr.sev-error td:nth-child(2){color:#cf222e}tr.sev-warning td:nth-child(2){color:#9a6700}tr.sev-info td:nth-child(2){color:#57606a}
td ul{margin:0;padding-left:18px}.clean{color:#1a7f37}
`;

// Click a ranking column heading to sort by it (numbers numerically); click again to reverse.
const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var dir = th.getAttribute('data-dir') === 'asc' ? -1 : 1;
      th.setAttribute('data-dir', dir === 1 ? 'asc' : 'desc');
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent, nx = parseFloat(x), ny = parseFloat(y);
        if (!isNaN(nx) && !isNaN(ny)) return (nx - ny) * dir;
        if (isNaN(nx) !== isNaN(ny)) return isNaN(nx) ? 1 : -1;
        return x.localeCompare(y, 'zh') * dir;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;

/**
 * Everything before the drill-down, as parts to be joined: it ranks and counts every document, so it is written
 * last and put first. The rankings are made when the first part is pulled, and each row (its record decoded from the
 * store) only when its part is, so the rankings of 20,000 documents and their projects never have to be one string,
 * nor their records all in the heap at once.
 */
function* pageHead(store: RecordStore, ruleCounts: ReadonlyMap<string, number>, sum: Totals, context: ReportContext): Generator<string> {
  const w = wordsFor(context.lang);
  const fatalFiles = store.fatalDocuments().length;
  yield `<!DOCTYPE html>
<html lang="${context.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jixiao-lint${context.toolVersion !== undefined ? ` ${e(context.toolVersion)}` : ''}">
<title>${e(w.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(w.title)}</h1>
<p id="summary">${e(w.summary(sum.files, sum.errors, sum.warnings, sum.infos, fatalFiles))}</p>
<div class="charts">
<figure><figcaption>${e(w.scoreChart)}</figcaption>${scoreChart(store, w)}</figure>
<figure><figcaption>${e(w.ruleChart)}</figcaption>${ruleChart(ruleCounts, context, w)}</figure>
</div>
<h2>${e(w.documents)}</h2>
`;
  yield* documentTable(store, w);
  yield `\n<h2>${e(w.projects)}</h2>\n`;
  yield* projectTable(store, w, labelsFor(context.lang).unnamedProject);
  yield `\n<h2>${e(w.details)}</h2>\n`;
}

const PAGE_TAIL = `<script>${SCRIPT}</script>
</body>
</html>
`;

/**
 * The drill-down sections are the body, joined by line breaks. Whether the first one starts open depends on
 * whether it is the only document, so it is held (as text, not as its result) until a second arrives or the end.
 * The head comes from end() in pieces of `rowsPerPiece` parts (a table row, mostly), made as they are pulled.
 */
export function htmlWriter(context: ReportContext, { rowsPerPiece = ROWS_PER_PIECE }: PieceOptions = {}): TextReportWriter {
  const w = wordsFor(context.lang);
  const unnamed = labelsFor(context.lang).unnamedProject;
  const documents = recordStore(context.cwd, unnamed, context.blocks);
  let count = 0;
  const ruleCounts = new Map<string, number>();
  const sum = emptyTotals();
  let first: Section | undefined;
  return {
    head: undefined,
    add(result) {
      const record = documents.add(result);
      count++;
      addTotals(sum, result);
      const findings = findingsOf(result);
      countRules(ruleCounts, findings);
      const section = drillDown(record, findings, context, w);
      if (first === undefined) {
        first = section;
        return '';
      }
      const held = record.index === 1 ? `${sectionText(first, false)}\n` : '\n';
      return held + sectionText(section, false);
    },
    end() {
      const only = count === 1 && first !== undefined ? sectionText(first, true) : '';
      return { head: inPieces(pageHead(documents, ruleCounts, sum, context), rowsPerPiece), tail: `${only}\n${PAGE_TAIL}` };
    },
  };
}

export function formatHtml(results: FileResult[], context: ReportContext): string {
  return wholeText(htmlWriter(context), results);
}
