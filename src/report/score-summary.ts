// The `summary` format (also --summary): a Chinese overview of a batch for a finance bureau — documents and projects
// ranked by score with grade and their three largest deductions, findings counted by rule, documents per grade,
// and which must be revised (差 cannot enter the budget). Pure: results in, text out.
import type { Deduction, FileResult, Grade } from '../model/result.js';
import type { ReportContext, ReportWriter } from './context.js';
import { collectingWriter } from './collecting-writer.js';
import { formatNumber } from './labels.js';
import { displayPath } from './paths.js';
import { errorsOf } from './summary.js';
import { alignRows } from './table.js';

const TOP = 3;
const GRADES: Grade[] = ['优', '良', '中', '差'];
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stable ranking: highest score first; unscored (fatal) last; ties keep file-path order. */
function ranked<T>(items: readonly T[], score: (item: T) => number | undefined): T[] {
  return items
    .map((item, index) => ({ item, index, value: score(item) }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.index - b.index)
    .map(({ item }) => item);
}

interface Labelled extends Deduction {
  project?: string;
}

function largest(deductions: readonly Labelled[]): string {
  const top = [...deductions]
    .filter((d) => d.points > 0)
    .sort((a, b) => b.points - a.points || byId(a.ruleId, b.ruleId) || byId(a.project ?? '', b.project ?? ''))
    .slice(0, TOP);
  if (top.length === 0) return '无';
  return top.map((d) => `${d.ruleId} −${formatNumber(d.points)}${d.project !== undefined ? `（${d.project}）` : ''}`).join('；');
}

/** A document's deductions: its own, and each project's (named, when it has more than one project). */
function documentDeductions(result: FileResult): Labelled[] {
  const score = result.score!;
  const many = score.projects.length > 1;
  return [
    ...score.documentDeductions,
    ...score.projects.flatMap((p) => p.deductions.map((d) => (many ? { ...d, project: p.name || '（未命名项目）' } : d))),
  ];
}

export function formatSummary(results: FileResult[], context: ReportContext): string {
  const path = (r: FileResult) => displayPath(r.filePath, context.cwd);
  const scored = results.filter((r) => r.score !== undefined);
  const fatal = results.filter((r) => r.fatal !== undefined);
  const projectCount = scored.reduce((n, r) => n + r.score!.projects.length, 0);
  const out: string[] = [`绩效目标评分汇总：${results.length} 个文档（${fatal.length} 个无法检查），${projectCount} 个项目`, ''];

  out.push('一、文档排名（按得分从高到低）');
  const docRows = [['名次', '得分', '等级', '文档', '结论', '最大的三项扣分']];
  ranked(results, (r) => r.score?.value).forEach((r, i) => {
    if (r.score) docRows.push([String(i + 1), formatNumber(r.score.value), r.score.grade, path(r), r.score.consequence, largest(documentDeductions(r))]);
    else docRows.push([String(i + 1), '—', '—', path(r), '无法检查', r.fatal?.message ?? '']);
  });
  out.push(...alignRows(docRows, { indent: '  ' }), '');

  out.push('二、项目排名（按得分从高到低）');
  const projects = scored.flatMap((r) => r.score!.projects.map((p) => ({ p, r })));
  if (projects.length === 0) out.push('  （没有可评分的项目）');
  else {
    const rows = [['名次', '得分', '等级', '项目', '文档', '最大的三项扣分']];
    ranked(projects, ({ p }) => p.value).forEach(({ p, r }, i) => rows.push([String(i + 1), formatNumber(p.value), p.grade, p.name || '（未命名项目）', path(r), largest(p.deductions)]));
    out.push(...alignRows(rows, { indent: '  ' }));
  }
  out.push('');

  out.push('三、各规则的问题数（全部文档）');
  const rules = new Map<string, { total: number; error: number; warning: number; info: number; files: Set<string> }>();
  for (const r of results) {
    for (const m of r.messages) {
      const entry = rules.get(m.ruleId) ?? { total: 0, error: 0, warning: 0, info: 0, files: new Set<string>() };
      entry.total += 1;
      entry[m.severity] += 1;
      entry.files.add(r.filePath);
      rules.set(m.ruleId, entry);
    }
  }
  if (rules.size === 0) out.push('  （没有发现问题）');
  else {
    const rows = [['规则', '问题数', '错误', '警告', '提示', '涉及文档', '说明']];
    [...rules.entries()]
      .sort(([a, x], [b, y]) => y.total - x.total || byId(a, b))
      .forEach(([id, e]) => rows.push([id, String(e.total), String(e.error), String(e.warning), String(e.info), String(e.files.size), context.rules?.[id]?.title ?? '']));
    out.push(...alignRows(rows, { indent: '  ' }));
  }
  out.push('');

  out.push('四、等级分布');
  const perGrade = GRADES.map((g) => `${g} ${scored.filter((r) => r.score!.grade === g).length} 个`);
  out.push(`  ${perGrade.join('，')}${fatal.length > 0 ? `，无法检查 ${fatal.length} 个` : ''}`, '');

  out.push('五、须修改的文档');
  const poor = scored.filter((r) => r.score!.grade === '差');
  const fair = scored.filter((r) => r.score!.grade === '中');
  if (poor.length + fair.length + fatal.length === 0) out.push('  无：所有文档都在“良”及以上');
  if (poor.length > 0) out.push(`  差（不得进入预算，须重新编制）${poor.length} 个：`, ...poor.map((r) => `    ${path(r)}  ${formatNumber(r.score!.value)} 分`));
  if (fair.length > 0) out.push(`  中（须修改后重报）${fair.length} 个：`, ...fair.map((r) => `    ${path(r)}  ${formatNumber(r.score!.value)} 分`));
  if (fatal.length > 0) out.push(`  无法检查（须提供可读的文件）${fatal.length} 个：`, ...fatal.map((r) => `    ${path(r)}  ${r.fatal!.message}`));
  const totalErrors = results.reduce((n, r) => n + errorsOf(r), 0);
  out.push('', `共 ${results.length} 个文档，${totalErrors} 个错误`);
  return `${out.join('\n')}\n`;
}

/** Until this format is written piece by piece, its writer keeps the results and formats them at the end. */
export function summaryWriter(context: ReportContext): ReportWriter {
  return collectingWriter(formatSummary, context);
}
