// Nothing in the input is executed or fetched: XML entities are refused, pages' scripts and links are inert, workbook formulas are text.
import http from 'node:http';
import https from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import { readDocument } from '../../src/read/read-document.js';
import { CORPUS_XLSX } from './helpers.js';

const SECRET = 'TOP-SECRET-7f3a';
let dir: string;
let secretFile: string;
let linter: Linter;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-xxe-'));
  secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, SECRET);
  linter = await createLinter({ config: { extends: 'jixiao:recommended' } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Network entry points, replaced by spies that fail loudly if anything calls them. */
function spyNetwork() {
  const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network'));
  const request = vi.spyOn(http, 'request').mockImplementation(() => {
    throw new Error('no network');
  });
  const get = vi.spyOn(https, 'get').mockImplementation(() => {
    throw new Error('no network');
  });
  const httpsRequest = vi.spyOn(https, 'request').mockImplementation(() => {
    throw new Error('no network');
  });
  return { spies: [fetch, request, get, httpsRequest], restore: () => vi.restoreAllMocks() };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
function docxWith(documentXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml),
  });
}

describe('no entity expansion', () => {
  it('a .docx whose document.xml declares an external entity (XXE) is refused and the file it names is not read', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secretFile}">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    const result = await linter.lintBuffer(docxWith(xml), { filePath: 'xxe.docx' });
    expect(result.fatal?.message).toBe('无法读取 Word 文件：XML 含有 DOCTYPE/ENTITY 声明，已拒绝读取');
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('a .docx with an entity expansion bomb (billion laughs) is refused at once', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">${lol}]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>`;
    const result = await linter.lintBuffer(docxWith(xml), { filePath: 'lol.docx' });
    expect(result.fatal?.message).toMatch(/DOCTYPE\/ENTITY 声明，已拒绝读取/);
  });

  it('an .xlsx whose sheet declares an external entity is refused before exceljs sees it', async () => {
    const parts = unzipSync(CORPUS_XLSX);
    const sheet = Object.keys(parts).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = new TextDecoder().decode(parts[sheet]);
    parts[sheet] = strToU8(xml.replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://${secretFile}">]>`));
    const read = await readDocument(zipSync(parts), 'xxe.xlsx');
    expect(read.kind === 'unreadable' && read.message).toBe(`无法读取 Excel 文件：${sheet} 含有 DOCTYPE/ENTITY 声明，已拒绝读取`);
  });
});

describe('nothing fetched or run', () => {
  it('HTML with <script>, <img src=http…>, <link>, <iframe>, <object> and an inline handler fetches and runs nothing', async () => {
    const { spies, restore } = spyNetwork();
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/x.js"></script>
<script>globalThis.__jixiaoPwned = 1;</script><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/"></head>
<body onload="globalThis.__jixiaoPwned = 2"><img src="http://127.0.0.1:9/a.png" onerror="globalThis.__jixiaoPwned = 3"><iframe src="http://127.0.0.1:9/"></iframe>
<object data="http://127.0.0.1:9/x.swf"></object><p>项目绩效目标</p><table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训人数<script>globalThis.__jixiaoPwned = 4</script></td><td>≥100人</td></tr></table></body></html>`;
      const result = await linter.lintBuffer(new TextEncoder().encode(html), { filePath: 'page.html' });
      expect(result.fatal).toBeUndefined();
      const document = await linter.parseBuffer(new TextEncoder().encode(html), 'page.html');
      expect(JSON.stringify(document)).not.toContain('__jixiaoPwned');
      expect((globalThis as Record<string, unknown>)['__jixiaoPwned']).toBeUndefined();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      restore();
    }
  });

  it('an .xlsx with formulas (WEBSERVICE, HYPERLINK, external references) and an external link part is read as text: cached results only', async () => {
    const { spies, restore } = spyNetwork();
    try {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('表1');
      sheet.getCell('A1').value = { formula: 'WEBSERVICE("http://127.0.0.1:9/leak")', result: '缓存值' };
      sheet.getCell('A2').value = { formula: "'[外部.xlsx]Sheet1'!A1", result: 42 };
      sheet.getCell('A3').value = { formula: 'HYPERLINK("http://127.0.0.1:9/","链接")', result: '链接' };
      sheet.getCell('A4').value = { formula: 'CALL("kernel32","WinExec","JCJ","calc",0)' };
      const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
      parts['xl/externalLinks/externalLink1.xml'] = strToU8('<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>');
      parts['xl/externalLinks/_rels/externalLink1.xml.rels'] = strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://127.0.0.1:9/外部.xlsx" TargetMode="External"/></Relationships>');
      const read = await readDocument(zipSync(parts), 'formulas.xlsx');
      expect(read.kind).toBe('native');
      const texts = read.kind === 'native' ? read.document.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : [])) : [];
      expect(texts).toEqual(['缓存值', '42', '链接']);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      restore();
    }
  });
});
