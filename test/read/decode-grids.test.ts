// Decoding feeds every grid reader: a GB18030 CSV and a UTF-8-BOM Markdown table parse like their UTF-8 originals.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { decodeText } from '../../src/read/decode.js';

/** 项目名称,测试项目 / 一级指标,二级指标,三级指标,指标值 / 产出指标,数量指标,培训人次,≥100 — in GB18030. */
const GB_CSV =
  'cfeec4bfc3fbb3c62cb2e2cad4cfeec4bf0ad2bbbcb6d6b8b1ea2cb6febcb6d6b8b1ea2cc8fdbcb6d6b8b1ea2cd6b8b1ead6b50a' +
  'b2fab3f6d6b8b1ea2ccafdc1bfd6b8b1ea2cc5e0d1b5c8cbb4ce2ca1dd3130300a';
const UTF8_CSV = '项目名称,测试项目\n一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训人次,≥100\n';

function hexBytes(hex: string): Uint8Array {
  return new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
}

describe('decoding grid documents', () => {
  it('reads a GB18030 CSV into the same document as its UTF-8 original', () => {
    const decoded = decodeText(hexBytes(GB_CSV));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(UTF8_CSV);
    const doc = parseText(decoded.text, 'x.csv');
    expect(doc).toEqual(parseText(UTF8_CSV, 'x.csv'));
    expect(doc.format).toBe('csv');
    expect(doc.projects[0]!.table!.indicators[0]!.target?.text).toBe('≥100');
  });

  it('drops the BOM spreadsheet programs write, so the first header cell is still recognised', () => {
    const md = '| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n| 产出指标 | 数量指标 | 培训人次 | ≥100 |\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(md)]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    const table = parseText(decoded.text, 'x.md').projects[0]!.table!;
    expect(table.header[0]!.text).toBe('一级指标');
    expect(table.indicators).toHaveLength(1);
  });
});
