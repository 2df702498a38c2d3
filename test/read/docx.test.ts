// The DOCX reader: paragraphs and tables in document order, merged cells kept, text as Word shows it, unsafe XML refused.
import { describe, expect, it } from 'vitest';
import { parseNative } from '../../src/parse/index.js';
import type { NativeParagraph, NativeTable } from '../../src/parse/native/types.js';
import { readDocx } from '../../src/read/docx.js';
import { readDocument } from '../../src/read/read-document.js';
import { docx, indicatorTableXml, p, span, tbl, tc, tr, vContinue, vRestart } from './builders.js';

const tables = (blocks: Array<NativeParagraph | NativeTable>): NativeTable[] => blocks.filter((b): b is NativeTable => b.kind === 'table');

describe('readDocx', () => {
  it('reads paragraphs and tables in document order, numbering non-empty paragraphs and tables', async () => {
    const doc = await readDocx(docx([p('第一段'), p(''), tbl([tr([tc('a'), tc('b')])]), p('第二段'), tbl([tr([tc('c')])])].join('')));
    expect(doc.format).toBe('docx');
    expect(doc.layout).toBe('flow');
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? `${b.location}:${b.text}` : `table:${b.rows[0]![0]!.location}`))).toEqual([
      '第1段:第一段',
      'null:',
      'table:表1 第1行 第1列',
      '第2段:第二段',
      'table:表2 第1行 第1列',
    ]);
  });

  it('keeps merged cells: vMerge continuations are empty "same as above" positions, gridSpan covers columns', async () => {
    const doc = await readDocx(
      docx(
        tbl([
          tr([tc('一级', vRestart), tc('宽', span(2)), tc('x')]),
          tr([tc('被合并的文字不读', vContinue), tc('b'), tc('c'), tc('d')]),
          tr([tc('', vContinue), tc('e'), tc('f'), tc('g')]),
        ]),
      ),
    );
    const [table] = tables(doc.blocks);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['一级', '宽', '', 'x'],
      ['', 'b', 'c', 'd'],
      ['', 'e', 'f', 'g'],
    ]);
    expect(table!.rows[0]![2]).toEqual({ text: '', location: '表1 第1行 第2列', merged: 'left' });
    expect(table!.rows[1]![0]).toEqual({ text: '', location: '表1 第1行 第1列', merged: 'above' });
    expect(table!.rows[2]![0]).toEqual({ text: '', location: '表1 第1行 第1列', merged: 'above' });
    expect(table!.rows[2]![3]!.location).toBe('表1 第3行 第4列');
  });

  it('leaves gridBefore positions empty and widens a cell over legacy hMerge continuations', async () => {
    const doc = await readDocx(
      docx(
        tbl([
          tr([tc('a'), tc('b'), tc('c')]),
          tr([tc('y'), tc('z')], '<w:gridBefore w:val="1"/>'),
          tr([tc('h', '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc('k')]),
        ]),
      ),
    );
    const [table] = tables(doc.blocks);
    expect(table!.rows[1]!.map((c) => [c.text, c.location])).toEqual([
      ['', '表1 第2行 第1列'],
      ['y', '表1 第2行 第2列'],
      ['z', '表1 第2行 第3列'],
    ]);
    expect(table!.rows[2]!.map((c) => c.merged ?? c.text)).toEqual(['h', 'left', 'k']);
  });

  it('reads text as Word shows it: breaks, tabs, insertions, fields and content controls; not deleted text or field codes', async () => {
    const body =
      '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:br w:type="page"/></w:r>' +
      '<w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:t>&#x4E01;&amp;</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtContent>' + p('控件段落') + '</w:sdtContent></w:sdt>';
    const doc = await readDocx(docx(body));
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['甲 乙\n丙插入3链接丁&', '控件段落']);
  });

  it('reads a table that holds tables as layout: its cells’ paragraphs and the inner tables, in order', async () => {
    const inner = tbl([tr([tc('一级指标'), tc('指标值')])]);
    const doc = await readDocx(docx(tbl([tr([`<w:tc>${p('外层说明')}${inner}</w:tc>`])])));
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(tables(doc.blocks)[0]!.rows[0]!.map((c) => c.location)).toEqual(['表1 第1行 第1列', '表1 第1行 第2列']);
  });

  it('finds the main part through _rels/.rels', async () => {
    const doc = await readDocx(docx(p('正文'), 'word/document2.xml'));
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '正文', location: '第1段' }]);
  });

  it('refuses a part with a DOCTYPE (no entity expansion of any kind)', async () => {
    const evil = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    const read = await readDocument(docx('', 'word/document.xml', evil), 'evil.docx');
    expect(read.kind).toBe('unreadable');
    expect(read.kind === 'unreadable' && read.message).toMatch(/^无法读取 Word 文件.*DOCTYPE/);
  });

  it('parses an indicator table with merged 一级 cells into indicators located at their cells', async () => {
    const doc = parseNative(await readDocx(docx(p('培训项目绩效目标表') + indicatorTableXml())), 't.docx');
    const table = doc.projects[0]!.table!;
    expect(table.title?.text).toBe('培训项目绩效目标表');
    expect(table.title?.span.location).toBe('第1段');
    expect(table.name?.text).toBe('培训项目');
    expect(table.name?.span.location).toBe('表1 第1行 第2列');
    const [first, second, third] = table.indicators;
    expect(second!.level1).toEqual(first!.level1);
    expect(second!.level1Inherited).toBe(true);
    expect(second!.level1!.span.location).toBe('表1 第3行 第1列');
    expect(second!.target!.span.location).toBe('表1 第4行 第4列');
    expect(third!.level3!.span.location).toBe('表1 第5行 第3列');
  });
});
