// Small DOCX/XLSX/HTML builders for reader tests: hand-written WordprocessingML zipped with fflate, workbooks with exceljs.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A paragraph of one run. */
export function p(text: string): string {
  return text === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A table cell; `props` goes into w:tcPr (e.g. '<w:vMerge w:val="restart"/>', '<w:gridSpan w:val="2"/>'); lines become paragraphs. */
export function tc(text: string, props = ''): string {
  return `<w:tc><w:tcPr>${props}</w:tcPr>${text.split('\n').map(p).join('')}</w:tc>`;
}

export function tr(cells: string[], rowProps = ''): string {
  return `<w:tr>${rowProps ? `<w:trPr>${rowProps}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

export function tbl(rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
}

export const vRestart = '<w:vMerge w:val="restart"/>';
export const vContinue = '<w:vMerge/>';
export const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;

/** A .docx package with `body` as the content of w:body (main part at `mainPart`, named by _rels/.rels). */
export function docx(body: string, mainPart = 'word/document.xml', documentXml?: string): Uint8Array {
  const xml = documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${mainPart}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
    ),
    [mainPart]: strToU8(xml),
  });
}

/** An indicator table with the 一级 cells merged down (w:vMerge), as Word writes it. */
export function indicatorTableXml(): string {
  return tbl([
    tr([tc('项目名称'), tc('培训项目', span(3))]),
    tr([tc('一级指标'), tc('二级指标'), tc('三级指标'), tc('指标值')]),
    tr([tc('产出指标', vRestart), tc('数量指标'), tc('培训人次'), tc('≥100人次')]),
    tr([tc('', vContinue), tc('质量指标'), tc('培训合格率'), tc('≥95%')]),
    tr([tc('满意度指标'), tc('服务对象满意度指标'), tc('学员满意度'), tc('≥90%')]),
  ]);
}

/** A workbook built with exceljs, as bytes. */
export async function xlsx(build: (workbook: import('exceljs').Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function hexBytes(hex: string): Uint8Array {
  return new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
}

/**
 * A GB2312 page (meta http-equiv charset=gb2312): a paragraph, then a table with 项目名称 (colspan 3),
 * the header, and two indicators under a 一级 cell with rowspan 2.
 */
export const GBK_PAGE =
  '3c68746d6c3e3c686561643e3c6d65746120687474702d65717569763d22436f6e74656e742d547970652220636f6e74656e743d22746578742f6874' +
  '6d6c3b20636861727365743d676232333132223e3c7469746c653ebca8d0a7c4bfb1ea3c2f7469746c653e3c2f686561643e3c626f64793e0a3c703e' +
  'c4b3b5a5cebb32303235c4eacfeec4bfbca8d0a7c4bfb1ea3c2f703e0a3c7461626c6520626f726465723d313e0a3c74723e3c74643ecfeec4bfc3fb' +
  'b3c63c2f74643e3c746420636f6c7370616e3d333eb2e2cad4cfeec4bf3c2f74643e3c2f74723e0a3c74723e3c74643ed2bbbcb6d6b8b1ea3c2f7464' +
  '3e3c74643eb6febcb6d6b8b1ea3c2f74643e3c74643ec8fdbcb6d6b8b1ea3c2f74643e3c74643ed6b8b1ead6b53c2f74643e3c2f74723e0a3c74723e' +
  '3c746420726f777370616e3d323eb2fab3f6d6b8b1ea3c2f74643e3c74643ecafdc1bfd6b8b1ea3c2f74643e3c74643ec5e0d1b5c8cbb4ce3c2f7464' +
  '3e3c74643ea1dd313030c8cbb4ce3c2f74643e3c2f74723e0a3c74723e3c74643ed6cac1bfd6b8b1ea3c2f74643e3c74643ec5e0d1b5bacfb8f1c2ca' +
  '3c2f74643e3c74643ea1dd3935253c2f74643e3c2f74723e0a3c2f7461626c653e3c2f626f64793e3c2f68746d6c3e0a';
