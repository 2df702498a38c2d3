// The xlsx format: a workbook for people who open Excel, not a terminal. Sheets 文档 (one row per file, fatal files
// included), 项目 (one row per scored project) and 问题 (one row per finding, as in the csv); Chinese bold headers, a
// frozen header row, filters, grade colours and column widths. Streamed: each file's 问题 rows are written and
// compressed as the file comes (exceljs's streaming writer, zipped by fflate and deflated in zlib's thread pool:
// xlsx-workbook.ts) and add() hands out the bytes, so memory does not grow with the findings; 文档 and 项目 keep their
// cell values (as JSON outside the heap) and are written at the end, and the tabs then ordered 文档, 项目, 问题. A
// table longer than Excel's row limit goes on in further sheets (问题 (2), 问题 (3)…). The same results give the
// same bytes.
import type ExcelJS from 'exceljs';
import type { FileResult, Grade, ProjectScore } from '../model/result.js';
import type { ReportContext, ReportWriter } from './context.js';
import { FINDING_COLUMNS, findingRows } from './findings.js';
import { largestDeductions } from './ranking-records.js';
import { errorsOf } from './summary.js';
import { displayPath } from './paths.js';
import { wholeReport } from './whole.js';
import { displayWidth } from './width.js';
import { streamedWorkbook } from './xlsx-workbook.js';
import { TextStore, type BlockKeeper } from './text-store.js';

/** The widest a column is made; longer text is still all there, one click away. */
const MAX_WIDTH = 60;

const GRADE_FILL: Record<Grade, string> = { 优: 'FFC6EFCE', 良: 'FFDDEBF7', 中: 'FFFFEB9C', 差: 'FFFFC7CE' };

type Cell = string | number | null;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The project's largest deductions, as the 项目 sheet names them (the same three as the html and summary rankings). */
function topDeductions(project: ProjectScore): string {
  return largestDeductions(project.deductions)
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

const DOCUMENTS: TableSpec = { name: '文档', headers: ['文件', '格式', '得分', '等级', '结论', '错误', '警告', '提示', '无法检查的原因'], gradeColumn: 3 };
const PROJECTS: TableSpec = { name: '项目', headers: ['文件', '项目', '类型', '预算', '得分', '等级', '门槛规则', '主要扣分'], gradeColumn: 5 };
const FINDINGS: TableSpec = { name: '问题', headers: FINDING_COLUMNS };

/**
 * 问题's column widths, fixed: a streamed sheet writes its columns before its first row, so they cannot be fitted
 * to content. Each is the header's width or what the column usually holds (a rule id: the longest built-in one has
 * 36 characters), and the free-text columns (消息, 建议) are at the cap.
 */
const FINDING_WIDTHS: readonly number[] = [40, 8, 8, 14, 12, 38, 40, 30, 30, MAX_WIDTH, MAX_WIDTH];

/** The width a header needs, with room for the filter button. */
function headerWidth(header: string): number {
  return displayWidth(header) + 4;
}

/** The width a cell needs: its longest line, plus a margin. */
function cellWidth(value: Cell | undefined): number {
  const longest = value === null || value === undefined ? 0 : Math.max(...String(value).split('\n').map(displayWidth));
  return longest + 2;
}

/**
 * Characters XML 1.0 does not allow: C0 controls but tab and line breaks, DEL (exceljs drops it), lone surrogates and
 * U+FFFE/U+FFFF. exceljs drops the C0 controls itself but writes the others as they are, which would make a reader
 * refuse the sheet; each becomes U+FFFD, so a reader still sees that something was there.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character NOT_XML may match, without its look-arounds (a surrogate pair matches here; NOT_XML then decides). */
const MAY_BE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Whether a text may hold a character NOT_XML matches. Nearly no finding has one; on 228,609 cells of 200 files
 * this plain class took 12 ms, the replace with NOT_XML's look-arounds 30–61 ms, a loop over code units 54–59 ms.
 */
export function mayHoldNonXml(text: string): boolean {
  return MAY_BE_NOT_XML.test(text);
}

/** A value as the sheet gets it: text made safe for XML, and an empty text no cell at all (exceljs would write an empty string cell, which readers take for a blank anyway). */
function cellValue(value: Cell): Cell {
  if (value === '') return null;
  return typeof value === 'string' && mayHoldNonXml(value) ? value.replace(NOT_XML, '\uFFFD') : value;
}

/**
 * The name of a table's n-th sheet (from 0): 问题, then 问题 (2), 问题 (3)…, the way Excel names a copied sheet, so a
 * reviewer sees at once that the table goes on; every finding stays in the workbook rather than being cut off.
 */
function sheetName(name: string, index: number): string {
  return index === 0 ? name : `${name} (${index + 1})`;
}

/** Opens a sheet with its columns' widths and a bold, frozen, filtered header row (written at once). */
function openSheet(workbook: ExcelJS.Workbook, name: string, spec: TableSpec, widths: readonly number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.headers.length } };
  widths.forEach((width, index) => {
    // exceljs drops a column whose width equals its default (9) from the file; Excel would then show it narrower.
    const capped = Math.min(width, MAX_WIDTH);
    sheet.getColumn(index + 1).width = capped === 9 ? 9.5 : capped;
  });
  const header = sheet.addRow([...spec.headers]);
  header.font = { bold: true };
  header.commit();
  return sheet;
}

/**
 * One style object per value type for the plain cells of a workbook, and one for the plain rows. exceljs gives
 * every cell and every row a fresh {} and works out its style id for each as the row is written; for an object it
 * has seen before it finds the id at once (a WeakMap), and the id depends only on the style's content and the
 * value type (hence one object per type). The grade cell keeps its own object: exceljs sets a fill by changing the
 * cell's style object in place. (Each row's and each empty cell's own {} cost ~4 µs to look up: ~1 s and ~0.8 s for
 * 2,000 files' findings.)
 */
interface PlainStyles {
  cells: Map<ExcelJS.ValueType, Partial<ExcelJS.Style>>;
  row: Partial<ExcelJS.Style>;
}

function plainStyles(): PlainStyles {
  return { cells: new Map(), row: {} };
}

/** Writes a row out (exceljs then forgets it), its grade cell coloured and the other cells sharing a plain style. */
function writeRow(sheet: ExcelJS.Worksheet, spec: TableSpec, values: readonly Cell[], plain: PlainStyles): void {
  const row = sheet.addRow(values.map(cellValue));
  const grade = spec.gradeColumn === undefined ? undefined : values[spec.gradeColumn];
  // Empty cells too: exceljs writes no element for them, but looks up their style like any other's.
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    if (typeof grade === 'string' && grade in GRADE_FILL && column === spec.gradeColumn! + 1) {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GRADE_FILL[grade as Grade] } };
      return;
    }
    let style = plain.cells.get(cell.type);
    if (!style) plain.cells.set(cell.type, (style = {}));
    cell.style = style;
  });
  // The row's cells took their styles from it already, and nothing changes it after this. (exceljs's types do not
  // declare the row's style, which it keeps as a plain property.)
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = plain.row;
  row.commit();
}

/** A table whose rows go out as they come, in as many sheets as Excel's row limit needs. */
interface StreamedTable {
  add(row: readonly Cell[]): void;
  /** Closes the last sheet and gives all of the table's sheets. */
  close(): ExcelJS.Worksheet[];
}

function streamedTable(workbook: ExcelJS.Workbook, spec: TableSpec, widths: readonly number[], maxRows: number, plain: PlainStyles): StreamedTable {
  const sheets = [openSheet(workbook, spec.name, spec, widths)];
  let rows = 1; // the header
  return {
    add(row) {
      if (rows >= maxRows) {
        // A sheet is closed before the next opens: the zip writes one entry after another.
        sheets[sheets.length - 1]!.commit();
        sheets.push(openSheet(workbook, sheetName(spec.name, sheets.length), spec, widths));
        rows = 1;
      }
      writeRow(sheets[sheets.length - 1]!, spec, row, plain);
      rows++;
    },
    close() {
      sheets[sheets.length - 1]!.commit();
      return sheets;
    },
  };
}

/** A table kept until the end (文档, 项目: a row per file or project), with its columns' widths fitted as rows come. */
interface KeptTable {
  add(row: Cell[]): void;
  /**
   * Writes the table, in as many sheets as Excel's row limit needs, and gives them; after each row it waits while
   * `room` says the zip's pool is full (项目 is a row per project: 140,000 rows for 20,000 files, ~48 MB of XML
   * that would otherwise all wait in the pool at once).
   */
  write(workbook: ExcelJS.Workbook, plain: PlainStyles, room: () => Promise<void> | undefined): Promise<ExcelJS.Worksheet[]>;
}

function keptTable(spec: TableSpec, maxRows: number, keeper: BlockKeeper | undefined): KeptTable {
  // Each row as JSON, outside the heap (text-store.ts): 项目 has a row per project, 140,000 for 20,000 files.
  // JSON gives back the cells exactly: texts, finite numbers and null (the rows hold nothing else).
  const rows = new TextStore(keeper);
  const widths = spec.headers.map(headerWidth);
  return {
    add(row) {
      rows.add(JSON.stringify(row));
      // Widths are fitted here, as rows arrive, so that the end need not go over the rows twice.
      for (let index = 0; index < widths.length; index++) widths[index] = Math.max(widths[index]!, cellWidth(row[index]));
    },
    async write(workbook, plain, room) {
      // A sheet holds maxRows - 1 rows under its header; a table longer than that goes on in the next.
      const perSheet = maxRows - 1;
      const sheets: ExcelJS.Worksheet[] = [];
      for (let first = 0; first === 0 || first < rows.size; first += perSheet) {
        const sheet = openSheet(workbook, sheetName(spec.name, sheets.length), spec, widths);
        const last = Math.min(rows.size, first + perSheet);
        for (let n = first; n < last; n++) {
          writeRow(sheet, spec, JSON.parse(rows.get(n)) as Cell[], plain);
          const full = room();
          if (full !== undefined) await full;
        }
        sheet.commit();
        sheets.push(sheet);
      }
      return sheets;
    },
  };
}

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

/**
 * Writes each file's findings into 问题 as the file comes and gives the bytes the zip has produced so far (zlib's
 * thread pool compresses while the caller goes on, so a part is often empty and the next one larger; add() gives a
 * promise when MAX_PENDING_PIECES wait there, so nothing piles up however fast results come); 文档 and 项目 are kept
 * as cell values and written at the end, after 问题, and the tabs then ordered 文档, 项目, 问题. The report is the
 * parts in order and the tail: a zip read from its end, so nothing is needed up front.
 */
export function xlsxWriter(context: ReportContext, options: XlsxOptions = {}): ReportWriter<Uint8Array> {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 2) throw new RangeError(`maxRows must leave room for the header and a row: ${maxRows}`);
  const book = streamedWorkbook('jixiao-lint');
  const plain = plainStyles();
  const findings = streamedTable(book.workbook, FINDINGS, FINDING_WIDTHS, maxRows, plain);
  const documents = keptTable(DOCUMENTS, maxRows, context.blocks?.());
  const projects = keptTable(PROJECTS, maxRows, context.blocks?.());
  return {
    head: new Uint8Array(0),
    add(result) {
      const file = displayPath(result.filePath, context.cwd);
      documents.add(documentRow(result, file));
      for (const project of result.score?.projects ?? []) projects.add(projectRow(project, file));
      for (const row of findingRows([result], context)) findings.add(row);
      // The rows' XML is being deflated in zlib's thread pool; when enough of it waits there, so does this file's part.
      const room = book.room();
      return room === undefined ? book.take() : room.then(() => book.take());
    },
    async end() {
      const findingSheets = findings.close();
      const room = () => book.room();
      const tabs = [...(await documents.write(book.workbook, plain, room)), ...(await projects.write(book.workbook, plain, room)), ...findingSheets];
      return { tail: await book.finish(tabs) };
    },
  };
}

/** The whole workbook, through the writer. */
export async function formatXlsx(results: readonly FileResult[], context: ReportContext, options?: XlsxOptions): Promise<Uint8Array> {
  // Every part of this writer is bytes, so the whole report is too.
  return (await wholeReport(xlsxWriter(context, options), results)) as Uint8Array;
}
