// The layout-independent table layer: labels and synonyms, mirror artefacts, column groups, row alignment, blocks, sheets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alignRow,
  analyseHeader,
  canonicalLabel,
  categoryLevel,
  cellKind,
  columnRole,
  isIndicatorHeader,
  normaliseLabel,
  parseText,
  readBlock,
  readSheet,
  stripPinyin,
  toSimplified,
  type Cell,
} from '../../src/parse/index.js';

let nextLine = 1;
/** A cell on its own line (spans are only checked where they matter). */
function cell(text: string): Cell {
  const line = nextLine++;
  const span = { line, column: 1, endLine: line, endColumn: 1 + text.length };
  return { text, span, lines: text === '' ? [] : [{ text, span }] };
}
const row = (...texts: string[]) => texts.map(cell);
const placedTexts = (placed: Array<Cell | undefined>) => placed.map((c) => (c === undefined ? '·' : c.text));

describe('labels', () => {
  it('reads header synonyms, with brackets, stars and spaces ignored', () => {
    expect(['年度指标值(A)', '指标值(年度)', '年度数值', '计划指标值(或计划水平)', '*指标值', '目标值'].map(columnRole)).toEqual(
      Array(6).fill('target'),
    );
    expect(['计量单位', '度量单位', '单位'].map(columnRole)).toEqual(['unit', 'unit', 'unit']);
    expect(['指标性质', '指标值类型', '计算符号', '指标方向性'].map(columnRole)).toEqual(Array(4).fill('symbol'));
    expect(['一级', '二级 指标', '三级'].map(columnRole)).toEqual(['level1', 'level2', 'level3']);
    expect(['指标值内容', '指标解释'].map(columnRole)).toEqual(['description', 'description']);
    expect(['绩效标准', '评(扣)分标准', '指标值确定依据'].map(columnRole)).toEqual(['basis', 'basis', 'basis']);
    expect(columnRole('权重')).toBeNull();
    expect(isIndicatorHeader(['一级', '二级', '三级', '年度数值', '备注'])).toBe(true);
  });

  it('reads labels through pinyin annotations and traditional characters, keeping other text', () => {
    expect(stripPinyin('數(shù)量指標(biāo)')).toBe('數量指標');
    expect(stripPinyin('全年实际值(B) 资金(万元) 面积(km)')).toBe('全年实际值(B) 资金(万元) 面积(km)');
    expect(toSimplified('一級指標')).toBe('一级指标');
    expect(canonicalLabel('*評(píng)(扣)分標(biāo)準(zhǔn)')).toBe('评分标准');
    expect(columnRole('一級(jí)指標(biāo)')).toBe('level1');
    expect(columnRole('計(jì)量單位')).toBe('unit');
  });

  it('returns a text that has nothing to normalise as it is, and normalises every other text in full', () => {
    // canonicalLabel skips the three passes for texts none of them would change: it must agree with them all everywhere.
    const full = (text: string) => normaliseLabel(toSimplified(stripPinyin(text)));
    const corpus = join(import.meta.dirname, '../../corpus');
    const texts = ['real', 'clean']
      .flatMap((folder) => readdirSync(join(corpus, folder)).filter((f) => /\.(txt|md|csv)$/.test(f)).map((f) => join(corpus, folder, f)))
      .flatMap((file) => readFileSync(file, 'utf8').split(/[\t\n|,]/));
    const edges = ['指标值\u3000', '\u00a0单位', '指标值：', '指标值:', '★指标值', '*指标值', '指标值（年度）', '指标值(A)', '一級指標', '標', '', ' ', '指标值)', '指标值）'];
    expect(texts.length).toBeGreaterThan(4000);
    for (const text of [...texts, ...edges]) expect(canonicalLabel(text), text).toBe(full(text));
    expect(canonicalLabel('指标值\u3000')).toBe('指标值');
    expect(canonicalLabel('一級指標：')).toBe('一级指标');
  });

  it('recognises category labels in their real spellings', () => {
    expect(['产出指标', '效益值', '满意度指标', '产出指标(50分)'].map(categoryLevel)).toEqual([1, 1, 1, 1]);
    expect(['数量值', '可持续影响值', '社会成本指标', '时效指标(工期指标)', '數(shù)量指標(biāo)'].map(categoryLevel)).toEqual([2, 2, 2, 2, 2]);
    expect(categoryLevel('成本指标(0-20)分')).toBe('either');
    expect(categoryLevel('年度数值')).toBeNull();
    expect(['≥', '定性', '95%', '28.8萬元', '%', '人/年', '820-马踏镇部门', '培训人次'].map(cellKind)).toEqual([
      'sign', 'nature', 'value', 'value', 'unit', 'unit', 'text', 'text',
    ]);
  });
});

describe('columns', () => {
  it('takes the 年度 group when 长期 and 年度 columns stand side by side', () => {
    const cols = analyseHeader(row('一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'));
    expect(cols.roles).toMatchObject({ level1: 0, level2: 4, level3: 5, target: 6 });
  });

  it('takes the second group when the groups are not named (中期 first, then 年度)', () => {
    const cols = analyseHeader(row('绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '计划指标值'));
    expect(cols.roles).toMatchObject({ level1: 1, level2: 5, level3: 6, target: 7 });
    expect(cols.columns[0]!.cls).toBe('free');
  });

  it('keeps 年度指标值 as the target of a self-evaluation and 实际完成值 apart', () => {
    const cols = analyseHeader(row('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'));
    expect(cols.roles.target).toBe(3);
    expect(cols.columns.map((c) => c.cls)).toEqual(['level1', 'level2', 'level3', 'target', 'actual', 'number', 'number']);
  });

  it('finds the project columns of a multi-project sheet', () => {
    const cols = analyseHeader(row('单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标值'));
    expect(cols.block).toEqual({ unit: 0, name: 1, budget: 2, goals: 3 });
  });
});

describe('row alignment', () => {
  const cols = analyseHeader(row('一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '计量单位', '指标解释', '评分标准', '备注')).columns;

  it('puts the cells of a row whose 一级 (and 二级) are merged under the right columns', () => {
    expect(placedTexts(alignRow(row('质量指标', '合格率', '定量', '100', '%', '考察合格', '酌情扣分', ''), cols))).toEqual([
      '·', '质量指标', '合格率', '定量', '100', '%', '考察合格', '酌情扣分', '',
    ]);
    expect(placedTexts(alignRow(row('满意率', '定量', '95', '%', '考察满意', '酌情扣分', ''), cols))).toEqual([
      '·', '·', '满意率', '定量', '95', '%', '考察满意', '酌情扣分', '',
    ]);
  });

  it('leaves out a unit cell missing in the middle rather than shifting the text into it', () => {
    expect(placedTexts(alignRow(row('时效指标', '工作安排时间', '定量', '按月安排', '该指标主要考察业务工作支出安排时间', '酌情扣分', ''), cols))).toEqual([
      '·', '时效指标', '工作安排时间', '定量', '按月安排', '·', '该指标主要考察业务工作支出安排时间', '酌情扣分', '',
    ]);
  });

  it('does not leave 二级 out between a written 一级 and 三级 (merges nest)', () => {
    const shifted = analyseHeader(row('绩效指标', '一级指标', '二级指标', '三级指标', '指标值')).columns;
    expect(placedTexts(alignRow(row('效益指标', '综合利用率', '≥90%'), shifted))).toEqual(['·', '·', '效益指标', '综合利用率', '≥90%']);
  });

  it('reads a row with more cells than columns by position, dropping trailing empty cells', () => {
    const three = analyseHeader(row('二级指标', '三级指标', '指标值')).columns;
    expect(placedTexts(alignRow(row('数量指标', '人数', '3', '', ''), three))).toEqual(['数量指标', '人数', '3']);
  });
});

describe('block above the grid', () => {
  it('reads "label：value" cells, units in brackets, and 年度 goals under sub-labels', () => {
    const block = readBlock([
      row('填报单位（盖章）：某某中心', '金额单位：万元'),
      row('项目(专项)名称', '测试项目', '资金情况(万元)', '年度资金总额：', '12.5'),
      row('总体目标', '中期目标', '年度目标'),
      row('三年完成', '今年完成一半'),
    ]);
    expect(block.unitLine?.text).toBe('某某中心');
    expect(block.name?.text).toBe('测试项目');
    expect(block.budget).toMatchObject({ raw: '12.5', value: 125000 });
    expect(block.moneyUnit).toBe('万元');
    expect(block.goals.map((g) => g.text)).toEqual(['今年完成一半']);
  });

  it('prefers the unit in the label over the table unit, and reads sub-label goals in a stream', () => {
    const block = readBlock([
      row('金额单位：元', '下达中央预算内投资(万元)', '2350', '总体目标', '中期目标', '年度目标', '三年内建成，覆盖全县', '', '今年完成一半，验收合格'),
    ]);
    expect(block.budget).toMatchObject({ value: 23500000 });
    expect(block.goals.map((g) => g.text)).toEqual(['今年完成一半，验收合格']);
  });
});

describe('sheets', () => {
  it('splits a multi-project sheet into one table per project, with merged project cells', () => {
    const tables = readSheet(
      [
        { cells: row('金额单位:元'), complete: true },
        { cells: row('单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标值'), complete: true },
        { cells: row('001-某镇', '甲项目', '1,000.00', '完成甲', '产出指标', '数量指标', '甲数量', '≥1'), complete: true },
        { cells: row('效益指标', '社会效益指标', '甲效益', '≥95%'), complete: true },
        { cells: row('乙项目', '2,000.00', '完成乙', '产出指标', '质量指标', '乙质量', '100%'), complete: true },
      ],
      false,
    ).map((t) => t.table);
    expect(tables.map((t) => [t.name?.text, t.budget?.value, t.goals.map((g) => g.text), t.unitLine?.text, t.indicators.length])).toEqual([
      ['甲项目', 1000, ['完成甲'], '001-某镇', 2],
      ['乙项目', 2000, ['完成乙'], '001-某镇', 1],
    ]);
  });

  it('keeps an empty category row, and drops a row cut before its value', () => {
    const tables = readSheet(
      [
        { cells: row('项目名称', '测试'), complete: true },
        { cells: row('一级指标', '二级指标', '三级指标', '指标值'), complete: true },
        { cells: row('效益指标', '经济效益指标', '', ''), complete: true },
        { cells: row('社会效益指标', '被截断的指标'), complete: false },
      ],
      false,
    );
    const rows = tables[0]!.table.indicators;
    expect(rows.map((i) => [i.level2?.text, i.level3, i.target])).toEqual([['经济效益指标', null, null]]);
  });

  it('does not take a signature or note line under the table for an indicator', () => {
    const doc = parseText(
      [
        '| 项目名称 | 测试 | | |',
        '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
        '| 产出指标 | 数量指标 | 人数 | 5人 |',
        '| 填表人：张三 | 联系电话：0000-1234567 | | |',
        '| 注：指标值须量化 | | | |',
      ].join('\n'),
      'x',
    );
    expect(doc.projects[0]!.table!.indicators.map((i) => i.level3?.text)).toEqual(['人数']);
  });

  it('regroups a stream of cells by its category labels and stops at text after the table', () => {
    const doc = parseText(
      ['项目名称', '测试', '一级', '二级', '三级', '年度数值', '产出值', '数量值', '人数', '=5人', '质量值', '合格率', '=100%', '联系电话'].join('\n\n'),
      'x',
    );
    const rows = doc.projects[0]!.table!.indicators;
    expect(rows.map((i) => [i.level1?.text, i.level2?.text, i.level3?.text, i.target?.text])).toEqual([
      ['产出值', '数量值', '人数', '=5人'],
      ['产出值', '质量值', '合格率', '=100%'],
    ]);
  });

  it('strips pinyin annotations from the kept text but keeps the traditional characters', () => {
    const doc = parseText(
      ['一級(jí)指標(biāo) | 二級(jí)指標(biāo) | 三級(jí)指標(biāo) | 指標(biāo)值 |', '產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | 培訓(xùn)人數(shù) | 3 |', '| 質(zhì)量指標(biāo) | 合格率 | 100% |'].join('\n'),
      'x',
    );
    const rows = doc.projects[0]!.table!.indicators;
    expect(rows.map((i) => [i.level1?.text, i.level2?.text, i.level3?.text])).toEqual([
      ['產出指標', '數量指標', '培訓人數'],
      ['產出指標', '質量指標', '合格率'],
    ]);
    // The span covers the cell as written, annotations included.
    expect(rows[0]!.level2!.span).toMatchObject({ line: 2, column: 20, endColumn: 35 });
  });
});
