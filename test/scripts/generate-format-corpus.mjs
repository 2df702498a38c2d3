// Writes corpus/formats/: the sample 000_88a2649a8df46961 as .docx, .xlsx, .html and .md (npm run corpus:formats).
//
// The content comes from the parser's reading of the sample (dist/, so build first): the narrative
// lines above the first project table become paragraphs (Word bookmarks dropped), and each project
// table becomes a real table: its title as a paragraph (a merged title row in Excel, a heading in
// Markdown), then the block rows above the grid (unit line, 项目编码/名称, 预算数, 资金支出计划,
// 绩效目标) and the indicator grid, cell for cell as the parser read them. A row whose first cell
// is empty under a row whose first cell is written ("same as above": 一级指标, 预算规模及资金用途,
// 资金支出计划) is a merged cell: w:vMerge in Word, a merged range in Excel, rowspan in HTML; a row
// with fewer cells than the table is wide has its last cell spanning the rest (gridSpan, merged
// range, colspan). Markdown has no merges: the empty cells stay empty, line breaks are <br>.
//
// Deterministic: fixed document properties and dates, and the ZIP packages are rewritten with
// fixed entry times, so re-running gives identical bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { stripBookmarks } from '../../dist/src/parse/bookmark.js';
import { parseTableRegion } from '../../dist/src/parse/cell-per-line/parse-table.js';
import { splitLayout } from '../../dist/src/parse/cell-per-line/regions.js';
import { assembleRows } from '../../dist/src/parse/cell-per-line/rows.js';
import { tokenizeCells } from '../../dist/src/parse/cell-per-line/tokenize.js';
import { splitLines } from '../../dist/src/parse/lines.js';
import { isIndicatorHeader } from '../../dist/src/parse/table/labels.js';

const ROOT = join(import.meta.dirname, '../..');
const NAME = '000_88a2649a8df46961';
const SOURCE = join(ROOT, 'corpus', `${NAME}.txt`);
const OUT = join(ROOT, 'corpus/formats');
const TITLE = '玉田县亮甲店镇人民政府2025年部门预算绩效目标';
const AUTHOR = 'jixiao-lint corpus generator';
/** Every date the packages record. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');
/** ZIP entry times are local time: built from local components they are the same in every time zone. */
const ZIP_TIME = new Date(2025, 0, 1, 0, 0, 0);

/** The sample as the parser reads it: narrative lines and, per project table, its title and rows of cell texts. */
function readSample() {
  const text = readFileSync(SOURCE, 'utf8');
  const layout = splitLayout(splitLines(text));
  const narrative = layout.narrative.map((l) => stripBookmarks(l.text).replace(/\s+$/, ''));
  const tables = layout.tables.map((region) => {
    const chunks = tokenizeCells(region.lines);
    const h = chunks.findIndex((chunk) => isIndicatorHeader(chunk.map((c) => c.text)));
    if (h === -1) throw new Error(`no indicator header under ${region.title?.text}`);
    const header = chunks[h];
    const rows = [...chunks.slice(0, h), header, ...assembleRows(chunks.slice(h + 1), header.length)].map((row) => row.map((c) => c.text));
    // Cross-check with the model: every indicator the parser found is a row written here.
    const model = parseTableRegion(region);
    if (model.indicators.length !== rows.length - h - 1) throw new Error(`row count differs for ${region.title?.text}`);
    return { title: stripBookmarks(region.title?.text ?? ''), rows, headerRow: h };
  });
  return { narrative, tables };
}

/**
 * The table's layout: width, and per cell its column span and vertical merge. A first cell that is
 * empty under a written (or already merged) first cell continues it; the header row never merges
 * into the block above it, and the first grid row never into the header.
 */
function layoutTable(table) {
  const width = Math.max(...table.rows.map((r) => r.length));
  const merged = table.rows.map(() => false);
  table.rows.forEach((row, r) => {
    if (r === 0 || r === table.headerRow || r === table.headerRow + 1 || row.length < 2 || row[0] !== '') return;
    const above = table.rows[r - 1];
    if (above.length >= 2 && (above[0] !== '' || merged[r - 1])) merged[r] = true;
  });
  const rows = table.rows.map((row, r) =>
    row.map((text, c) => ({
      text,
      colSpan: c === row.length - 1 ? width - row.length + 1 : 1,
      // 'restart' on a written first cell that the next row continues; 'continue' on the continuation.
      vMerge: c !== 0 ? null : merged[r] ? 'continue' : merged[r + 1] ? 'restart' : null,
    })),
  );
  return { width, rows };
}

/** Rewrites a ZIP package with fixed entry times and the same compression, entries in their original order. */
function normalizeZip(bytes, rewrite = (name, data) => data) {
  const files = unzipSync(new Uint8Array(bytes));
  const out = {};
  for (const name of Object.keys(files)) out[name] = [rewrite(name, files[name]), { mtime: ZIP_TIME, level: 6 }];
  return Buffer.from(zipSync(out, { mtime: ZIP_TIME }));
}

const utf8 = new TextDecoder();
const encode = (s) => new TextEncoder().encode(s);

async function writeDocx(sample) {
  const children = sample.narrative.map((line) => new Paragraph({ children: line.trim() === '' ? [] : [new TextRun(line)] }));
  for (const table of sample.tables) {
    const { width, rows } = layoutTable(table);
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: table.title, bold: true })] }));
    children.push(
      new Table({
        columnWidths: Array.from({ length: width }, () => Math.floor(9000 / width)),
        width: { size: 9000, type: WidthType.DXA },
        rows: rows.map(
          (row) =>
            new TableRow({
              children: row.map(
                (cell) =>
                  new TableCell({
                    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                    verticalMerge: cell.vMerge === 'restart' ? VerticalMergeType.RESTART : cell.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
                    children: (cell.vMerge === 'continue' ? [''] : cell.text.split('\n')).map((line) => new Paragraph({ children: line === '' ? [] : [new TextRun(line)] })),
                  }),
              ),
            }),
        ),
      }),
    );
    children.push(new Paragraph({ children: [] }));
  }
  const doc = new Document({
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    title: TITLE,
    description: `The sample ${NAME} as a Word document (generated).`,
    revision: 1,
    sections: [{ children }],
  });
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return normalizeZip(await Packer.toBuffer(doc), (name, data) =>
    name === 'docProps/core.xml'
      ? encode(utf8.decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${iso}$2`))
      : data,
  );
}

async function writeXlsx(sample) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = AUTHOR;
  workbook.lastModifiedBy = AUTHOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = TITLE;
  const tables = sample.tables.map(layoutTable);
  const width = Math.max(...tables.map((t) => t.width));

  // Sheet 1: the narrative, one paragraph per row, merged across the table width.
  const narrative = workbook.addWorksheet('部门整体绩效目标');
  narrative.getColumn(1).width = 100;
  sample.narrative.forEach((line, i) => {
    if (line.trim() === '') return;
    narrative.getCell(i + 1, 1).value = line;
    narrative.mergeCells(i + 1, 1, i + 1, width);
  });

  // Sheet 2: the project tables one below the other, a merged title row above each.
  const sheet = workbook.addWorksheet('项目绩效目标表');
  for (let c = 1; c <= width; c++) sheet.getColumn(c).width = 18;
  let r = 1;
  sample.tables.forEach((table, t) => {
    const { rows } = tables[t];
    sheet.getCell(r, 1).value = table.title;
    sheet.mergeCells(r, 1, r, width);
    r++;
    const top = r;
    rows.forEach((row, i) => {
      let c = 1;
      for (const cell of row) {
        if (cell.vMerge !== 'continue') sheet.getCell(top + i, c).value = cell.text;
        if (cell.colSpan > 1) sheet.mergeCells(top + i, c, top + i, c + cell.colSpan - 1);
        c += cell.colSpan;
      }
      // A first cell that the next rows continue is merged down over them.
      if (row[0].vMerge === 'restart') {
        let end = i;
        while (rows[end + 1]?.[0].vMerge === 'continue') end++;
        sheet.mergeCells(top + i, 1, top + end, 1);
      }
    });
    r = top + rows.length;
    r++;
  });
  return normalizeZip(await workbook.xlsx.writeBuffer());
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function writeHtml(sample) {
  const out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', `<title>${escapeHtml(TITLE)}</title>`, '</head>', '<body>'];
  for (const line of sample.narrative) if (line.trim() !== '') out.push(`<p>${escapeHtml(line.trim())}</p>`);
  for (const table of sample.tables) {
    const { rows } = layoutTable(table);
    out.push(`<h3>${escapeHtml(table.title)}</h3>`, '<table border="1" cellspacing="0">', '<tbody>');
    rows.forEach((row, i) => {
      const cells = [];
      for (const cell of row) {
        if (cell.vMerge === 'continue') continue;
        let rowSpan = 1;
        if (cell.vMerge === 'restart') while (rows[i + rowSpan]?.[0].vMerge === 'continue') rowSpan++;
        const attrs = `${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
        cells.push(`<td${attrs}>${cell.text.split('\n').map(escapeHtml).join('<br>')}</td>`);
      }
      out.push(`<tr>${cells.join('')}</tr>`);
    });
    out.push('</tbody>', '</table>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function writeMarkdown(sample) {
  const out = [];
  for (const line of sample.narrative) if (line.trim() !== '') out.push(line.trim(), '');
  const cellText = (text) => text.split('\n').map((l) => l.replace(/\|/g, '\\|')).join('<br>') || ' ';
  const pipeRow = (cells, width) => `| ${[...cells, ...Array(width - cells.length).fill('')].map(cellText).join(' | ')} |`;
  for (const table of sample.tables) {
    out.push(`## ${table.title}`, '');
    // The block rows and the indicator grid as two pipe tables, each with its own first row as header.
    const block = table.rows.slice(0, table.headerRow);
    const grid = table.rows.slice(table.headerRow);
    const blockWidth = Math.max(...block.map((r) => r.length));
    const gridWidth = Math.max(...grid.map((r) => r.length));
    out.push(pipeRow(block[0], blockWidth), `|${' --- |'.repeat(blockWidth)}`, ...block.slice(1).map((r) => pipeRow(r, blockWidth)), '');
    out.push(pipeRow(grid[0], gridWidth), `|${' --- |'.repeat(gridWidth)}`, ...grid.slice(1).map((r) => pipeRow(r, gridWidth)), '');
  }
  return out.join('\n');
}

const sample = readSample();
mkdirSync(OUT, { recursive: true });
const written = [
  [`${NAME}.docx`, await writeDocx(sample)],
  [`${NAME}.xlsx`, await writeXlsx(sample)],
  [`${NAME}.html`, writeHtml(sample)],
  [`${NAME}.md`, writeMarkdown(sample)],
];
for (const [file, content] of written) {
  writeFileSync(join(OUT, file), content);
  console.log(`corpus/formats/${file}: ${typeof content === 'string' ? Buffer.byteLength(content) : content.length} bytes`);
}
