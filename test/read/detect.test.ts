// Format detection by content: Office packages even when renamed, HTML by its markup, and a clear fatal result for what cannot be read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import { outcomeOf } from '../../src/cli/outcome.js';
import { decodeText } from '../../src/read/decode.js';
import { detectFormat } from '../../src/read/detect.js';
import { listZipEntries } from '../../src/read/zip.js';
import { docx, indicatorTableXml, p, utf8, xlsx } from './builders.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const PDF = utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = utf8('GIF89a\u0001\u0000\u0001\u0000');
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('detectFormat', () => {
  it('tells docx from xlsx by the parts of the package, whatever the name', async () => {
    const word = docx(p('正文'));
    const excel = await xlsx((wb) => wb.addWorksheet('Sheet1').addRow(['a']));
    expect(detectFormat(word, 'a.docx')).toEqual({ readable: true, format: 'docx' });
    expect(detectFormat(word, 'renamed.xlsx')).toEqual({ readable: true, format: 'docx' });
    expect(detectFormat(word)).toEqual({ readable: true, format: 'docx' });
    expect(detectFormat(excel, 'renamed.docx')).toEqual({ readable: true, format: 'xlsx' });
    expect(detectFormat(excel, 'no-extension')).toEqual({ readable: true, format: 'xlsx' });
    expect(listZipEntries(word).map((e) => e.name)).toContain('word/document.xml');
  });

  it('names what it cannot read: PDF, images, old Office files, other packages, archives, binaries', () => {
    const cases: Array<[Uint8Array, string, string, RegExp]> = [
      [PDF, 'x.pdf', 'pdf', /^这是 PDF 文件，暂不支持读取；请提供 Word（\.docx）、Excel（\.xlsx）、HTML 或文本格式/],
      [PNG, 'scan.docx', 'png', /^这是 PNG 图片/],
      [JPEG, 'x.jpg', 'jpeg', /^这是 JPEG 图片/],
      [GIF, 'x.gif', 'gif', /^这是 GIF 图片/],
      [OLE, 'old.doc', 'doc', /^这是旧版 Word 文件（\.doc）.*另存为/],
      [OLE, 'old.xls', 'doc', /^这是旧版 Excel 文件（\.xls）/],
      [zipSync({ 'ppt/presentation.xml': strToU8('<p/>') }), 'x.pptx', 'pptx', /PowerPoint/],
      [zipSync({ 'readme.txt': strToU8('hi') }), 'x.zip', 'zip', /^这是 ZIP 压缩包/],
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), 'a.out', 'binary', /^这是二进制文件/],
    ];
    for (const [bytes, name, format, message] of cases) {
      const detected = detectFormat(bytes, name);
      expect(detected.readable, name).toBe(false);
      expect(detected.format, name).toBe(format);
      if (!detected.readable) expect(detected.message, name).toMatch(message);
    }
  });

  it('recognises HTML by its markup, also when renamed, and leaves other text to the text parser', () => {
    expect(detectFormat(utf8('\n<!DOCTYPE html><html><body></body></html>'), 'page.txt').format).toBe('html');
    expect(detectFormat(utf8('<table><tr><td>a</td></tr></table>'), 'fragment').format).toBe('html');
    expect(detectFormat(utf8('单位：万元\n<table border=1><tr><td>一级指标</td></tr></table>'), 'copied.txt').format).toBe('html');
    expect(detectFormat(utf8('<p>段落</p>'), 'x.htm').format).toBe('html');
    expect(detectFormat(utf8('| 一级指标 | 指标值 |\n|---|---|\n'), 'x.md').format).toBe('text');
    expect(detectFormat(utf8('一级指标,指标值\n'), 'x.csv').format).toBe('text');
    expect(detectFormat(new Uint8Array([]), 'empty.txt').format).toBe('text');
  });

  it('reads UTF-16 text (Notepad "Unicode") as text', () => {
    const text = '一级指标\t指标值';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(detectFormat(le, 'x.txt')).toEqual({ readable: true, format: 'text' });
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('linting by content', () => {
  it('lints a renamed docx as Word, with the findings of the correctly named file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-detect-'));
    const bytes = docx(p('培训项目绩效目标表') + indicatorTableXml());
    writeFileSync(join(dir, 'table.docx'), bytes);
    writeFileSync(join(dir, 'table.txt'), bytes);
    writeFileSync(join(dir, 'table'), bytes);
    const linter = await createLinter({ cwd: dir });
    const results = await linter.lintFiles(['table.docx', 'table.txt', 'table']);
    expect(results.map((r) => r.format)).toEqual(['docx', 'docx', 'docx']);
    const strip = (r: (typeof results)[number]) => r.messages.map((m) => [m.ruleId, m.message, m.location]);
    expect(strip(results[1]!)).toEqual(strip(results[0]!));
    expect(strip(results[2]!)).toEqual(strip(results[0]!));
    expect(results[0]!.messages.every((m) => m.location?.match(/^(?:表\d+ 第\d+行 第\d+列|第\d+段)$/))).toBe(true);
  });

  it('gives a PNG and a PDF a fatal result that says what the file is, and exit code 1', async () => {
    const linter = await createLinter();
    const png = await linter.lintBuffer(PNG, { filePath: 'scan.png' });
    const pdf = await linter.lintBuffer(PDF, { filePath: 'report.pdf' });
    expect(png).toMatchObject({ format: 'png', errorCount: 1, fatal: { message: expect.stringMatching(/^这是 PNG 图片/) } });
    expect(pdf).toMatchObject({ format: 'pdf', errorCount: 1, fatal: { message: expect.stringMatching(/^这是 PDF 文件，暂不支持读取/) } });
    expect(pdf.messages).toEqual([expect.objectContaining({ ruleId: 'fatal', severity: 'error', message: pdf.fatal!.message })]);
    expect(outcomeOf([png]).exitCode).toBe(1);
    expect(outcomeOf([pdf]).exitCode).toBe(1);
    await expect(linter.parseBuffer(PDF, 'report.pdf')).rejects.toThrow(/^这是 PDF 文件/);
  });

  it('gives a damaged docx a fatal result, not a crash', async () => {
    const word = docx(p('正文'));
    const damaged = word.slice(0, Math.floor(word.length / 2));
    const result = await (await createLinter()).lintBuffer(damaged, { filePath: 'broken.docx' });
    expect(result.fatal?.message).toBeDefined();
    expect(result.errorCount).toBe(1);
  });
});
