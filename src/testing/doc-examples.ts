// Reads the 错误示例 / 正确示例 sections of a rule doc into case documents, so every doc example is run.
import { canonicalLevel2 } from '../lexicon/categories.js';
import type { CaseDocumentInput } from './case-schema.js';

export interface DocExamples {
  /** The 错误示例 section as one document (must trigger the rule at least once). */
  incorrect: CaseDocumentInput | null;
  /** The 正确示例 section as one document (must not trigger the rule). */
  correct: CaseDocumentInput | null;
}

const COLUMNS = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];
const DEFAULT_BASIS = '计划标准：年度工作计划';

/** The 一级 category a 二级 label belongs to, for examples that only give 二级/三级/指标值. */
function level1For(level2: string): string {
  const key = canonicalLevel2(level2, null);
  if (key === 'SOC_COST' || key === 'ECO_COST' || (key === 'ECON_COST' && /经济成本/.test(level2))) return '成本指标';
  if (key === 'ECON_BEN' || key === 'SOC_BEN' || key === 'ECO_BEN' || key === 'SUSTAIN') return '效益指标';
  if (key === 'SAT_SUB') return '满意度指标';
  return '产出指标';
}

function splitRow(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** Turns a Markdown table into header + rows; examples may omit 一级, 描述 and 依据 columns. */
function tableFromMarkdown(lines: string[]): { header: string[]; rows: string[][] } | null {
  const [head, rule, ...body] = lines;
  if (!head || !rule || !/^\s*\|?\s*:?-{3,}/.test(rule)) return null;
  const given = splitRow(head);
  if (!given.includes('三级指标') || !given.includes('指标值')) return null;
  const extra = given.filter((c) => !COLUMNS.includes(c));
  const header = [...COLUMNS, ...extra];
  const rows = body.map(splitRow).map((cells) => {
    const cell = (label: string) => {
      const i = given.indexOf(label);
      return i >= 0 ? (cells[i] ?? '') : null;
    };
    const level2 = cell('二级指标') ?? '数量指标';
    const level3 = cell('三级指标') ?? '';
    return [
      cell('一级指标') ?? level1For(level2),
      level2,
      level3,
      cell('绩效指标描述') ?? level3,
      cell('指标值') ?? '',
      cell('指标值确定依据') ?? DEFAULT_BASIS,
      ...extra.map((label) => cell(label) ?? ''),
    ];
  });
  return { header, rows };
}

/** One section's blocks: pipe tables (indicator rows), ```text (narrative lines) and ```json (a case document merged in). */
function sectionDocument(body: string[]): CaseDocumentInput | null {
  const doc: CaseDocumentInput = {};
  const tables: { header: string[]; rows: string[][] }[] = [];
  const narrative: string[] = [];
  let found = false;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const block: string[] = [];
      for (i++; i < body.length && !/^```\s*$/.test(body[i]!); i++) block.push(body[i]!);
      if (fence[1] === 'text') narrative.push(...block.filter((l) => l.trim() !== ''));
      else if (fence[1] === 'json') Object.assign(doc, JSON.parse(block.join('\n')) as CaseDocumentInput);
      found = true;
      continue;
    }
    if (line.trim().startsWith('|')) {
      const block: string[] = [];
      for (; i < body.length && body[i]!.trim().startsWith('|'); i++) block.push(body[i]!);
      i--;
      const table = tableFromMarkdown(block);
      if (table) {
        tables.push(table);
        found = true;
      }
    }
  }
  if (!found) return null;
  if (narrative.length > 0) doc.narrativeLines = [...(doc.narrativeLines ?? []), ...narrative];
  if (tables.length > 0) {
    doc.tables = [
      ...(doc.tables ?? []),
      ...tables.map((t, i) => ({ name: tables.length > 1 ? `示例项目${i + 1}` : '示例项目', header: t.header, rows: t.rows })),
    ];
  }
  return doc;
}

/** Splits a rule doc into its `## ` sections and reads the two example sections. */
export function readDocExamples(markdown: string): DocExamples {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^## (.+?)\s*$/.exec(line);
    if (heading) {
      current = [];
      sections.set(heading[1]!, current);
    } else current?.push(line);
  }
  return {
    incorrect: sectionDocument(sections.get('错误示例') ?? []),
    correct: sectionDocument(sections.get('正确示例') ?? []),
  };
}
