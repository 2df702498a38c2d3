// What unit a 三级 name asks for, read from its ending (domain-rules §3.5 "Unit-versus-name agreement", R-VAL-11).
import type { UnitClass } from './units.js';

/** The kind of quantity a name ending announces. */
export type NameMeasure = 'ratio' | 'count' | 'money' | 'time' | 'area' | 'length';

export interface NameMeasureRule {
  measure: NameMeasure;
  /** Endings, longest first within the rule. */
  endings: readonly string[];
  /** Unit classes that agree with the ending; any other known class is a mismatch. */
  allowed: readonly UnitClass[];
  /** How a reviewer names what is expected. */
  expected: string;
}

/**
 * Rules in the order they are tried: longer, more specific endings first (天数 is a duration before 数 is a
 * count; 满意度 is a ratio before 度 would be anything).
 */
export const NAME_MEASURE_RULES: readonly NameMeasureRule[] = [
  {
    measure: 'time',
    endings: ['完成时间', '办结时限', '时间', '时限', '周期', '工期', '用时', '时长', '年限', '期限', '天数', '日数', '工作日数'],
    allowed: ['time'],
    expected: '日期或时长（如“2025年11月底前”“≤15个工作日”）',
  },
  {
    measure: 'money',
    endings: ['成本', '费用', '单价', '金额', '造价', '报酬', '补助标准', '补贴标准', '支出标准', '经费', '资金'],
    allowed: ['money'],
    expected: '金额（元、万元、元/人……）',
  },
  {
    measure: 'area',
    endings: ['面积'],
    allowed: ['area'],
    expected: '面积单位（平方米、亩……）',
  },
  {
    measure: 'length',
    endings: ['长度', '里程', '公里数', '延米数'],
    allowed: ['length'],
    expected: '长度单位（公里、米……）',
  },
  {
    measure: 'ratio',
    endings: [
      '满意度', '认可度', '知晓度', '覆盖度', '完成度', '参与度', '便利度', '信任度', '支持度', '满足度', '达成度', '配合度',
      '好评度', '认知度', '美誉度', '透明度', '公开度', '进度', '比例', '比重', '占比', '百分比', '率',
    ],
    allowed: ['percent', 'permille', 'score'],
    expected: '百分比（%）',
  },
  {
    measure: 'count',
    endings: ['人次', '人数', '户数', '次数', '个数', '件数', '场次', '项数', '份数', '村数', '台数', '套数', '批次', '数量', '数'],
    // A count may be of things (个, 次), of people, or of physical stock (吨, 株, 平方米): only a ratio or money contradicts it.
    allowed: ['count', 'people', 'length', 'area', 'volume', 'mass', 'energy', 'other', 'time', 'score', 'concentration'],
    expected: '数量单位（个、次、人、户……）',
  },
];

/** Endings that look like a measure but are not one: 效率 and 频率 are not percentages; 指数, 系数, 分数 are not counts. */
export const NOT_MEASURE_ENDINGS: readonly string[] = ['效率', '频率', '功率', '指数', '系数', '分数', '倍数', '参数', '函数', '基数'];

/** Rates that may legitimately pass 100% (R-VAL-12/13): growth and increase rates. */
export const UNBOUNDED_RATE_WORDS: readonly string[] = ['增长', '增加', '提高率', '提升率', '增幅', '增速', '增值', '倍'];
