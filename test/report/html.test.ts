// The html format (structure only; the browser test lives elsewhere): self-contained, escaped, rankings, charts, drill-down.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { FileResult } from '../../src/model/result.js';
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml, htmlWriter } from '../../src/report/html.js';
import { chunksOf } from '../../src/report/pieces.js';
import { all, clean, fatal, fatalOnly, linted, workbook } from './fixtures.js';
import { textOf } from './piecewise.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const context = { cwd: '/repo', lang: 'zh' as const, color: true, toolVersion: '1.2.3', rules: { 'vague-target': { title: '目标模糊' } } };

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node && node.content) elements(node.content, out);
  return out;
}
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}
const byId = (els: Element[], id: string): Element => els.find((el) => attr(el, 'id') === id)!;
const rows = (table: Element): string[][] =>
  elements(table)
    .filter((el) => el.tagName === 'tr' && el.parentNode && (el.parentNode as Element).tagName === 'tbody')
    .map((tr) => tr.childNodes.filter((c): c is Element => 'tagName' in c).map((td) => text(td)));

describe('html', () => {
  const html = formatHtml(all, context);
  const els = elements(parse(html));

  it('is one self-contained page: no external scripts, styles, images or fonts', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(els.filter((el) => el.tagName === 'script').every((el) => attr(el, 'src') === undefined)).toBe(true);
    expect(els.filter((el) => el.tagName === 'link')).toEqual([]);
    expect(html).toContain('content="jixiao-lint 1.2.3"');
  });

  it('ranks documents by score, unscored (fatal) ones last, and links each to its drill-down', () => {
    expect(rows(byId(els, 'documents'))).toEqual([
      ['1', 'corpus/市教育局.txt', '72.5', '中', '协商完善', '1', '1', '1'],
      ['2', '各单位/乙单位 "2024".xlsx', '55', '差', '不得进入预算', '1', '1', '0'],
      ['3', 'missing.txt', '', '', '无法检查', '1', '0', '0'],
      ['4', 'clean.txt', '', '', '', '0', '0', '0'],
      ['5', '/elsewhere/坏文件.docx', '', '', '无法检查', '1', '0', '0'],
    ]);
    const links = elements(byId(els, 'documents')).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(links).toEqual(['#doc-1', '#doc-2', '#doc-3', '#doc-4', '#doc-5']);
    for (const link of links) expect(byId(els, link!.slice(1)).tagName).toBe('details');
  });

  it('ranks projects by score with grade colours and the largest deductions', () => {
    expect(rows(byId(els, 'projects'))).toEqual([
      ['1', '校舍维修', 'corpus/市教育局.txt', '项目支出', '120', '85', '良', 'cost-indicator-form −5'],
      ['2', '乙', 'corpus/市教育局.txt', '项目支出', '', '60.5', '中', 'vague-target −2；basis-missing −0.5'],
      ['3', '农村饮水安全', '各单位/乙单位 "2024".xlsx', '项目支出', '350.5', '55', '差', 'target-contradiction −10；vague-target −4；basis-missing −1'],
    ]);
    expect(html).toContain('<span class="grade" style="background:#cf222e">差</span>');
  });

  it('draws the score distribution and the most frequent rules as inline SVG', () => {
    const scoreChart = byId(els, 'score-chart');
    expect(scoreChart.tagName).toBe('svg');
    const titles = elements(scoreChart).filter((el) => el.tagName === 'title').map(text);
    expect(titles).toHaveLength(10);
    expect(titles[5]).toBe('50–59：1');
    expect(titles[7]).toBe('70–79：1');
    expect(titles[9]).toBe('90–100：0');
    const ruleTitles = elements(byId(els, 'rule-chart')).filter((el) => el.tagName === 'title').map(text);
    expect(ruleTitles).toEqual([
      'fatal（2）',
      'vague-target：目标模糊（2）',
      'basis-missing（1）',
      'cost-indicator-form（1）',
      'target-contradiction（1）',
    ]);
  });

  it('drills into every document: findings with locations, related places, suggestions; fatal and clean files', () => {
    const doc2 = byId(els, 'doc-2');
    // In a batch only unreadable files start open; the fatal file does.
    expect(attr(doc2, 'open')).toBeUndefined();
    expect(attr(byId(els, 'doc-5'), 'open')).toBe('');
    const findings = rows(elements(doc2).find((el) => el.tagName === 'table')!);
    expect(findings[0]).toEqual([
      'Sheet1!C7（9:3）', '错误', 'target-contradiction', '农村饮水安全水质达标率 = ≥ 95%',
      '指标值“≥ 95%”与叙述不符, 见 <总体目标> & “年度目标”', '统一为“≥ 98%”,\n并说明依据', 'Sheet1!B3（3:1）：总体目标写的是 98%',
    ]);
    expect(findings[1]![0]).toBe('Sheet1!C8（10:3）');
    expect(text(byId(els, 'doc-5'))).toContain('无法解析：不是 Word 文档');
    expect(text(byId(els, 'doc-5'))).toContain('无法检查');
    expect(text(byId(els, 'doc-4'))).toContain('没有发现问题');
    expect(attr(byId(els, 'doc-4'), 'open')).toBeUndefined();
    // Markup in the findings is text, never HTML.
    expect(html).toContain('见 &lt;总体目标&gt; &amp; “年度目标”');
    expect(els.some((el) => el.tagName === '总体目标')).toBe(false);
  });

  it('summarises the run, English with --lang en', () => {
    expect(text(byId(els, 'summary'))).toBe('共 5 个文件：4 个错误，2 个警告，1 个提示；2 个文件无法检查');
    const en = formatHtml([linted, fatal], { ...context, lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Documents by score');
  });

  it('is deterministic, uncoloured, and valid with no results', () => {
    expect(formatHtml(all, { ...context, color: false })).toBe(html);
    expect(html).not.toMatch(/\u001b\[/);
    const empty = elements(parse(formatHtml([], context)));
    expect(rows(byId(empty, 'documents'))).toEqual([]);
    expect(text(byId(empty, 'score-chart'))).toContain('没有得分');
    void clean;
    void workbook;
    void fatalOnly;
  });

  it('is written one document at a time: drill-downs as the body, the rankings and charts as a head given at the end', () => {
    const writer = htmlWriter(context);
    expect(writer.head).toBeUndefined();
    const parts = all.map((r) => writer.add(r));
    const end = writer.end();
    const head = textOf(end.head!);
    expect(head + parts.join('') + textOf(end.tail)).toBe(html);
    expect(head).toContain('id="documents"');
    expect(head.endsWith('<h2>逐个文档</h2>\n')).toBe(true);
    // The first section waits for the second: only then is it known not to be the only document (which starts open).
    expect(parts[0]).toBe('');
    expect(parts[1]).toMatch(/^<details class="doc" id="doc-1"><summary>[^]*\n<details class="doc" id="doc-2">/);
    for (const [k, part] of parts.slice(2).entries()) expect(part.match(/id="doc-\d+"/g)).toEqual([`id="doc-${k + 3}"`]);
  });

  it('opens a single document, written at the end because only then is it known to be alone', () => {
    const writer = htmlWriter(context);
    expect(writer.add(linted)).toBe('');
    const end = writer.end();
    expect(textOf(end.tail).startsWith('<details class="doc" id="doc-1" open>')).toBe(true);
    expect(textOf(end.head!) + textOf(end.tail)).toBe(formatHtml([linted], context));
  });

  it('gives its head in pieces of a few rows each, made as they are pulled, that join into the same page', () => {
    const writer = htmlWriter(context, { rowsPerPiece: 2 });
    const parts = all.map((r) => writer.add(r));
    const end = writer.end();
    expect(typeof end.head).not.toBe('string');
    const pieces = [...chunksOf(end.head!)];
    expect(pieces.join('') + parts.join('') + textOf(end.tail)).toBe(html);
    // Two parts a piece: the ranking rows (five documents, then their projects) are spread over several pieces.
    const rowsIn = (piece: string): number => piece.match(/<tr><td>\d+<\/td>/g)?.length ?? 0;
    expect(rowsIn(html)).toBe(8);
    expect(Math.max(...pieces.map(rowsIn))).toBe(2);
    expect(pieces.filter((piece) => rowsIn(piece) > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('puts each ranking row on its own line, an empty table with an empty line', () => {
    const layout = (page: string): string[] => [...page.matchAll(/<tbody>\n[^]*?<\/tbody><\/table>\n<h2>/g)].map((m) => m[0].replace(/<tr>.*?<\/tr>/g, '<tr/>'));
    expect(layout(formatHtml([linted, clean], context))).toEqual(['<tbody>\n<tr/>\n<tr/>\n</tbody></table>\n<h2>', '<tbody>\n<tr/>\n<tr/>\n</tbody></table>\n<h2>']);
    expect(layout(formatHtml([], context))).toEqual(['<tbody>\n\n</tbody></table>\n<h2>', '<tbody>\n\n</tbody></table>\n<h2>']);
  });

  it('gives the same page in pieces for an empty batch and for pieces of one part', () => {
    for (const [results, rowsPerPiece] of [[[], 1], [all, 1], [[linted], 3]] as const) {
      const writer = htmlWriter(context, { rowsPerPiece });
      const parts = results.map((r) => writer.add(r));
      const end = writer.end();
      expect(textOf(end.head!) + parts.join('') + textOf(end.tail)).toBe(formatHtml([...results], context));
    }
  });

  it('ranks equal scores in file order', () => {
    const twin = (r: FileResult, filePath: string): FileResult => ({ ...r, filePath });
    const page = elements(parse(formatHtml([twin(linted, '/repo/c.txt'), twin(linted, '/repo/a.txt'), twin(linted, '/repo/b.txt')], context)));
    expect(rows(byId(page, 'documents')).map((row) => row[1])).toEqual(['c.txt', 'a.txt', 'b.txt']);
    // Each document has projects of 85 and 60.5: the three 85s first, in file order, then the three 60.5s.
    expect(rows(byId(page, 'projects')).map((row) => `${row[5]} ${row[2]}`)).toEqual(['85 c.txt', '85 a.txt', '85 b.txt', '60.5 c.txt', '60.5 a.txt', '60.5 b.txt']);
  });

  it('escapes all five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
