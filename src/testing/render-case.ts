// Renders a case document into the plain-text export layout of the sample (narrative, then one cell per line tables).
import type { CaseDocument } from './case-schema.js';

const TAB = '\t';

function scheduleSentence(s: { labels: string[]; percents: string[] } | undefined): string {
  if (!s) return '';
  return `资金支出进度为${s.labels.join('、')}分别达到${s.percents.join('、')}。`;
}

function fundParagraph(prefix: string, fund: CaseDocument['projects'][number]): string[] {
  const amount = fund.amount ? `年初安排${fund.amount}，` : '';
  const lines = [`${prefix}${fund.name}${amount}${scheduleSentence(fund.schedule)}本项目共分为产出指标、效益指标、满意度指标三个一级指标。以下具体说明：`];
  if (fund.indicators.length > 0) lines.push(`${fund.indicators.join('，')}。`);
  return lines;
}

function cells(values: string[]): string[] {
  return values.map((v) => TAB + v);
}

function renderTable(index: number, unitLine: string, table: CaseDocument['tables'][number]): string[] {
  const out: string[] = [' ', `${index + 1}.${table.name}绩效目标表`, TAB + unitLine, `${TAB}单位：${table.moneyUnit}`, ''];
  out.push(...cells(['项目编码', table.code, '项目名称', table.name]), '');
  out.push(...cells(['预算规模及资金用途', '预算数', table.budget, '其中：财政    资金', table.budget, '其他资金', ' ']), '');
  out.push(...cells(['', table.purpose ?? `用于${table.name}`]), '');
  if (table.schedule) {
    out.push(...cells(['资金支出计划（%）', ...table.schedule.labels]), '');
    out.push(...cells(['', ...table.schedule.percents]), '');
  }
  const [first, ...rest] = table.goals;
  out.push(...cells(['绩效目标', first ?? '']), ...rest, '', '', ' ');
  out.push(...cells(table.header), '');
  for (const row of table.rows) out.push(...cells(row), '');
  out.push('', '');
  return out;
}

/** Renders the document; the same input always gives the same text (so case line numbers are stable). */
export function renderCaseDocument(doc: CaseDocument): string {
  const lines: string[] = [' 第一部分', '部门整体绩效目标', ' ', '一、总体绩效目标'];
  lines.push(doc.overallGoal ?? `${doc.unit}${doc.year}年部门总体绩效目标是在本年度内完成各项工作任务。`);
  lines.push('二、分项绩效目标');
  for (const fund of doc.basicFunds) {
    lines.push(`${fund.name}绩效目标`, ...fundParagraph('', fund));
  }
  if (doc.projects.length > 0 || doc.narrativeLines.length > 0) {
    lines.push('项目绩效目标');
    doc.projects.forEach((p, i) => lines.push(...fundParagraph(`${i + 1}.`, p)));
    lines.push(...doc.narrativeLines);
  }
  lines.push('', '三、工作保障措施', '确保各项工作目标完成。', ' ', '第二部分', ' ', '预算项目绩效目标', ' ');
  const unitLine = `000001${doc.unit}本级`;
  doc.tables.forEach((t, i) => lines.push(...renderTable(i, unitLine, t)));
  return `${lines.join('\n')}\n`;
}
