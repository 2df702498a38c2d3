// Every real published excerpt in corpus/real: which projects and indicator rows the parser recovers.
// Each expectation below was checked by hand, row by row, against the file (line numbers in the comments).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, type Document, type Indicator } from '../../src/model/document.js';
import type { SourcedText } from '../../src/model/span.js';
import { parseText } from '../../src/parse/index.js';
import { stripPinyin } from '../../src/parse/table/traditional.js';

const REAL = join(import.meta.dirname, '../../corpus/real');
const files = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();

/** [二级, 三级, 指标值 as written — symbol, value and unit joined when the table has them in separate columns]. */
type Row = [level2: string | null, level3: string | null, value: string];

interface Expected {
  format: string;
  year: number | null;
  /** Per project: its 项目名称 (null when the table has none), its budget [as written, in 元], its rows. */
  projects: Array<{ name: string | null; budget: [string, number] | null; rows: Row[] }>;
}

/** The value as a reader sees it: 符号 + 指标值 + 单位, the unit left out when the value already ends with it. */
function joinedValue(i: Indicator): string {
  const target = i.target?.text ?? '';
  const unit = i.unit?.text ?? '';
  return (i.symbol?.text ?? '') + target + (unit !== '' && !target.endsWith(unit) ? unit : '');
}

const EXPECTED: Record<string, Expected> = {
  // Pipe table, multi-project sheet: project cells only on each project's first row; amounts in 元 (金额单位:元).
  // Line 8 (820-马踏镇部门 | 8,827,620.53) is the department's total row: no indicator. Line 21 is cut after
  // 权重 (指标方向性 missing): kept, since its value cells are all there.
  '001-jingyan-mata-town-project-targets-2023.txt': {
    format: 'markdown',
    year: 2023,
    projects: [
      {
        name: '村组干部报酬',
        budget: ['3,309,840.00', 3309840],
        rows: [
          ['社会效益指标', '维护社会稳定', '≥95%'], // L9
          ['时效指标', '维持时效', '≥1年'], // L10
          ['质量指标', '按时发放', '≥1人/年'], // L11
          ['经济效益指标', '促进村集体经济发展', '≥95%'], // L12
          ['数量指标', '村组干部230人', '≥230个'], // L13
          ['生态效益指标', '保护生态环境卫生', '≥95%'], // L14
          ['可持续影响指标', '项目维持时效', '≥95%'], // L15
          ['服务对象满意度指标', '人民群众满意度', '≥95%'], // L16
        ],
      },
      {
        name: '基层组织活动经费',
        budget: ['660,000.00', 660000],
        rows: [
          ['服务对象满意度指标', '辖区内群众满意度', '≥95%'], // L17
          ['经济效益指标', '促进农村集体经济发展', '≥95%'], // L18
          ['可持续影响指标', '经济、环境等方面可持续发展', '≥95%'], // L19
          ['质量指标', '保障村社区正常运转', '≥95%'], // L20
          ['数量指标', '行政村数量', '=11个'], // L21 (cut after 权重)
        ],
      },
    ],
  },
  // Traditional-character mirror; pinyin annotations are removed from the kept text, the characters are not.
  // 一级 only on the first row. L20 has no unit cell (row shifted in the source); L22 is an empty 经济效益指标
  // row whose only other cell is the 评(扣)分标准. L21 follows the annotation: 二级 成本指標, 三级 社會成本指標.
  // The excerpt ends inside the next row ("生態(t"): not a row.
  '003-yueyanglou-price-cert-center-overall-2023.txt': {
    format: 'markdown',
    year: 2023,
    projects: [
      {
        name: null,
        budget: null,
        rows: [
          ['數量指標', '業務工作支出安排金額', '28.8萬元%'], // L18
          ['質量指標', '業務工作支出到位率', '100%'], // L19
          ['時效指標', '工作安排時間', '按月安排'], // L20
          ['成本指標', '社會成本指標', '100%'], // L21
          ['經濟效益指標', null, ''], // L22
          ['社會效益指標', '保證單位正常運轉', '應保盡保%'], // L23
        ],
      },
    ],
  },
  // Flattened doc preview, cells run together without separators: nothing is recovered (no invented rows).
  '004-ningxiang-batang-town-infrastructure-2021.txt': { format: 'text', year: null, projects: [] },
  // OCR'd self-evaluation run into long lines: nothing recovered, and its numbered OCR lines are not taken
  // for fund paragraphs (they name a table or run category labels together).
  '005-yinchuan-no6-middle-school-public-funds-selfeval-2021.txt': { format: 'text', year: null, projects: [] },
  // One cell per paragraph, blank lines between cells; categories spelt …值; 一级 only on the first row of each
  // group; amounts in 万元 from 项目资金申请(万元).
  '007-linyi-normal-affiliated-primary-public-funds-2025.txt': {
    format: 'text',
    year: 2025,
    projects: [
      {
        name: '小学教育公用经费',
        budget: ['438.768', 4387680],
        rows: [
          ['数量值', '小学就读人数', '<=6962人'], // L55–57
          ['质量值', '教学条件改善、办学水平提高', '=100%'], // L61–65
          ['时效值', '教育均衡化发展', '有效'], // L69–73
          ['成本值', '义务教育小学生均公用经费', '780元/生/年'], // L77–81
          ['经济效益值', '经费有效使用情况', '=100%'], // L87–91
          ['社会效益值', '教学质量提高、办学条件改善', '=100%'], // L95–99
          ['生态效益值', '安全情况', '有效'], // L103–107
          ['可持续影响值', '学生受益情况', '=100%'], // L111–115
        ],
      },
    ],
  },
  // Flattened docx preview (一级指标二级指标绩效标准当年预期实现值数量指标… run together): nothing recovered.
  '008-ezhou-office-building-operation-2022.txt': { format: 'text', year: null, projects: [] },
  // Self-evaluation whose excerpt ends at the indicator header: the table is read (unit, 年度资金总额 in 万元,
  // 年初设定目标 as the goal) but has no rows. The only year written is the filing date 2022年2月3日, not a budget year.
  '009-suiyang-taibai-town-overall-selfeval-2021.txt': {
    format: 'markdown',
    year: null,
    projects: [{ name: null, budget: ['1172.55', 11725500], rows: [] }],
  },
  // html table flattened to "cell |" lines; unit column before the symbol column. After 树木成活率 comes a blank
  // row, then "时效指标 |" and the excerpt ends: that row is cut before its 三级 cell and is not counted.
  '013-rongchang-forestry-guchang-greening-2022.txt': {
    format: 'text',
    year: 2022,
    projects: [
      {
        name: '古昌镇大青冈村乡村振兴绿化美化项目',
        budget: ['153.5184', 1535184],
        rows: [
          ['数量指标', '绿化美化公路', '=3500米'], // L88–93
          ['数量指标', '购买发放李子苗', '=15000株'], // L95–98 (一级, 二级 merged)
          ['质量指标', '树木成活率', '≥85%'], // L100–104
        ],
      },
    ],
  },
  // A notice in prose with the indicators inline: not a table, nothing recovered.
  '017-tongxin-xiamaguan-grape-planting-2023.txt': { format: 'text', year: null, projects: [] },
  // Self-evaluation extracted into one space-separated line: rows have no boundaries and merged rows cannot be
  // delimited reliably, so nothing is recovered (the header line is mostly not labels, so no table is read).
  '019-guichi-tangxi-town-village-funds-selfeval-2022.txt': { format: 'text', year: null, projects: [] },
  // Space-separated rows (one row per line): one full row and two empty cost category rows; the excerpt ends
  // at "产出指标 / (40-50)分 / 数量指" — a 一级 label and a cut cell, no row.
  '021-fengjie-yunwu-township-processing-park-2023.txt': {
    format: 'text',
    year: 2023,
    projects: [
      {
        name: '2023年云雾土家族乡加工园配套设施建设项目',
        budget: ['65', 650000],
        rows: [
          ['经济成本指标', '项目建设成本', '≤65万元'], // L27
          ['社会成本指标', null, ''], // L28
          ['生态环境成本指标', null, ''], // L32
        ],
      },
    ],
  },
  // One cell per paragraph; 长期 and 年度 column groups side by side: the 年度 group is read.
  '022-wuhan-qingshan-education-infrastructure-2020.txt': {
    format: 'text',
    year: 2020,
    projects: [
      {
        name: '教育系统基础设施建设和设备购置',
        budget: ['10000万元', 100000000],
        rows: [
          ['数量指标', '重点建设工程安排数量', '2'], // L114–118
          ['质量指标', '重点建设工程验收合格率', '100%'], // L128–132
          ['成本指标', '建设项目成本', '参照政府采购成本控制'], // L142–146
          ['时效指标', '重点建设工程按期完成率', '100%'], // L156–160
          ['可持续影响指标', '基础教育巩固提高情况', '巩固提高'], // L170–174
          ['社会效益指标', '基础教育学校办学条件', '持续改善'], // L184–188
          ['服务对象满意度指标', '学生、家长、社会满意度', '≥90%'], // L198–202
        ],
      },
    ],
  },
  // "cell |" lines; levels shifted as written (一级 实施效果指标, 二级 产出指标/效益指标). The last line is cut.
  '027-baodi-manure-utilization-central-invest-2022.txt': {
    format: 'text',
    year: 2022,
    projects: [
      {
        name: '农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)',
        budget: ['2350', 23500000],
        rows: [
          ['产出指标', '建设项目个数(含续建)', '1'], // L28–31
          ['产出指标', '竣工验收合格率', '100%'], // L32–33
          ['产出指标', '按进度计划实施情况', '按计划实施'], // L34–35
          ['效益指标', '完工项目县畜禽粪污综合利用率', '≥90%'], // L36–38
        ],
      },
    ],
  },
  // "cell |" lines; the first data row carries the merged 绩效指标 title cell; unit column and a value that
  // repeats the %. The excerpt ends with "时": a cut cell, no row.
  '029-zhongxian-hog-county-reward-regional-targets-2022.txt': {
    format: 'text',
    year: 2022,
    projects: [
      {
        name: '生猪(牛羊)调出大县奖励资金',
        budget: ['397', 3970000],
        rows: [
          ['数量指标', '猪肉产量稳定率', '≥95%'], // L41–46 (unit %, value ≥95%)
          ['数量指标', '能繁母猪稳定率', '90%'], // L47–49
        ],
      },
    ],
  },
  // Pipe table, 成本指标 first (2021 framework); 指标值类型 holds ≤ or 定性. L19 has no unit cell. L20 is cut
  // inside its value ("减"): kept with the value as the excerpt has it.
  '037-nanxian-cdc-public-health-supervision-2025.txt': {
    format: 'markdown',
    year: 2025,
    projects: [
      {
        name: '基本公共卫生服务和应急处理及卫生监督执法专项',
        budget: ['70.00', 700000],
        rows: [
          ['经济成本指标', '疾病预防控制中心经费', '≤70万元'], // L18
          ['社会成本指标', '实施项目对社会产生的不利影响', '减少'], // L19
          ['生态环境成本指标', '实施项目对生态产生的不利影响', '减'], // L20 (cut)
        ],
      },
    ],
  },
  // Pipe table with a header wrapped over six lines and 中期 | 年度 groups side by side (no group names in the
  // header: the block's 中期滚动目标 | 年度目标 order says the second is the year's). The excerpt ends inside
  // "可持续影响指标 | 实现建设总目标控制程度" before its value: not a row.
  '040-dongguan-transport-inter-town-road-upgrade-2019.txt': {
    format: 'markdown',
    year: 2019,
    projects: [
      {
        name: '镇际联网路升级改造工程一期',
        budget: ['919.00', 9190000],
        rows: [
          ['数量指标(或建筑规模指标)', '镇街补助款完成结算项目数', '3'], // L26
          ['质量指标', '补助款结算误差率', '±3%以内'], // L27
          ['时效指标(工期指标、形象进度指标)', '结算款支付及时性', '及时'], // L28
          ['预算(或投资规模)控制指标', '年度预算执行率', '≥90%'], // L29
          ['社会、经济、生态效益 指标', '补助款结算争议率', '0%'], // L30
        ],
      },
    ],
  },
};

const docs = new Map<string, Document>();
function doc(file: string): Document {
  let d = docs.get(file);
  if (!d) {
    d = parseText(readFileSync(join(REAL, file), 'utf8'), `corpus/real/${file}`);
    docs.set(file, d);
  }
  return d;
}

function rowsOf(d: Document, p: number): Row[] {
  return (d.projects[p]!.table?.indicators ?? []).map((i): Row => [i.level2?.text ?? null, i.level3?.text ?? null, joinedValue(i)]);
}

describe('real samples: recovered projects and indicator rows', () => {
  it('has an expectation for every file in corpus/real', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });

  it.each(files)('%s', (file) => {
    const expected = EXPECTED[file]!;
    const d = doc(file);
    expect(d.format).toBe(expected.format);
    expect(d.year?.value ?? null).toBe(expected.year);
    expect(d.projects.map((p) => p.table?.name?.text ?? null)).toEqual(expected.projects.map((p) => p.name));
    expected.projects.forEach((p, n) => {
      const budget = d.projects[n]!.table?.budget;
      expect(budget ? [budget.raw, budget.value] : null).toEqual(p.budget);
      expect(rowsOf(d, n)).toEqual(p.rows);
    });
  });

  it.each(files)('%s validates against the document schema', (file) => {
    expect(() => DocumentSchema.parse(doc(file))).not.toThrow();
  });
});

/** Every sourced text the parser produced for the file. */
function sourcedTexts(value: unknown, out: SourcedText[] = []): SourcedText[] {
  if (value === null || typeof value !== 'object') return out;
  const v = value as Record<string, unknown>;
  if (typeof v.text === 'string' && typeof v.span === 'object' && v.span !== null) out.push(v as unknown as SourcedText);
  for (const child of Object.values(v)) sourcedTexts(child, out);
  return out;
}

describe('real samples: spans', () => {
  it.each(files)('%s: every value stands at its span (pinyin annotations aside)', (file) => {
    const lines = readFileSync(join(REAL, file), 'utf8').split('\n');
    for (const source of sourcedTexts(doc(file))) {
      const { line, column, endLine, endColumn } = source.span;
      if (line === endLine) {
        const written = lines[line - 1]!.slice(column - 1, endColumn - 1);
        expect(stripPinyin(written), `${file}:${line}:${column}`).toBe(source.text);
      } else {
        const firstLine = source.text.split('\n')[0]!;
        expect(stripPinyin(lines[line - 1]!.slice(column - 1)).startsWith(firstLine), `${file}:${line}:${column}`).toBe(true);
      }
    }
  });
});

describe('real samples: columns and levels', () => {
  it('001: 一级 per row, unit line per project, weights and direction kept under extra', () => {
    const d = doc('001-jingyan-mata-town-project-targets-2023.txt');
    const [first, second] = d.projects.map((p) => p.table!);
    expect(d.unitCode?.text).toBe('820001');
    expect(d.unitName?.text).toBe('井研县马踏镇人民政府');
    expect(first!.moneyUnit).toBe('元');
    expect(first!.goals.map((g) => g.text)).toEqual(['按时发放村组干部报酬']);
    expect(second!.unitLine?.text).toBe('820001-井研县马踏镇人民政府');
    const row = first!.indicators[1]!;
    expect([row.level1?.text, row.symbol?.text, row.target?.text, row.unit?.text]).toEqual(['产出指标', '≥', '1', '年']);
    expect(row.extra['权重']?.text).toBe('20');
    expect(row.extra['指标方向性']?.text).toBe('正向指标');
  });

  it('003: 一级 carried down (inherited), 定量/定性 kept under extra, not as a symbol', () => {
    const rows = doc('003-yueyanglou-price-cert-center-overall-2023.txt').projects[0]!.table!.indicators;
    expect(rows.map((r) => [r.level1?.text, r.level1Inherited])).toEqual([
      ['產出指標', false], ['產出指標', true], ['產出指標', true], ['產出指標', true], ['效益指標', false], ['效益指標', true],
    ]);
    expect(rows[0]!.symbol).toBeNull();
    expect(rows[0]!.extra['指標值類型']?.text).toBe('定量');
    expect(rows[0]!.description?.text).toBe('該指標主要考察業務工作支出安排情況');
    expect(rows[4]!.basis?.text).toBe('未達指標值酌情扣分');
  });

  it('021 and 037: 成本指标 as 一级 with 经济/社会/生态环境成本指标 (2021 framework)', () => {
    for (const file of ['021-fengjie-yunwu-township-processing-park-2023.txt', '037-nanxian-cdc-public-health-supervision-2025.txt']) {
      const rows = doc(file).projects[0]!.table!.indicators;
      expect(rows.map((r) => r.level1?.text.replace(/\(.*$/, ''))).toEqual(['成本指标', '成本指标', '成本指标']);
    }
  });

  it('022 and 040: the 长期/中期 group goes to extra', () => {
    const r022 = doc('022-wuhan-qingshan-education-infrastructure-2020.txt').projects[0]!.table!.indicators[0]!;
    expect(r022.extra['二级指标(长期)']?.text).toBe('数量指标');
    const r040 = doc('040-dongguan-transport-inter-town-road-upgrade-2019.txt').projects[0]!.table!.indicators[1]!;
    expect(r040.extra['指标值(或计划水平)']?.text).toBe('±3%以内');
    expect(r040.level1?.text).toBe('预期产出指标');
  });

  it('027: shifted levels are kept as written', () => {
    const rows = doc('027-baodi-manure-utilization-central-invest-2022.txt').projects[0]!.table!.indicators;
    expect(rows.map((r) => r.level1?.text)).toEqual(['实施效果指标', '实施效果指标', '实施效果指标', '实施效果指标']);
  });

  it('goals and units read from the block above the grid', () => {
    const goal = (file: string) => doc(file).projects[0]!.table!.goals.map((g) => g.text);
    expect(goal('022-wuhan-qingshan-education-infrastructure-2020.txt')).toEqual(['按工作计划完成教育局重点项目建设经费预算安排']);
    expect(goal('040-dongguan-transport-inter-town-road-upgrade-2019.txt')[0]).toMatch(/^督促勘察设计单位/);
    expect(goal('013-rongchang-forestry-guchang-greening-2022.txt')[0]).toMatch(/^在古昌镇大青杠村约3500米公路沿线,通过/);
    expect(goal('009-suiyang-taibai-town-overall-selfeval-2021.txt')[0]).toMatch(/^\(1\)制定和组织实施/);
    const unit = (file: string) => doc(file).projects[0]!.table!.moneyUnit;
    expect(unit('013-rongchang-forestry-guchang-greening-2022.txt')).toBe('万元');
    expect(unit('027-baodi-manure-utilization-central-invest-2022.txt')).toBe('万元');
    expect(unit('037-nanxian-cdc-public-health-supervision-2025.txt')).toBe('万元');
  });

  it('tables without narrative give projects with narrative null', () => {
    for (const file of files) for (const p of doc(file).projects) expect(p.narrative).toBeNull();
  });
});
