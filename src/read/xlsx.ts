// Reads a .xlsx into native blocks with exceljs: every visible sheet as one grid, merged ranges kept, cells located as Sheet1!C7.
import type { NativeCell, NativeDocument, NativeTable } from '../parse/native/types.js';
import { readLimits, type ReadLimits } from './limits.js';
import { verifiedPackage } from './repack.js';

/** A1 column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The sheet name as a formula writes it: quoted when it holds anything but letters, digits, '_' and '.', or starts with a digit. */
export function sheetReference(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellLocation(sheet: string, row: number, column: number): string {
  return `${sheetReference(sheet)}!${columnLetters(column)}${row}`;
}

/** "B2:D4" → its corners. */
function rangeCorners(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range.toUpperCase());
  if (!m) return null;
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]!);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

/** Decimal places a number format shows ('0.00' → 2, '0%' → 0); null for General. */
function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || /^general$/i.test(numFmt)) return null;
  const section = numFmt.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (!/[0#?]/.test(section)) return null;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1]!.length : 0;
}

/** A number as the sheet shows it: percent and decimal places of its format, thousands separators when the format has them. */
export function formatNumber(value: number, numFmt?: string): string {
  const section = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const decimals = formatDecimals(numFmt);
  const percent = section.includes('%');
  const shown = percent ? value * 100 : value;
  if (decimals === null) return `${Number(shown.toPrecision(15))}${percent ? '%' : ''}`;
  const grouping = /[0#],[0#]/.test(section);
  const text = shown.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
  return `${text}${percent ? '%' : ''}`;
}

function formatDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return seconds === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** The text of a cell value of any kind exceljs returns (string, number, date, rich text, formula result, hyperlink, error). */
export function valueText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) return (v['richText'] as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return valueText(v['result'], numFmt);
    if ('hyperlink' in v || 'text' in v) return valueText(v['text'], numFmt);
    if (typeof v['error'] === 'string') return v['error'];
  }
  return String(value);
}

interface SheetLike {
  name: string;
  state?: string;
  model: { merges?: string[] };
  eachRow(options: { includeEmpty: boolean }, callback: (row: RowLike, rowNumber: number) => void): void;
}
interface RowLike {
  eachCell(options: { includeEmpty: boolean }, callback: (cell: CellLike, column: number) => void): void;
}
interface CellLike {
  value: unknown;
  numFmt?: string;
  type: number;
}

/** exceljs's value type of a cell merged into another. */
const MERGE_TYPE = 1;

/** One sheet as a grid from its first to its last used row and column; rows with nothing written are left out. */
function readSheetGrid(sheet: SheetLike): NativeTable | null {
  const values = new Map<string, string>();
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  const use = (row: number, column: number): void => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  };
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_TYPE) return;
      const text = valueText(cell.value, cell.numFmt);
      if (text.trim() === '') return;
      values.set(`${r},${c}`, text);
      use(r, c);
    });
  });
  if (values.size === 0) return null;

  const covered = new Map<string, { master: string; merged: 'left' | 'above' }>();
  for (const range of sheet.model.merges ?? []) {
    const corners = rangeCorners(range);
    if (corners === null) continue;
    const master = cellLocation(sheet.name, corners.top, corners.left);
    for (let r = corners.top; r <= corners.bottom; r++) {
      for (let c = corners.left; c <= corners.right; c++) {
        if (r === corners.top && c === corners.left) continue;
        covered.set(`${r},${c}`, { master, merged: r > corners.top ? 'above' : 'left' });
      }
    }
    if (values.has(`${corners.top},${corners.left}`)) use(corners.bottom, corners.right);
  }

  const rows: NativeCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: NativeCell[] = [];
    let written = false;
    for (let c = left; c <= right; c++) {
      const key = `${r},${c}`;
      const cover = covered.get(key);
      if (cover) {
        row.push({ text: '', location: cover.master, merged: cover.merged });
        continue;
      }
      const text = values.get(key) ?? '';
      if (text !== '') written = true;
      row.push({ text, location: cellLocation(sheet.name, r, c) });
    }
    if (written) rows.push(row);
  }
  return { kind: 'table', rows };
}

/**
 * Reads a .xlsx with exceljs (imported on first use): every visible sheet in workbook order, its
 * used range as one grid. Merged ranges keep their value in the top-left cell; the positions they
 * cover are empty cells marked merged and located at the top-left cell. Numbers are shown as
 * their format shows them (decimals, percent, thousands separators), dates as YYYY-MM-DD.
 * Formulas are never evaluated (their cached result is read) and external links are not followed.
 */
export async function readXlsx(bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<NativeDocument> {
  // exceljs inflates whatever the archive holds: it only ever sees a package rebuilt from parts inflated within the limits.
  const safe = verifiedPackage(bytes, limits);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength);
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const blocks: NativeTable[] = [];
  for (const sheet of workbook.worksheets as unknown as SheetLike[]) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const table = readSheetGrid(sheet);
    if (table) blocks.push(table);
  }
  return { format: 'xlsx', layout: 'sheets', blocks };
}
