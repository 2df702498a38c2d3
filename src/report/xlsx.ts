// The xlsx format: a workbook for people who open Excel, not a terminal. Sheets 文档 (one row per file, fatal files
// included), 项目 (one row per scored project) and 问题 (one row per finding, as in the csv); Chinese headers, a
// frozen header row, filters and column widths to fit. The same results give the same bytes. Written one file at a
// time: only the rows' cell values are kept until the end, and a table longer than Excel's row limit goes on in
// further sheets (问题 (2), 问题 (3)…).
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { FileResult, Grade, ProjectScore } from '../model/result.js';
import type { ReportContext, ReportWriter } from './context.js';
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

/** Excel's limit of rows per worksheet, the header row included: a longer table goes on in a further sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

export interface XlsxOptions {
  /** Rows per sheet, header included (default EXCEL_MAX_ROWS); the tests lower it to see a table split. */
  maxRows?: number;
}

/** A table of the workbook: its sheet name, header row, and the column whose grade colours the cell. */
interface TableSpec {
  name: string;
  headers: readonly string[];
  gradeColumn?: number;
}

/** One sheet's worth of a table: the rows' cell values, and each column's width so far (kept as rows arrive). */
interface SheetPart {
  rows: Cell[][];
  widths: number[];
}

/** A table as rows arrive, in as many sheets as Excel's row limit needs. */
interface Table {
  readonly spec: TableSpec;
  readonly parts: SheetPart[];
  add(row: Cell[]): void;
}

/** The width a cell needs: its longest line, plus a margin. */
function cellWidth(value: Cell | undefined): number {
  const longest = value === null || value === undefined ? 0 : Math.max(...String(value).split('\n').map(displayWidth));
  return longest + 2;
}

function newPart(headers: readonly string[]): SheetPart {
  return { rows: [], widths: headers.map((header) => displayWidth(header) + 4) }; // room for the filter button
}

function newTable(spec: TableSpec, maxRows: number): Table {
  const parts = [newPart(spec.headers)];
  return {
    spec,
    parts,
    add(row) {
      let part = parts[parts.length - 1]!;
      if (part.rows.length + 1 >= maxRows) {
        part = newPart(spec.headers);
        parts.push(part);
      }
      part.rows.push(row);
      // Widths are kept up to date here so that end() need not go over the rows twice.
      for (let index = 0; index < part.widths.length; index++) part.widths[index] = Math.max(part.widths[index]!, cellWidth(row[index]));
    },
  };
}

/**
 * The name of a table's n-th sheet (from 0): 问题, then 问题 (2), 问题 (3)…, the way Excel names a copied sheet, so a
 * reviewer sees at once that the table goes on; every finding stays in the workbook rather than being cut off.
 */
function sheetName(name: string, index: number): string {
  return index === 0 ? name : `${name} (${index + 1})`;
}

/**
 * Gives the unstyled cells one shared style object per value type. exceljs gives every cell a fresh {} and, when
 * writing, caches each style object's id in a WeakMap: with a fresh object per cell that map holds millions of
 * entries and writing grows far faster than the rows (2,000 files, 257,000 findings: 98 s of 104). A shared object
 * is found at once, and gives the same id as before, because the id only depends on the style's content and the
 * value type (hence one object per type: the cache does not look at the type). Only once fills are set: exceljs
 * sets a fill or font by changing the cell's style object in place.
 */
function shareEmptyStyles(sheet: ExcelJS.Worksheet): void {
  const shared = new Map<ExcelJS.ValueType, Partial<ExcelJS.Style>>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (Object.keys(cell.style).length > 0) return;
      let style = shared.get(cell.type);
      if (!style) shared.set(cell.type, (style = {}));
      cell.style = style;
    });
  });
}

/** Adds a sheet with a bold, frozen, filtered header row and columns as wide as their content (within limits). */
function addSheet(workbook: ExcelJS.Workbook, name: string, spec: TableSpec, part: SheetPart): void {
  const { headers, gradeColumn } = spec;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of part.rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  part.widths.forEach((width, index) => {
    // exceljs drops a column whose width equals its default (9) from the file; Excel would then show it narrower.
    const capped = Math.min(width, 60);
    sheet.getColumn(index + 1).width = capped === 9 ? 9.5 : capped;
  });
  if (gradeColumn !== undefined) {
    part.rows.forEach((row, index) => {
      const grade = row[gradeColumn];
      if (typeof grade === 'string' && grade in GRADE_FILL) {
        sheet.getRow(index + 2).getCell(gradeColumn + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GRADE_FILL[grade as Grade] } };
      }
    });
  }
  shareEmptyStyles(sheet);
}

const DOCUMENTS: TableSpec = { name: '文档', headers: ['文件', '格式', '得分', '等级', '结论', '错误', '警告', '提示', '无法检查的原因'], gradeColumn: 3 };
const PROJECTS: TableSpec = { name: '项目', headers: ['文件', '项目', '类型', '预算', '得分', '等级', '门槛规则', '主要扣分'], gradeColumn: 5 };
const FINDINGS: TableSpec = { name: '问题', headers: FINDING_COLUMNS };

function documentRow(r: FileResult, file: string): Cell[] {
  return [
    file,
    r.format,
    r.score ? round(r.score.value) : null,
    r.score?.grade ?? null,
    r.score?.consequence ?? null,
    errorsOf(r),
    r.warningCount,
    r.infoCount,
    r.fatal?.message ?? null,
  ];
}

function projectRow(p: ProjectScore, file: string): Cell[] {
  return [
    file,
    p.name,
    p.kind === 'basic' ? '基本支出' : '项目支出',
    p.budget,
    round(p.value),
    p.grade,
    p.gatedBy.join('、') || null,
    topDeductions(p) || null,
  ];
}

/** Rewrites the zip with fixed entry dates: exceljs stamps every entry with the time of writing. */
function normaliseZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const files: Zippable = {};
  for (const name of Object.keys(entries)) files[name] = entries[name]!;
  return zipSync(files, { level: 6, mtime: FIXED_ZIP_DATE() });
}

/** The workbook of the tables, each in as many sheets as it took, with fixed dates. */
async function workbookBytes(tables: readonly Table[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao-lint';
  workbook.lastModifiedBy = 'jixiao-lint';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const table of tables) table.parts.forEach((part, index) => addSheet(workbook, sheetName(table.spec.name, index), table.spec, part));
  // Stored, not compressed: normaliseZip compresses the entries anyway, and compressing twice cost a fifth of the time.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return normaliseZip(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * Keeps each file's rows (cell values only, never the result) and writes the workbook at the end: a zip cannot be
 * written in pieces that concatenate, so the whole report is the tail, and head and every part are empty.
 */
export function xlsxWriter(context: ReportContext, options: XlsxOptions = {}): ReportWriter<Uint8Array> {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 2) throw new RangeError(`maxRows must leave room for the header and a row: ${maxRows}`);
  const [documents, projects, findings] = [DOCUMENTS, PROJECTS, FINDINGS].map((spec) => newTable(spec, maxRows)) as [Table, Table, Table];
  return {
    head: new Uint8Array(0),
    add(result) {
      const file = displayPath(result.filePath, context.cwd);
      documents.add(documentRow(result, file));
      for (const project of result.score?.projects ?? []) projects.add(projectRow(project, file));
      for (const row of findingRows([result], context)) findings.add(row);
      return new Uint8Array(0);
    },
    end: async () => ({ tail: await workbookBytes([documents, projects, findings]) }),
  };
}

/** The whole workbook, through the writer. */
export async function formatXlsx(results: readonly FileResult[], context: ReportContext, options?: XlsxOptions): Promise<Uint8Array> {
  const writer = xlsxWriter(context, options);
  for (const result of results) writer.add(result);
  return (await writer.end()).tail;
}
