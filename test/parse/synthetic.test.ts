// Edge cases on small inline documents: line endings, reordered blocks, other column orders, detection, schema.
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../src/model/document.js';
import { looksLikeCellPerLineExport, parseText } from '../../src/parse/index.js';
import { sampleDoc, sampleText } from './sample.js';

const lines = (...xs: string[]) => xs.join('\n') + '\n';

/** A narrative with two projects, and one table whose block rows and columns come in another order. */
const SMALL = lines(
  '一、总体绩效目标',
  '某某街道办事处2024年部门总体绩效目标是保障运转。',
  '二、分项绩效目标',
  '项目绩效目标',
  '1.社区测试经费年初安排1.5万元，资金支出进度为六月底、十二月底分别达到40%、100%。',
  '数量指标-测试次数-≥-3-次-计划标准，满意度指标-群众满意度-≥-90-%-问卷。',
  '2.图书采购年初安排800元，项目主要目标为购书。',
  '数量指标-购书册数-≥-100-册-计划标准。',
  '',
  '1.社区测试绩效目标表',
  '\t单位：万元',
  '\t项目名称',
  '\t社区测试',
  '\t项目编码',
  '\tP001',
  '',
  '\t绩效目标',
  '\t1.完成测试；2.提高覆盖',
  '',
  '\t资金支出计划（%）',
  '\t6月底',
  '\t12月底',
  '',
  '\t',
  '\t40%',
  '\t100%',
  '',
  '\t预算规模及资金用途',
  '\t预算数',
  '\t1.5',
  '\t其中：财政资金',
  '\t1.5',
  '\t其他资金',
  '\t0',
  '',
  '\t',
  '\t用于测试',
  '',
  '\t二级指标',
  '\t一级指标',
  '\t三级指标',
  '\t指标值',
  '\t计量单位',
  '\t权重',
  '',
  '\t数量指标',
  '\t产出指标',
  '\t测试次数',
  '\t≥3',
  '\t次',
  '\t10',
  '',
  '\t',
  '\t',
  '\t测试覆盖率',
  '\t≥90',
  '\t%',
  '\t10',
  '',
  '\t服务对象满意度指标',
  '\t满意度指标',
  '\t群众满意度',
  '\t≥90',
  '\t%',
  '\t20',
);

describe('line endings', () => {
  it('gives the same document for CRLF, CR and LF', () => {
    expect(parseText(sampleText.replace(/\n/g, '\r\n'), 'corpus/000_88a2649a8df46961.txt')).toEqual(sampleDoc);
    expect(parseText(sampleText.replace(/\n/g, '\r'), 'corpus/000_88a2649a8df46961.txt')).toEqual(sampleDoc);
    expect(parseText(SMALL.replace(/\n/g, '\r\n'), 's.txt')).toEqual(parseText(SMALL, 's.txt'));
  });
});

describe('a table with reordered block rows and columns', () => {
  const doc = parseText(SMALL, 's.txt');
  const project = doc.projects.find((p) => p.table)!;
  const t = project.table!;

  it('reads the block by labels, applying 万元 declared first', () => {
    expect(t.moneyUnit).toBe('万元');
    expect(t.name?.text).toBe('社区测试');
    expect(t.code?.text).toBe('P001');
    expect(t.budget).toMatchObject({ value: 15000, raw: '1.5' });
    expect(t.fiscalFunds?.value).toBe(15000);
    expect(t.otherFunds?.value).toBe(0);
    expect(t.purpose?.text).toBe('用于测试');
    expect(t.goals.map((g) => g.text)).toEqual(['1.完成测试', '2.提高覆盖']);
    expect(t.goals[1]!.span).toEqual({ line: 18, column: 9, endLine: 18, endColumn: 15 });
    expect(t.schedule?.checkpoints.map((c) => [c.month, c.percent?.value])).toEqual([[6, 40], [12, 100]]);
  });

  it('maps columns by header label, carries both merged cells, keeps unknown columns in extra', () => {
    expect(t.indicators).toHaveLength(3);
    const [first, second, third] = t.indicators;
    expect(first).toMatchObject({ level1: { text: '产出指标' }, level2: { text: '数量指标' }, level3: { text: '测试次数' } });
    expect(first!.target?.text).toBe('≥3');
    expect(first!.unit?.text).toBe('次');
    expect(first!.extra).toEqual({ 权重: { text: '10', span: { line: 51, column: 2, endLine: 51, endColumn: 4 } } });
    expect(second).toMatchObject({ level1Inherited: true, level2Inherited: true, level1: { text: '产出指标' }, level2: { text: '数量指标' } });
    expect(second!.level2?.span.line).toBe(46);
    expect(third).toMatchObject({ level1Inherited: false, level2Inherited: false, level1: { text: '满意度指标' } });
  });

  it('links by name and amount in 元, leaving the other paragraph alone', () => {
    expect(doc.projects.map((p) => [p.narrative?.name.text ?? null, p.table?.name?.text ?? null])).toEqual([
      ['社区测试经费', '社区测试'],
      ['图书采购', null],
    ]);
    expect(doc.projects[0]!.narrative!.amount).toMatchObject({ value: 15000, raw: '1.5万元' });
  });

  it('takes unit name and year from the overall goal when no table has a unit line', () => {
    expect(doc.unitCode).toBeNull();
    expect(doc.unitName).toEqual({ text: '某某街道办事处', span: { line: 2, column: 1, endLine: 2, endColumn: 8 } });
    expect(doc.year?.value).toBe(2024);
  });

  it('is schema-valid', () => {
    expect(() => DocumentSchema.parse(doc)).not.toThrow();
  });
});

describe('layout without titles', () => {
  const untitled = lines(
    '项目绩效目标',
    '\t这一段只是用TAB缩进的正文。',
    '正文的第二行。',
    '',
    '说明文字。',
    '',
    '\t项目名称',
    '\t无标题项目',
    '',
    '\t一级指标',
    '\t二级指标',
    '\t三级指标',
    '\t指标值',
    '',
    '\t产出指标',
    '\t数量指标',
    '\t完成数量',
    '\t≥1',
  );

  it('starts an untitled table at the cells above its header, not at an indented paragraph', () => {
    const doc = parseText(untitled, 'u.txt');
    const t = doc.projects.find((p) => p.table)!.table!;
    expect(t.title).toBeNull();
    expect(t.name?.text).toBe('无标题项目');
    expect(t.span.line).toBe(7);
    expect(t.indicators.map((i) => i.level3?.text)).toEqual(['完成数量']);
    expect(() => DocumentSchema.parse(doc)).not.toThrow();
  });

  it('keeps a TAB-indented narrative without any header as narrative', () => {
    const doc = parseText(lines('项目绩效目标', '\t1.某项目年初安排100元，资金支出进度为六月底分别达到50%。'), 'n.txt');
    expect(doc.projects.map((p) => [p.narrative?.name.text, p.narrative?.amount?.value, p.table])).toEqual([['某项目', 100, null]]);
  });
});

describe('detection', () => {
  it('recognises the cell-per-line export', () => {
    expect(looksLikeCellPerLineExport(sampleText)).toBe(true);
    expect(looksLikeCellPerLineExport(SMALL)).toBe(true);
  });

  it('rejects narrative-only text and pipe tables', () => {
    expect(looksLikeCellPerLineExport(SMALL.split('1.社区测试绩效目标表')[0]!)).toBe(false);
    expect(looksLikeCellPerLineExport('| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 次数 | ≥3 |\n')).toBe(false);
  });
});

describe('schema validity', () => {
  it('validates the sample document', () => {
    expect(DocumentSchema.parse(sampleDoc)).toEqual(sampleDoc);
  });

  it('parses empty and odd texts into valid documents', () => {
    for (const text of ['', '\n\n', '只有一行', '\t孤立的单元格\n', '1.某项目绩效目标表\n\t项目名称\n']) {
      const doc = parseText(text, 'x.txt');
      expect(() => DocumentSchema.parse(doc)).not.toThrow();
    }
  });
});
