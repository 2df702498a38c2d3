// Native documents (DOCX/XLSX/HTML blocks): the text view, the grids handed to the table layer, and locations on every span.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import type { Span } from '../../src/model/span.js';
import { parseNative, parseText, renderNative } from '../../src/parse/index.js';
import type { NativeCell, NativeDocument } from '../../src/parse/native/types.js';

const cell = (text: string, location: string, merged?: 'left' | 'above'): NativeCell => (merged ? { text, location, merged } : { text, location });
const row = (table: number, r: number, texts: string[]): NativeCell[] => texts.map((t, c) => cell(t, `表${table} 第${r}行 第${c + 1}列`));

function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) spansOf(v, out);
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o['line'] === 'number' && typeof o['endColumn'] === 'number') out.push(o as unknown as Span);
  else for (const v of Object.values(o)) spansOf(v, out);
  return out;
}

const indicatorDoc: NativeDocument = {
  format: 'docx',
  layout: 'flow',
  blocks: [
    { kind: 'paragraph', text: '某镇人民政府2025年部门整体绩效目标', location: '第1段' },
    { kind: 'paragraph', text: '', location: null },
    { kind: 'paragraph', text: '培训项目绩效目标表', location: '第2段' },
    { kind: 'paragraph', text: '单位：万元', location: '第3段' },
    {
      kind: 'table',
      rows: [
        [cell('项目名称', '表1 第1行 第1列'), cell('培训\n项目', '表1 第1行 第2列'), cell('', '表1 第1行 第2列', 'left')],
        [cell('预算数', '表1 第2行 第1列'), cell('12.5', '表1 第2行 第2列'), cell('', '表1 第2行 第2列', 'left')],
        row(1, 3, ['一级指标', '二级指标', '三级指标', '指标值']),
        row(1, 4, ['产出指标', '数量指标', '培训人次', '≥100人次']),
        [cell('', '表1 第4行 第1列', 'above'), ...row(1, 5, ['', '质量指标', '培训合格率', '≥95%']).slice(1)],
      ],
    },
  ],
};

describe('renderNative', () => {
  it('writes paragraphs as lines and every cell as a TAB-led line, a blank line after each row; trailing spanned positions are not cells', () => {
    const view = renderNative(indicatorDoc);
    expect(view.text.split('\n').slice(0, 12)).toEqual([
      '某镇人民政府2025年部门整体绩效目标',
      '',
      '培训项目绩效目标表',
      '单位：万元',
      '\t项目名称',
      '\t培训',
      '项目',
      '',
      '\t预算数',
      '\t12.5',
      '',
      '\t一级指标',
    ]);
    expect(view.lineLocations.slice(0, 8)).toEqual(['第1段', null, '第2段', '第3段', '表1 第1行 第1列', '表1 第1行 第2列', '表1 第1行 第2列', null]);
    // The short paragraphs right above the table (empty ones skipped) are rows above its grid: the title row found
    // among them starts the table, and what stands above the title stays outside it.
    const grid = view.grids[0]!;
    expect(grid.slice(0, 4).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['某镇人民政府2025年部门整体绩效目标'],
      ['培训项目绩效目标表'],
      ['单位：万元'],
      ['项目名称', '培训\n项目'],
    ]);
    const merged = grid[grid.length - 1]!.cells[0]!;
    expect(merged).toMatchObject({ text: '', merged: 'above', span: { location: '表1 第4行 第1列' } });
  });

  it('joins tables separated only by empty paragraphs and starts a new grid after text', () => {
    const table = (n: number) => ({ kind: 'table' as const, rows: [row(n, 1, ['a', 'b'])] });
    const doc: NativeDocument = {
      format: 'html',
      layout: 'flow',
      blocks: [table(1), { kind: 'paragraph', text: '', location: null }, table(2), { kind: 'paragraph', text: '第二个表', location: '第1段' }, table(3)],
    };
    expect(renderNative(doc).grids.map((g) => g.length)).toEqual([2, 2]);
    expect(renderNative({ ...doc, layout: 'sheets' }).grids.map((g) => g.length)).toEqual([1, 1, 1]);
  });
});

describe('parseNative', () => {
  it('reads the block, the grid and the narrative, and every span carries its native location', () => {
    const doc: Document = parseNative(indicatorDoc, 't.docx');
    const table = doc.projects[0]!.table!;
    expect(doc.format).toBe('docx');
    expect(table.title?.text).toBe('培训项目绩效目标表');
    expect(table.moneyUnit).toBe('万元');
    expect(table.name).toEqual({ text: '培训\n项目', span: { line: 6, column: 2, endLine: 7, endColumn: 3, location: '表1 第1行 第2列' } });
    expect(table.budget?.value).toBe(125000);
    expect(table.indicators.map((i) => [i.level1?.text, i.level1Inherited, i.level3?.text])).toEqual([
      ['产出指标', false, '培训人次'],
      ['产出指标', true, '培训合格率'],
    ]);
    expect(doc.year?.span.location).toBe('第1段');
    const spans = spansOf(doc);
    expect(spans.length).toBeGreaterThanOrEqual(20);
    for (const span of spans) expect(span.location).toMatch(/^(?:表\d+ 第\d+行 第\d+列|第\d+段)$/);
  });

  it('reads the rows of a sheet above its first table as narrative', () => {
    const doc = parseNative(
      {
        format: 'xlsx',
        layout: 'sheets',
        blocks: [
          { kind: 'table', rows: [[cell('一、总体绩效目标', 'Sheet1!A1')], [cell('某镇人民政府2025年部门总体绩效目标是保障运转。', 'Sheet1!A2')]] },
          { kind: 'table', rows: [['一级指标', '二级指标', '三级指标', '指标值'].map((t, c) => cell(t, `Sheet2!${'ABCD'[c]}1`)), ['产出指标', '数量指标', '人次', '≥1'].map((t, c) => cell(t, `Sheet2!${'ABCD'[c]}2`))] },
        ],
      },
      'x.xlsx',
    );
    expect(doc.overallGoal?.text).toBe('某镇人民政府2025年部门总体绩效目标是保障运转。');
    expect(doc.overallGoal?.span.location).toBe('Sheet1!A2');
    expect(doc.projects[0]!.table!.indicators[0]!.target?.span.location).toBe('Sheet2!D2');
  });
});

describe('Markdown tables', () => {
  it('reads <br> in a pipe cell as a line break of the cell, each line with its exact span', () => {
    const md = '| 项目名称 | 培训项目 |\n|---|---|\n| 绩效目标 | 1.完成培训<br>2.提高技能 |\n\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n| 产出指标 | 数量指标 | 培训人次 | ≥100 |\n';
    const table = parseText(md, 'x.md').projects[0]!.table!;
    expect(table.goals.map((g) => [g.text, g.span.line, g.span.column])).toEqual([
      ['1.完成培训', 3, 10],
      ['2.提高技能', 3, 20],
    ]);
  });

  it('keeps a heading title above a pipe table out of the narrative', () => {
    const md = '## 1.培训项目绩效目标表\n\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n| 产出指标 | 数量指标 | 培训人次 | ≥100 |\n';
    const doc = parseText(md, 'x.md');
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]!.narrative).toBeNull();
    expect(doc.projects[0]!.table!.title?.text).toBe('1.培训项目绩效目标表');
  });
});
