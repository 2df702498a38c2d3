// Odd but possible inputs through the whole pipeline: deep nesting, encodings without marks, line ends, NULs, huge lines and tables.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import { CORPUS_TEXT, expectOutcome, MB, SEED, timed } from './helpers.js';
import { columnLetters } from '../../src/read/xlsx.js';
import { docx, p, tbl, tc, tr } from '../read/builders.js';
import { encodeGbk } from '../read/gbk.js';

let linter: Linter;
beforeAll(async () => {
  linter = await createLinter({ config: { extends: 'jixiao:recommended' } });
});

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The findings as comparable tuples (rule, line, column). */
const findings = (r: { messages: Array<{ ruleId: string | null; line: number; column: number }> }): string[] => r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

describe('encodings and line ends', () => {
  let reference: string[];
  // The corpus text with LF only (the original holds a few CRs of its own).
  const lines = CORPUS_TEXT.split(/\r\n|\r|\n/);
  const LF = lines.join('\n');
  beforeAll(async () => {
    reference = findings(await linter.lintText(LF, { filePath: 'a.txt' }));
    expect(reference.length).toBeGreaterThan(50);
  });

  it('UTF-16 LE and BE without a byte order mark read as the UTF-8 original', async () => {
    for (const order of ['le', 'be'] as const) {
      const result = await linter.lintBuffer(utf16(LF, order), { filePath: 'a.txt' });
      expect(findings(result)).toEqual(reference);
    }
  });

  it('UTF-8 and UTF-16 with byte order marks read as the original', async () => {
    const variants: Uint8Array[] = [Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(LF)]), Uint8Array.from([0xff, 0xfe, ...utf16(LF, 'le')]), Uint8Array.from([0xfe, 0xff, ...utf16(LF, 'be')])];
    for (const bytes of variants) expect(findings(await linter.lintBuffer(bytes, { filePath: 'a.txt' }))).toEqual(reference);
  });

  it('GBK without a mark reads as the text it encodes', async () => {
    // GBK cannot write the original's no-break spaces; a file saved as GBK would hold plain spaces there.
    const gbkText = LF.replaceAll('\u00a0', ' ');
    const expected = findings(await linter.lintText(gbkText, { filePath: 'a.txt' }));
    expect(expected.length).toBeGreaterThan(50);
    expect(findings(await linter.lintBuffer(encodeGbk(gbkText), { filePath: 'a.txt' }))).toEqual(expected);
  });

  it(`CRLF, lone CR and mixed line ends give the same findings as LF (30 random mixes)`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: lines.length, maxLength: lines.length }), async (ends) => {
        tried++;
        // A lone CR before an empty line's LF would make a CRLF (one break, not two): that mix is not a lone CR.
        const fixed = ends.map((e, i) => (e === '\n' && i > 0 && ends[i - 1] === '\r' && lines[i] === '' ? '\r\n' : e));
        const text = lines.map((l, i) => (i < lines.length - 1 ? l + fixed[i] : l)).join('');
        expect(findings(await linter.lintText(text, { filePath: 'a.txt' }))).toEqual(reference);
      }),
      { numRuns: 30, seed: SEED, endOnFailure: true },
    );
    expect(tried).toBe(30);
  }, 60_000);

  it('a stray NUL does not make a text unreadable; a text full of NULs is a binary file', async () => {
    const withNul = await linter.lintBuffer(enc(CORPUS_TEXT.replace('一、总体绩效目标', '一、总体绩效目标\0')), { filePath: 'a.txt' });
    expect(withNul.fatal).toBeUndefined();
    expect(withNul.messages.length).toBeGreaterThan(50);
    const full = await linter.lintBuffer(enc('指标\0\0\0\0值\0\0\0'.repeat(100)), { filePath: 'a.txt' });
    expect(full.fatal?.message).toMatch(/^这是二进制文件/);
  });

  it('binary files named .txt and empty files of every extension end in a result', async () => {
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Uint8Array(200), ...Array.from({ length: 500 }, (_, i) => (i * 37) % 256)]);
    expect((await linter.lintBuffer(elf, { filePath: 'program.txt' })).fatal?.message).toMatch(/^这是二进制文件/);
    for (const name of ['a.txt', 'a.docx', 'a.xlsx', 'a.html', 'a.csv', 'a.md', 'noext']) {
      const result = await linter.lintBuffer(new Uint8Array(0), { filePath: name });
      expectOutcome(result);
      expect(result.messages.length).toBeGreaterThan(0);
    }
    expectOutcome(await linter.lintText(''));
  });
});

describe('size and depth', () => {
  it('HTML nested 100,000 levels deep (div, span, b, p, and tables in cells) ends in a result within seconds', async () => {
    for (const [open, close] of [['<div>', '</div>'], ['<span>', '</span>'], ['<b>', '</b>'], ['<p>', '</p>'], ['<table><tr><td>', '</td></tr></table>']] as const) {
      const n = open.startsWith('<table') ? 20_000 : 100_000;
      const html = `<html><body>${open.repeat(n)}绩效指标${close.repeat(n)}</body></html>`;
      const { value: result, ms } = await timed(() => linter.lintBuffer(enc(html), { filePath: 'deep.html' }));
      expect(result.fatal, open).toBeUndefined();
      expect(result.messages.map((m) => m.ruleId)).toContain('no-indicator-table');
      expect(ms).toBeLessThan(15_000);
    }
  }, 60_000);

  it('a .docx with paragraphs nested 10,000 levels deep in unknown elements ends in a result', async () => {
    const deep = `<w:p>${'<w:smartTag>'.repeat(10_000)}<w:r><w:t>绩效</w:t></w:r>${'</w:smartTag>'.repeat(10_000)}</w:p>`;
    expectOutcome(await linter.lintBuffer(docx(deep), { filePath: 'deep.docx' }));
  });

  it('one 10 MB line ends in a result within seconds (plain, tab-, comma- and pipe-separated, quotes)', async () => {
    for (const unit of ['绩效目标', 'a\t', 'a,', '"a",', 'a"', '95% ', '|a']) {
      const text = unit.repeat(Math.floor((10 * MB) / Buffer.byteLength(unit)));
      const { value: result, ms } = await timed(() => linter.lintText(text, { filePath: 'long.txt' }));
      expectOutcome(result);
      expect(ms, JSON.stringify(unit)).toBeLessThan(10_000);
    }
  }, 90_000);

  /** An indicator table with `rows` indicator rows and `extra` extra columns, in the given form. */
  function indicatorRows(rows: number, extra: number): string[][] {
    const header = ['一级指标', '二级指标', '三级指标', '指标值', ...Array.from({ length: extra }, (_, i) => `备注${i + 1}`)];
    const body = Array.from({ length: rows }, (_, r) => ['产出指标', '数量指标', `培训人数${r}`, `≥${r}人`, ...Array.from({ length: extra }, () => '')]);
    return [header, ...body];
  }

  // 5,000 indicator rows are 5,000 indicators for the rules: the whole pipeline runs once (CSV); the other forms are read and parsed.
  it('tables of 5,000 × 50 and 50 × 5,000 cells end in a result (CSV, Markdown, HTML, DOCX)', async () => {
    for (const [rows, extra] of [[5_000, 46], [50, 4_996]] as const) {
      const grid = indicatorRows(rows, extra);
      const forms: Array<[string, Uint8Array]> = [
        ['t.csv', enc(grid.map((r) => r.join(',')).join('\n'))],
        ['t.md', enc(grid.map((r) => `|${r.join('|')}|`).join('\n'))],
        ['t.html', enc(`<table>${grid.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`)],
        ['t.docx', docx(p('项目绩效目标表') + tbl(grid.map((r) => tr(r.map((c) => tc(c))))))],
      ];
      for (const [name, bytes] of forms) {
        if (rows > 50 && name !== 't.csv') {
          const { value: document, ms } = await timed(() => linter.parseBuffer(bytes, name));
          expect(Array.isArray(document.projects), name).toBe(true);
          expect(ms, `${rows}×${extra + 4} ${name}`).toBeLessThan(20_000);
          continue;
        }
        const { value: result, ms } = await timed(() => linter.lintBuffer(bytes, { filePath: name }));
        expectOutcome(result);
        expect(ms, `${rows}×${extra + 4} ${name}`).toBeLessThan(20_000);
      }
    }
  }, 120_000);

  it('an .xlsx sheet of 5,000 × 50 cells ends in a result', async () => {
    const grid = indicatorRows(5_000, 46);
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${grid
      .map((r, i) => `<row r="${i + 1}">${r.map((c, j) => (c === '' ? '' : `<c r="${columnLetters(j + 1)}${i + 1}" t="inlineStr"><is><t>${c.replace(/</g, '&lt;')}</t></is></c>`)).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    const { value: result, ms } = await timed(() => linter.lintBuffer(xlsx, { filePath: 't.xlsx' }));
    expectOutcome(result);
    expect(result.fatal).toBeUndefined();
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
