// The HTML reader: encoding by BOM/meta charset (GBK pages too), text blocks outside tables, tables with rowspan/colspan kept.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import { parseNative } from '../../src/parse/index.js';
import type { NativeTable } from '../../src/parse/native/types.js';
import { decodeHtml, readHtml, readHtmlText } from '../../src/read/html.js';
import { GBK_PAGE, hexBytes, utf8 } from './builders.js';

const onlyTable = (blocks: Array<{ kind: string }>): NativeTable => blocks.find((b): b is NativeTable => b.kind === 'table')!;

describe('decodeHtml', () => {
  it('decodes a GB2312 page by its meta charset', () => {
    const decoded = decodeHtml(hexBytes(GBK_PAGE));
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).toContain('<td colspan=3>测试项目</td>');
    expect(decoded.text).toContain('≥95%');
  });

  it('decodes UTF-8 pages, with or without a BOM, and undeclared GBK pages by falling back to GB18030', () => {
    expect(decodeHtml(utf8('<meta charset="utf-8"><p>指标</p>')).text).toBe('<meta charset="utf-8"><p>指标</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>指标</p>')])).text).toBe('<p>指标</p>');
    expect(decodeHtml(hexBytes('3c703ed6b8b1ea3c2f703e')).text).toBe('<p>指标</p>');
  });
});

describe('readHtml', () => {
  it('places cells with rowspan and colspan on the grid; covered positions are located at the spanning cell', async () => {
    const doc = await readHtmlText(
      '<table><tr><th rowspan="2">一级</th><th colspan="2">宽</th></tr><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d<br>e</td></tr></table>',
    );
    const table = onlyTable(doc.blocks);
    expect(table.rows.map((r) => r.map((c) => c.merged ?? c.text))).toEqual([
      ['一级', '宽', 'left'],
      ['above', 'a', 'b'],
      ['c', 'd\ne'],
    ]);
    expect(table.rows[1]![0]!.location).toBe('表1 第1行 第1列');
    expect(table.rows[1]![1]!.location).toBe('表1 第2行 第2列');
    expect(table.rows[2]![1]!.location).toBe('表1 第3行 第2列');
  });

  it('reads text blocks outside tables as numbered paragraphs; scripts, styles and hidden elements are skipped', async () => {
    const doc = await readHtmlText(
      '<html><head><title>页面</title><style>p{}</style></head><body><script>var x = "<p>no</p>";</script>' +
        '<h1>  标题  </h1><div>第一行<br>第二行 <b>加粗</b></div><p hidden>隐藏</p><div style="display:none">也隐藏</div>' +
        '<table><caption>表题</caption><tr><td>x</td></tr></table><p>表后</p></body></html>',
    );
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? `${b.location}:${b.text}` : 'table'))).toEqual([
      '第1段:标题',
      '第2段:第一行\n第二行 加粗',
      '第3段:表题',
      'table',
      '第4段:表后',
    ]);
  });

  it('reads a layout table that holds tables as the page it lays out', async () => {
    const doc = await readHtmlText('<table><tr><td><p>说明</p><table><tr><td>一级指标</td><td>指标值</td></tr></table></td></tr></table>');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(onlyTable(doc.blocks).rows[0]![1]!.location).toBe('表1 第1行 第2列');
  });

  it('parses a GBK page into indicators with 一级 carried down the rowspan, located at their cells', async () => {
    const { document, encoding } = await readHtml(hexBytes(GBK_PAGE));
    expect(encoding).toBe('gbk');
    const doc = parseNative(document, 'page.htm');
    expect(doc.format).toBe('html');
    const table = doc.projects[0]!.table!;
    expect(table.name?.text).toBe('测试项目');
    expect(table.indicators.map((i) => [i.level1?.text, i.level1Inherited, i.level3?.text, i.target?.text, i.target?.span.location])).toEqual([
      ['产出指标', false, '培训人次', '≥100人次', '表1 第3行 第4列'],
      ['产出指标', true, '培训合格率', '≥95%', '表1 第4行 第4列'],
    ]);
    expect(doc.year?.value).toBe(2025);
  });

  it('gives an unrelated web page "no indicator table found", not a crash and not a clean pass', async () => {
    const page = utf8('<!DOCTYPE html><html><body><h1>新闻</h1><p>今天天气晴。</p><table><tr><td>日期</td><td>标题</td></tr></table></body></html>');
    const result = await (await createLinter()).lintBuffer(page, { filePath: 'news.html' });
    expect(result.fatal).toBeUndefined();
    expect(result.format).toBe('html');
    expect(result.messages.find((m) => m.ruleId === 'no-indicator-table')?.message).toMatch(/^未找到绩效指标表/);
  });
});
