// The `summary` format (also --summary): a Chinese overview of a batch for a finance bureau — documents and projects
// ranked by score with grade and their three largest deductions, findings counted by rule, documents per grade,
// and which must be revised (差 cannot enter the budget). Every part ranks or counts the whole batch, so the writer
// keeps a compact record per document (ranking-records.ts) and a count per rule, and writes the text at the end.
import type { FileResult, Grade, Message } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { formatNumber } from './labels.js';
import { byId, ranked, recordStore, type DocumentRecord, type RankedDeduction } from './ranking-records.js';
import { alignRows } from './table.js';
import { wholeText } from './whole.js';

const GRADES: Grade[] = ['优', '良', '中', '差'];
const UNNAMED = '（未命名项目）';

/** Findings of one rule over the batch; `files` holds paths, so a file given twice counts once. */
interface RuleTally {
  total: number;
  error: number;
  warning: number;
  info: number;
  files: Set<string>;
}

function countRules(rules: Map<string, RuleTally>, filePath: string, messages: readonly Message[]): void {
  for (const m of messages) {
    const entry = rules.get(m.ruleId) ?? { total: 0, error: 0, warning: 0, info: 0, files: new Set<string>() };
    entry.total += 1;
    entry[m.severity] += 1;
    entry.files.add(filePath);
    rules.set(m.ruleId, entry);
  }
}

/** A record keeps zero-point deductions too (html names them); this overview names only what cost points. */
function largest(deductions: readonly RankedDeduction[]): string {
  const top = deductions.filter((d) => d.points > 0);
  if (top.length === 0) return '无';
  return top.map((d) => `${d.ruleId} −${formatNumber(d.points)}${d.project !== undefined ? `（${d.project}）` : ''}`).join('；');
}

function documentSection(documents: readonly DocumentRecord[]): string[] {
  const rows = [['名次', '得分', '等级', '文档', '结论', '最大的三项扣分']];
  ranked(documents, (d) => d.score?.value).forEach((d, i) => {
    if (d.score) rows.push([String(i + 1), formatNumber(d.score.value), d.score.grade, d.path, d.score.consequence, largest(d.score.largest)]);
    else rows.push([String(i + 1), '—', '—', d.path, '无法检查', d.fatal ?? '']);
  });
  return ['一、文档排名（按得分从高到低）', ...alignRows(rows, { indent: '  ' }), ''];
}

function projectSection(scored: readonly DocumentRecord[]): string[] {
  const projects = scored.flatMap((d) => d.projects.map((p) => ({ p, d })));
  if (projects.length === 0) return ['二、项目排名（按得分从高到低）', '  （没有可评分的项目）', ''];
  const rows = [['名次', '得分', '等级', '项目', '文档', '最大的三项扣分']];
  ranked(projects, ({ p }) => p.value).forEach(({ p, d }, i) => rows.push([String(i + 1), formatNumber(p.value), p.grade, p.name || UNNAMED, d.path, largest(p.largest)]));
  return ['二、项目排名（按得分从高到低）', ...alignRows(rows, { indent: '  ' }), ''];
}

function ruleSection(rules: ReadonlyMap<string, RuleTally>, context: ReportContext): string[] {
  if (rules.size === 0) return ['三、各规则的问题数（全部文档）', '  （没有发现问题）', ''];
  const rows = [['规则', '问题数', '错误', '警告', '提示', '涉及文档', '说明']];
  [...rules.entries()]
    .sort(([a, x], [b, y]) => y.total - x.total || byId(a, b))
    .forEach(([id, t]) => rows.push([id, String(t.total), String(t.error), String(t.warning), String(t.info), String(t.files.size), context.rules?.[id]?.title ?? '']));
  return ['三、各规则的问题数（全部文档）', ...alignRows(rows, { indent: '  ' }), ''];
}

function revisionSection(scored: readonly DocumentRecord[], fatal: readonly DocumentRecord[]): string[] {
  const out = ['五、须修改的文档'];
  const poor = scored.filter((d) => d.score!.grade === '差');
  const fair = scored.filter((d) => d.score!.grade === '中');
  const scoreLine = (d: DocumentRecord) => `    ${d.path}  ${formatNumber(d.score!.value)} 分`;
  if (poor.length + fair.length + fatal.length === 0) out.push('  无：所有文档都在“良”及以上');
  if (poor.length > 0) out.push(`  差（不得进入预算，须重新编制）${poor.length} 个：`, ...poor.map(scoreLine));
  if (fair.length > 0) out.push(`  中（须修改后重报）${fair.length} 个：`, ...fair.map(scoreLine));
  if (fatal.length > 0) out.push(`  无法检查（须提供可读的文件）${fatal.length} 个：`, ...fatal.map((d) => `    ${d.path}  ${d.fatal!}`));
  return out;
}

function summaryText(documents: readonly DocumentRecord[], rules: ReadonlyMap<string, RuleTally>, context: ReportContext): string {
  const scored = documents.filter((d) => d.score !== undefined);
  const fatal = documents.filter((d) => d.fatal !== undefined);
  const projectCount = scored.reduce((n, d) => n + d.projects.length, 0);
  const perGrade = GRADES.map((g) => `${g} ${scored.filter((d) => d.score!.grade === g).length} 个`);
  const totalErrors = documents.reduce((n, d) => n + d.errors, 0);
  const out = [
    `绩效目标评分汇总：${documents.length} 个文档（${fatal.length} 个无法检查），${projectCount} 个项目`,
    '',
    ...documentSection(documents),
    ...projectSection(scored),
    ...ruleSection(rules, context),
    '四、等级分布',
    `  ${perGrade.join('，')}${fatal.length > 0 ? `，无法检查 ${fatal.length} 个` : ''}`,
    '',
    ...revisionSection(scored, fatal),
    '',
    `共 ${documents.length} 个文档，${totalErrors} 个错误`,
  ];
  return `${out.join('\n')}\n`;
}

/**
 * Nothing can be written before the last result (the first line counts them all), so each add() writes nothing
 * and end() writes the whole text as the tail. The head is the empty opening, known at once: with an empty body
 * there is nothing for a caller to keep aside.
 */
export function summaryWriter(context: ReportContext): TextReportWriter {
  const documents = recordStore(context.cwd, UNNAMED);
  const rules = new Map<string, RuleTally>();
  return {
    head: '',
    add(result) {
      documents.add(result);
      countRules(rules, result.filePath, result.messages);
      return '';
    },
    end: () => ({ tail: summaryText(documents.records(), rules, context) }),
  };
}

export function formatSummary(results: FileResult[], context: ReportContext): string {
  return wholeText(summaryWriter(context), results);
}
