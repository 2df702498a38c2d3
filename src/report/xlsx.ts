// The xlsx format: a workbook for people who open Excel, not a terminal. Sheets 文档 (one row per file, fatal files
// included), 项目 (one row per scored project) and 问题 (one row per finding, as in the csv); Chinese headers, a
// frozen header row, filters and column widths to fit. The same results give the same bytes.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { FileResult, Grade, ProjectScore } from '../model/result.js';
import type { ReportContext, ReportWriter } from './context.js';
import { collectingWriter } from './collecting-writer.js';
import { FINDING_COLUMNS, findingRows } from './findings.js';
import { errorsOf } from './summary.js';
import { displayPath } from './paths.js';
import { displayWidth } from './width.js';

/** The dates the workbook carries are fixed, so output is reproducible: document properties (UTC)… */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** …and zip entries, whose DOS dates are local time: local midnight gives the same bytes in every time zone. */
const FIXED_ZIP_DATE = (): Date => new Date(2000, 0, 1);

/** How many of a project's deductions the 项目 sheet names. */
const TOP_DEDUCTIONS = 3;

const GRADE_FILL: Record<Grade, string> = { 优: 'FFC6EFCE', 良: 'FFDDEBF7', 中: 'FFFFEB9C', 差: 'FFFFC7CE' };

type Cell = string | number | null;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function topDeductions(project: ProjectScore): string {
  return [...project.deductions]
    .sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    .slice(0, TOP_DEDUCTIONS)
    .map((d) => `${d.ruleId} −${round(d.points)}`)
    .join('；');
}

/** Adds a sheet with a bold, frozen, filtered header row and columns as wide as their content (within limits). */
function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: Cell[][], gradeColumn?: number): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  headers.forEach((header, index) => {
    let width = displayWidth(header) + 4; // room for the filter button
    for (const row of rows) {
      const value = row[index];
      const longest = value === null || value === undefined ? 0 : Math.max(...String(value).split('\n').map(displayWidth));
      width = Math.max(width, longest + 2);
    }
    // exceljs drops a column whose width equals its default (9) from the file; Excel would then show it narrower.
    const capped = Math.min(width, 60);
    sheet.getColumn(index + 1).width = capped === 9 ? 9.5 : capped;
  });
  if (gradeColumn !== undefined) {
    rows.forEach((row, index) => {
      const grade = row[gradeColumn];
      if (typeof grade === 'string' && grade in GRADE_FILL) {
        sheet.getRow(index + 2).getCell(gradeColumn + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GRADE_FILL[grade as Grade] } };
      }
    });
  }
}

const DOCUMENT_COLUMNS = ['文件', '格式', '得分', '等级', '结论', '错误', '警告', '提示', '无法检查的原因'] as const;
const PROJECT_COLUMNS = ['文件', '项目', '类型', '预算', '得分', '等级', '门槛规则', '主要扣分'] as const;

function documentRows(results: readonly FileResult[], cwd: string): Cell[][] {
  return results.map((r) => [
    displayPath(r.filePath, cwd),
    r.format,
    r.score ? round(r.score.value) : null,
    r.score?.grade ?? null,
    r.score?.consequence ?? null,
    errorsOf(r),
    r.warningCount,
    r.infoCount,
    r.fatal?.message ?? null,
  ]);
}

function projectRows(results: readonly FileResult[], cwd: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const r of results) {
    for (const p of r.score?.projects ?? []) {
      rows.push([
        displayPath(r.filePath, cwd),
        p.name,
        p.kind === 'basic' ? '基本支出' : '项目支出',
        p.budget,
        round(p.value),
        p.grade,
        p.gatedBy.join('、') || null,
        topDeductions(p) || null,
      ]);
    }
  }
  return rows;
}

/** Rewrites the zip with fixed entry dates: exceljs stamps every entry with the time of writing. */
function normaliseZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const files: Zippable = {};
  for (const name of Object.keys(entries)) files[name] = entries[name]!;
  return zipSync(files, { level: 6, mtime: FIXED_ZIP_DATE() });
}

export async function formatXlsx(results: FileResult[], context: ReportContext): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao-lint';
  workbook.lastModifiedBy = 'jixiao-lint';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addSheet(workbook, '文档', DOCUMENT_COLUMNS, documentRows(results, context.cwd), 3);
  addSheet(workbook, '项目', PROJECT_COLUMNS, projectRows(results, context.cwd), 5);
  addSheet(workbook, '问题', FINDING_COLUMNS, findingRows(results, context));
  const buffer = await workbook.xlsx.writeBuffer();
  return normaliseZip(new Uint8Array(buffer as ArrayBuffer));
}

/** Until this format is written piece by piece, its writer keeps the results and builds the workbook at the end. */
export function xlsxWriter(context: ReportContext): ReportWriter {
  return collectingWriter(formatXlsx, context, new Uint8Array(0));
}
