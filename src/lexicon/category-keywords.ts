// Keyword lexicon for classifying a 三级 name into its 二级 category (domain-rules §3.1), kept as data for the category model.
import type { Level2Key } from './categories.js';

/**
 * How a term behaves in a Chinese noun phrase, whose head is at the END:
 * - explicit: a category name (生态效益, 满意度, 可持续). Counts fully wherever it stands.
 * - measure: a measure noun (及时率, 合格率, 成本, 人次). Strong as the head, weak as a modifier.
 * - domain: a topic noun (生态, 收入, 安全, 信访). Says what the indicator is about, in any position.
 * - activity: an output verb (开展, 培训, 发放). Weak evidence of a quantity.
 * - transparent: a generic head (改善, 增长率, 水平, 发生率, 次数) that hands the head role to the
 *   term just before it: in 大气环境质量改善 the category comes from 环境质量, not from 改善.
 */
export type TermRole = 'explicit' | 'measure' | 'domain' | 'activity' | 'transparent';

export interface CategoryTerm {
  readonly term: string;
  readonly role: TermRole;
  /** Base weight per category; several keys mark a term that is genuinely ambiguous (覆盖率, 效率). */
  readonly keys: Partial<Record<Level2Key, number>>;
  /** When one of these words stands anywhere in the same clause, the evidence goes to `redirectTo` instead (降低…成本 and 成本下降率 are benefits). */
  readonly unlessWith?: readonly string[];
  readonly redirectTo?: Level2Key;
}

type Row = readonly [term: string, role: TermRole, keys: Partial<Record<Level2Key, number>>];

const SAVING_WORDS = ['降低', '下降', '节约', '减少', '节省', '压缩', '压减', '节支', '核减'];

const ROWS: readonly Row[] = [
  // 1. SATISFACTION. 投诉率 is satisfaction-related but negative (see polarity.ts).
  ['满意', 'explicit', { SAT_SUB: 3 }], ['满意度', 'explicit', { SAT_SUB: 3 }], ['满意率', 'explicit', { SAT_SUB: 3 }],
  ['服务对象满意度', 'explicit', { SAT_SUB: 3 }], ['好评率', 'measure', { SAT_SUB: 2 }],
  ['认可度', 'measure', { SAT_SUB: 1.5, SOC_BEN: 0.8 }], ['获得感', 'domain', { SAT_SUB: 1, SOC_BEN: 0.6 }],
  ['投诉率', 'measure', { SAT_SUB: 1.5 }], ['投诉', 'domain', { SAT_SUB: 0.5, SOC_COST: 0.5 }],

  // 2. ECON_BEN. Savings come before cost so that 降低成本 / 节约资金 never read as a cost.
  ['经济效益', 'explicit', { ECON_BEN: 3 }],
  ['节约资金', 'measure', { ECON_BEN: 2 }], ['节约成本', 'measure', { ECON_BEN: 2 }], ['降低成本', 'measure', { ECON_BEN: 2 }],
  ['节省成本', 'measure', { ECON_BEN: 2 }], ['减少成本', 'measure', { ECON_BEN: 2 }], ['成本节约', 'measure', { ECON_BEN: 2 }],
  ['资金节约', 'measure', { ECON_BEN: 2 }], ['节约率', 'measure', { ECON_BEN: 2 }], ['成本降低率', 'measure', { ECON_BEN: 2 }],
  ['经济损失减少', 'measure', { ECON_BEN: 2 }], ['增收', 'domain', { ECON_BEN: 1.2 }], ['收入', 'domain', { ECON_BEN: 1.2 }],
  ['收益', 'domain', { ECON_BEN: 1.2 }], ['产值', 'domain', { ECON_BEN: 1.2 }], ['利润', 'domain', { ECON_BEN: 1.2 }],
  ['税收', 'domain', { ECON_BEN: 1.2 }], ['带动投资', 'domain', { ECON_BEN: 1.2 }], ['拉动', 'domain', { ECON_BEN: 1 }],
  ['集体经济', 'domain', { ECON_BEN: 1.5 }], ['亩产', 'domain', { ECON_BEN: 1.2 }], ['单产', 'domain', { ECON_BEN: 1.2 }],
  ['销售额', 'domain', { ECON_BEN: 1.2 }], ['营业额', 'domain', { ECON_BEN: 1.2 }], ['经济发展', 'domain', { ECON_BEN: 1 }],
  ['经济增长', 'domain', { ECON_BEN: 1.2 }], ['产业发展', 'domain', { ECON_BEN: 1 }], ['招商引资', 'domain', { ECON_BEN: 1.2 }],
  ['经济', 'domain', { ECON_BEN: 0.6 }],
  // Socio-economic wording is genuinely ambiguous between the two benefits: equal weights give confidence 0.
  ['社会经济', 'domain', { ECON_BEN: 1, SOC_BEN: 1 }], ['经济社会', 'domain', { ECON_BEN: 1, SOC_BEN: 1 }],
  ['社会经济发展', 'domain', { ECON_BEN: 1, SOC_BEN: 1 }], ['经济社会发展', 'domain', { ECON_BEN: 1, SOC_BEN: 1 }],

  // 3. ECO_BEN.
  ['生态效益', 'explicit', { ECO_BEN: 3 }], ['环境效益', 'explicit', { ECO_BEN: 3 }], ['生态环境效益', 'explicit', { ECO_BEN: 3 }],
  ['生态', 'domain', { ECO_BEN: 1.2 }], ['环境', 'domain', { ECO_BEN: 1 }], ['环保', 'domain', { ECO_BEN: 1 }],
  ['环境质量', 'domain', { ECO_BEN: 1.5 }], ['空气质量', 'domain', { ECO_BEN: 1.5 }], ['水环境质量', 'domain', { ECO_BEN: 1.5 }],
  ['绿化', 'domain', { ECO_BEN: 1.2 }], ['植树', 'domain', { ECO_BEN: 1.2 }], ['造林', 'domain', { ECO_BEN: 1.2 }],
  ['森林覆盖', 'domain', { ECO_BEN: 1.5 }], ['空气', 'domain', { ECO_BEN: 1.2 }], ['大气', 'domain', { ECO_BEN: 1.2 }],
  ['优良天数', 'measure', { ECO_BEN: 2 }], ['PM2.5', 'domain', { ECO_BEN: 1.5 }], ['PM10', 'domain', { ECO_BEN: 1.5 }],
  ['水质', 'domain', { ECO_BEN: 1.2 }], ['水环境', 'domain', { ECO_BEN: 1.2 }], ['黑臭', 'domain', { ECO_BEN: 1.2 }],
  ['污水处理', 'domain', { ECO_BEN: 1.2 }], ['垃圾无害化', 'domain', { ECO_BEN: 1.5 }], ['无害化处理率', 'measure', { ECO_BEN: 2 }],
  ['垃圾分类', 'domain', { ECO_BEN: 1.2 }], ['减排', 'domain', { ECO_BEN: 1.2 }], ['排放', 'domain', { ECO_BEN: 0.8, ECO_COST: 0.5 }],
  ['碳', 'domain', { ECO_BEN: 0.6 }], ['节能', 'domain', { ECO_BEN: 1.2 }], ['节水', 'domain', { ECO_BEN: 1.2 }],
  ['耕地保护', 'domain', { ECO_BEN: 1.2 }], ['水土流失', 'domain', { ECO_BEN: 1.2 }], ['土壤', 'domain', { ECO_BEN: 1.2 }],
  ['人居环境', 'domain', { ECO_BEN: 1.5 }], ['村容村貌', 'domain', { ECO_BEN: 1.5 }], ['秸秆', 'domain', { ECO_BEN: 1 }],
  ['禁烧', 'domain', { ECO_BEN: 1 }], ['火点', 'domain', { ECO_BEN: 1 }], ['河道', 'domain', { ECO_BEN: 0.8 }],
  ['绿化覆盖率', 'measure', { ECO_BEN: 2 }], ['绿化率', 'measure', { ECO_BEN: 2 }], ['森林覆盖率', 'measure', { ECO_BEN: 2 }],
  ['污水处理率', 'measure', { ECO_BEN: 2 }],

  // 4. SOC_BEN. 劳动效率 / 工作效率 are benefits (never a cost): the sample's 提高劳动效率 under 成本指标.
  ['社会效益', 'explicit', { SOC_BEN: 3 }],
  ['社会', 'domain', { SOC_BEN: 0.8 }], ['民生', 'domain', { SOC_BEN: 1 }], ['群众', 'domain', { SOC_BEN: 0.6 }],
  ['就业', 'domain', { SOC_BEN: 1.2 }], ['安全', 'domain', { SOC_BEN: 1 }], ['安全生产', 'domain', { SOC_BEN: 1.2 }],
  ['稳定', 'domain', { SOC_BEN: 0.8 }], ['社会稳定', 'domain', { SOC_BEN: 1.2 }], ['保障水平', 'domain', { SOC_BEN: 1.2 }],
  ['公共服务', 'domain', { SOC_BEN: 1 }], ['覆盖面', 'domain', { SOC_BEN: 1 }], ['受益', 'domain', { SOC_BEN: 0.8 }],
  ['受益人数', 'measure', { SOC_BEN: 2 }], ['知晓率', 'measure', { SOC_BEN: 2 }], ['参与率', 'measure', { SOC_BEN: 2 }],
  ['普及率', 'measure', { SOC_BEN: 1.5 }], ['入学', 'domain', { SOC_BEN: 1.2 }], ['就医', 'domain', { SOC_BEN: 1.2 }],
  ['治愈', 'domain', { SOC_BEN: 1.2 }], ['治愈率', 'measure', { SOC_BEN: 2 }], ['发病率', 'measure', { SOC_BEN: 1.5 }],
  ['事故', 'domain', { SOC_BEN: 1 }], ['矛盾化解', 'domain', { SOC_BEN: 1.5 }], ['化解', 'domain', { SOC_BEN: 0.8 }],
  ['矛盾', 'domain', { SOC_BEN: 0.8 }], ['信访', 'domain', { SOC_BEN: 1 }], ['办事效率', 'measure', { SOC_BEN: 2 }],
  ['劳动效率', 'measure', { SOC_BEN: 2, ECON_BEN: 0.5 }], ['工作效率', 'measure', { SOC_BEN: 2, ECON_BEN: 0.5 }],
  ['基层治理', 'domain', { SOC_BEN: 1.2 }], ['正常运转', 'domain', { SOC_BEN: 1.2 }], ['幸福感', 'domain', { SOC_BEN: 1 }],
  ['公信力', 'domain', { SOC_BEN: 1 }], ['社会影响', 'domain', { SOC_BEN: 1 }], ['影响力', 'domain', { SOC_BEN: 0.8, SUSTAIN: 0.6 }],
  ['风气', 'domain', { SOC_BEN: 0.8 }], ['保障率', 'measure', { SOC_BEN: 1.5 }], ['生活质量', 'domain', { SOC_BEN: 1.5 }],
  ['治安', 'domain', { SOC_BEN: 1 }], ['便利度', 'measure', { SOC_BEN: 1.5 }], ['便民', 'domain', { SOC_BEN: 1 }],
  ['和谐', 'domain', { SOC_BEN: 0.8 }], ['文明', 'domain', { SOC_BEN: 0.8 }], ['脱贫', 'domain', { SOC_BEN: 1.2 }],

  // 5. SUSTAIN.
  ['可持续', 'explicit', { SUSTAIN: 3 }], ['长效', 'domain', { SUSTAIN: 1.2 }], ['长效机制', 'domain', { SUSTAIN: 1.5 }],
  ['持续发挥', 'domain', { SUSTAIN: 1.2 }], ['长期', 'domain', { SUSTAIN: 1 }], ['机制建立', 'domain', { SUSTAIN: 1.2 }],
  ['制度建设', 'domain', { SUSTAIN: 1.2 }], ['管护', 'domain', { SUSTAIN: 1 }], ['运维', 'domain', { SUSTAIN: 1 }],
  ['持续运行', 'domain', { SUSTAIN: 1.2 }], ['后续', 'domain', { SUSTAIN: 0.8 }], ['持续', 'domain', { SUSTAIN: 0.5 }],
  ['使用年限', 'measure', { SUSTAIN: 2 }], ['运行年限', 'measure', { SUSTAIN: 2 }], ['使用寿命', 'measure', { SUSTAIN: 2 }],
  ['设计年限', 'measure', { SUSTAIN: 2 }],

  // 6. ECON_COST, except after a saving word (handled by unlessAfter below).
  ['经济成本', 'explicit', { ECON_COST: 3 }], ['成本', 'measure', { ECON_COST: 2 }], ['总成本', 'measure', { ECON_COST: 2 }],
  ['单位成本', 'measure', { ECON_COST: 2 }], ['人均成本', 'measure', { ECON_COST: 2 }], ['费用', 'measure', { ECON_COST: 2 }],
  ['单价', 'measure', { ECON_COST: 2 }], ['支出标准', 'measure', { ECON_COST: 2 }], ['补助标准', 'measure', { ECON_COST: 1.5 }],
  ['补贴标准', 'measure', { ECON_COST: 1.5 }], ['资金总额', 'measure', { ECON_COST: 1.5 }], ['经费', 'measure', { ECON_COST: 1.5 }],
  ['造价', 'measure', { ECON_COST: 2 }], ['投资额', 'measure', { ECON_COST: 1.5 }], ['成本控制', 'measure', { ECON_COST: 2 }],
  ['预算控制数', 'measure', { ECON_COST: 2 }], ['开支', 'measure', { ECON_COST: 1.2 }], ['金额', 'measure', { ECON_COST: 1.2 }],

  // 7. SOC_COST.
  ['社会成本', 'explicit', { SOC_COST: 3 }], ['负面影响', 'domain', { SOC_COST: 1.2 }], ['征地拆迁', 'domain', { SOC_COST: 1.2 }],
  ['不稳定因素', 'domain', { SOC_COST: 1.2 }], ['出行影响', 'domain', { SOC_COST: 1.2 }], ['拆迁', 'domain', { SOC_COST: 1 }],
  ['征地', 'domain', { SOC_COST: 1 }], ['群体性事件', 'domain', { SOC_COST: 1.2 }], ['交通管制', 'domain', { SOC_COST: 1 }],
  // Cues that the project itself causes the effect (施工…, …引发的, 造成…): the cost side of §3.1 items 7 and 8.
  ['引发', 'domain', { SOC_COST: 0.8, ECO_COST: 0.4 }], ['造成', 'domain', { SOC_COST: 0.5, ECO_COST: 0.5 }],

  // 8. ECO_COST.
  ['生态环境成本', 'explicit', { ECO_COST: 3 }], ['环境成本', 'explicit', { ECO_COST: 3 }], ['生态成本', 'explicit', { ECO_COST: 3 }],
  ['环境污染', 'domain', { ECO_COST: 1.2 }], ['生态破坏', 'domain', { ECO_COST: 1.2 }], ['扬尘', 'domain', { ECO_COST: 1.2, ECO_BEN: 0.6 }],
  ['噪声', 'domain', { ECO_COST: 1.2 }], ['噪音', 'domain', { ECO_COST: 1.2 }], ['排放超标', 'domain', { ECO_COST: 1.5 }],
  ['植被破坏', 'domain', { ECO_COST: 1.5 }], ['碳排放增加', 'domain', { ECO_COST: 1.5 }], ['施工影响', 'domain', { ECO_COST: 1 }],
  ['施工', 'domain', { ECO_COST: 0.8, SOC_COST: 0.4 }], ['占用', 'domain', { ECO_COST: 0.8 }], ['砍伐', 'domain', { ECO_COST: 1 }],
  ['入侵', 'domain', { ECO_COST: 0.8 }],

  // 9. TIME. 效率 alone is ambiguous: 时效 covers "timeliness and efficiency", but 办事效率 is a social benefit.
  ['时效', 'explicit', { TIME: 3 }], ['及时', 'measure', { TIME: 1.5 }], ['及时率', 'measure', { TIME: 2 }],
  ['及时性', 'measure', { TIME: 2 }], ['时限', 'measure', { TIME: 2 }], ['完成时间', 'measure', { TIME: 2 }],
  ['截止', 'measure', { TIME: 1.5 }], ['按时', 'measure', { TIME: 1.5 }], ['按期', 'measure', { TIME: 1.5 }],
  ['按时完成率', 'measure', { TIME: 2 }], ['按期完成率', 'measure', { TIME: 2 }], ['周期', 'measure', { TIME: 2 }],
  ['办结', 'measure', { TIME: 1.5 }], ['办结率', 'measure', { TIME: 2 }], ['工作日', 'measure', { TIME: 1.5 }],
  ['天内', 'measure', { TIME: 1.5 }], ['月底前', 'measure', { TIME: 1.5 }], ['年底前', 'measure', { TIME: 1.5 }],
  ['进度', 'measure', { TIME: 2 }], ['当年', 'measure', { TIME: 1 }], ['时间', 'measure', { TIME: 1.5 }],
  ['准时', 'measure', { TIME: 1.5 }], ['时长', 'measure', { TIME: 1.5 }], ['用时', 'measure', { TIME: 1.5 }],
  ['效率', 'measure', { TIME: 0.8, SOC_BEN: 0.8 }],

  // 10. QUAL.
  ['合格', 'measure', { QUAL: 1.5 }], ['合格率', 'measure', { QUAL: 2 }], ['达标', 'measure', { QUAL: 1.5 }],
  ['达标率', 'measure', { QUAL: 2 }], ['验收', 'measure', { QUAL: 1.5 }], ['验收合格率', 'measure', { QUAL: 2 }],
  ['通过率', 'measure', { QUAL: 2 }], ['优良率', 'measure', { QUAL: 2 }], ['完好率', 'measure', { QUAL: 2 }],
  ['准确', 'measure', { QUAL: 1.5 }], ['准确率', 'measure', { QUAL: 2 }], ['准确性', 'measure', { QUAL: 2 }],
  ['准确度', 'measure', { QUAL: 2 }], ['正确率', 'measure', { QUAL: 2 }], ['规范率', 'measure', { QUAL: 2 }],
  ['规范性', 'measure', { QUAL: 1.5 }], ['符合', 'measure', { QUAL: 1 }], ['符合率', 'measure', { QUAL: 2 }],
  ['标准', 'measure', { QUAL: 1 }], ['质量', 'measure', { QUAL: 2 }], ['执行率', 'measure', { QUAL: 1 }],
  ['一次性通过', 'measure', { QUAL: 1.5 }], ['差错率', 'measure', { QUAL: 2 }], ['故障率', 'measure', { QUAL: 2 }],
  ['返工率', 'measure', { QUAL: 2 }], ['精准', 'measure', { QUAL: 1.2 }], ['合规率', 'measure', { QUAL: 2 }],
  ['完整性', 'measure', { QUAL: 1.5 }], ['完整率', 'measure', { QUAL: 2 }], ['正确性', 'measure', { QUAL: 1.5 }],

  // 11. QTY. 覆盖率 is QTY when it counts units covered, QUAL/SOC_BEN when it is access or a service standard.
  ['数量', 'transparent', { QTY: 2 }], ['个数', 'transparent', { QTY: 2 }], ['件数', 'transparent', { QTY: 2 }],
  ['次数', 'transparent', { QTY: 2 }], ['起数', 'transparent', { QTY: 1.5 }], ['发生次数', 'transparent', {}],
  ['人数', 'measure', { QTY: 2 }], ['人次', 'measure', { QTY: 2 }], ['户数', 'measure', { QTY: 2 }],
  ['场次', 'measure', { QTY: 2 }], ['项数', 'measure', { QTY: 2 }], ['份数', 'measure', { QTY: 2 }],
  ['面积', 'measure', { QTY: 2 }], ['长度', 'measure', { QTY: 2 }], ['里程', 'measure', { QTY: 2 }],
  ['公里数', 'measure', { QTY: 2 }], ['亩数', 'measure', { QTY: 2 }], ['村数', 'measure', { QTY: 2 }],
  ['完成率', 'measure', { QTY: 2 }], ['完成数', 'measure', { QTY: 2 }], ['覆盖率', 'measure', { QTY: 1, QUAL: 0.6, SOC_BEN: 0.6 }],
  ['规模', 'measure', { QTY: 1.2 }], ['批次', 'measure', { QTY: 1.5 }], ['期数', 'measure', { QTY: 2 }],
  ['新增', 'activity', { QTY: 0.8 }], ['开展', 'activity', { QTY: 0.8 }], ['培训', 'activity', { QTY: 0.8 }],
  ['发放', 'activity', { QTY: 0.8 }], ['新建', 'activity', { QTY: 0.8 }], ['改造', 'activity', { QTY: 0.8 }],
  ['维修', 'activity', { QTY: 0.8 }], ['举办', 'activity', { QTY: 0.8 }], ['建设', 'activity', { QTY: 0.6 }],
  ['购置', 'activity', { QTY: 0.8 }], ['采购', 'activity', { QTY: 0.8 }], ['修建', 'activity', { QTY: 0.8 }],
  ['召开', 'activity', { QTY: 0.8 }], ['安装', 'activity', { QTY: 0.8 }], ['配备', 'activity', { QTY: 0.8 }],
  ['巡查', 'activity', { QTY: 0.8 }], ['清理', 'activity', { QTY: 0.6 }],

  // Generic heads that carry no category of their own and pass the head role to the left.
  ...(['改善', '提升', '提高', '增长', '增加', '下降', '降低', '减少', '增强', '加强', '增长率', '提升率', '提高率', '下降率',
    '降低率', '减少率', '增幅', '增值率', '改善率', '水平', '程度', '情况', '效果', '影响', '影响程度', '状况', '能力',
    '成效', '发生率', '指数'] as const).map((term): Row => [term, 'transparent', {}]),
];

const REDIRECTED: Readonly<Record<string, Level2Key>> = {
  成本: 'ECON_BEN', 费用: 'ECON_BEN', 经费: 'ECON_BEN', 开支: 'ECON_BEN', 造价: 'ECON_BEN', 金额: 'ECON_BEN',
};

/** Every term, longest first (longest match wins over its substrings: 合格率 over 合格). */
export const CATEGORY_TERMS: readonly CategoryTerm[] = ROWS.map(([term, role, keys]): CategoryTerm => {
  const redirectTo = REDIRECTED[term];
  return {
    term, role, keys,
    ...(redirectTo ? { unlessWith: SAVING_WORDS, redirectTo } : {}),
  };
}).sort((a, b) => b.term.length - a.term.length);
