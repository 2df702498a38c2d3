// Word lists for the classification rules R-CLASS-02/04/05/07 (domain-rules §2 B): outcome vs output-standard terms, inputs, activity verbs, impact words.

/**
 * Outcome terms (R-CLASS-02): what changes for people or places because of the output. Standing at
 * the head of a name filed under 质量指标, they mark an effect measured as if it were an output standard.
 * Bare change words (提升率, 增长率) are left out: 服务质量提升率 may well describe the output itself.
 */
export const OUTCOME_TERMS: readonly string[] = [
  '治愈', '就业', '增收', '增收率', '脱贫', '发病', '死亡', '收入', '收入增长率', '收入增幅', '致富', '返贫', '再就业',
  '入学', '升学', '巩固率', '下降率', '降低率', '减少率', '降幅', '改善率',
];

/**
 * Output-standard terms (R-CLASS-02): whether the delivered work meets its standard. Standing at the head
 * of a name filed under a benefit, they mark an output standard offered as an effect.
 */
export const OUTPUT_STANDARD_TERMS: readonly string[] = [
  '合格率', '合格', '验收', '达标率', '完好率', '准确率', '准确性', '准确度', '正确率', '规范率', '规范性', '差错率',
  '完整率', '完整性', '通过率', '一次性通过', '返工率', '故障率', '精准度', '精准率',
];

/**
 * Words that make a standard rate describe the state of the world rather than the project's own work
 * (水质达标率, 食品抽检合格率, 空气质量优良率): such rates are legitimate effects, so R-CLASS-02 leaves them alone.
 */
export const EXTERNAL_STATE_WORDS: readonly string[] = [
  '抽检', '抽查', '监测', '检测', '水质', '空气', '大气', '环境', '饮用水', '食品', '药品', '农产品', '市场', '河流',
  '断面', '土壤', '排放',
];

/**
 * Process rates (R-CLASS-04): how the money moves (10号 过程 indicators), not what it buys. They only count
 * when the name also speaks of money (资金/经费/预算 …): 设备使用率 or 场馆使用率 are outputs.
 */
export const PROCESS_RATE_TERMS: readonly string[] = [
  '执行率', '到位率', '支付率', '拨付率', '支出率', '使用率', '兑付率', '执行进度', '支出进度', '支付进度', '拨付进度',
  '使用进度', '到位情况', '支出情况', '执行情况',
];

/** Money words that turn a rate into a process rate: 资金支付率, 预算执行率, 经费到位率. */
export const MONEY_WORDS: readonly string[] = ['资金', '经费', '预算', '财政', '拨款', '款项', '补助金', '奖补', '专项'];

/**
 * Money inputs used as a quantity (R-CLASS-04): the project's own allocation (项目金额, 投入资金, 预算数).
 * Amounts paid out to beneficiaries (补贴发放金额) are outputs and are not listed.
 */
export const MONEY_INPUT_TERMS: readonly string[] = [
  '项目金额', '项目资金', '项目经费', '投入资金', '资金投入', '投入金额', '投入经费', '经费投入', '安排资金', '资金安排',
  '安排金额', '安排经费', '预算资金', '预算金额', '预算数', '预算安排', '资金总额', '经费总额', '拨付资金', '到位资金',
  '财政投入', '资金规模',
];

/** Staff inputs used as an output (R-CLASS-04): people assigned to the work, not people served. */
export const STAFF_INPUT_TERMS: readonly string[] = [
  '投入人员', '投入人力', '人员投入', '人力投入', '投入工作人员', '投入人数', '安排人员', '安排工作人员', '派出人员',
];

/**
 * Verbs that open a description of work done (R-CLASS-05, catalogue pattern). 建立/完善/健全 are left
 * out on purpose: 建立长效管护机制 is the usual, accepted 可持续影响 wording.
 */
export const ACTIVITY_VERBS: readonly string[] = [
  '发放', '开展', '组织', '召开', '举办', '举行', '购置', '采购', '维修', '修缮', '修建', '新建', '改造', '建设', '完成',
  '培训', '安装', '印发', '支付', '缴纳', '聘请', '聘用', '实施', '配备', '慰问', '走访', '巡查', '清理', '清运', '发布',
  '编制', '购买', '整治', '铺设', '硬化',
];

/**
 * Objects that make an activity-led name an institution or its working (R-CLASS-05): 培训跟踪服务机制运行情况
 * and 维修资金管理制度 name a lasting arrangement, the usual 可持续影响 wording, not work done.
 */
export const INSTITUTION_WORDS: readonly string[] = ['机制', '制度', '体系', '长效', '运行情况', '使用情况', '运行率', '使用率', '完好率'];

/**
 * Negative-impact words (R-CLASS-07): a 社会成本 / 生态环境成本 indicator names a harm to be limited.
 * A name with one of them describes a cost properly, whatever its wording otherwise.
 */
export const IMPACT_WORDS: readonly string[] = [
  '影响', '负面', '不利', '污染', '破坏', '扬尘', '噪声', '噪音', '投诉', '矛盾', '纠纷', '上访', '信访', '排放', '占用',
  '损失', '损害', '干扰', '事故', '拆迁', '征地', '风险', '隐患', '超标', '废弃', '垃圾', '积水', '拥堵', '扰民',
];

/** Aim verbs that make a cost indicator read as a positive goal (保护生态环境, 改善人居环境, 促进就业). */
export const POSITIVE_AIM_WORDS: readonly string[] = [
  '保护', '改善', '提升', '提高', '促进', '美化', '优化', '增强', '保障', '维护', '推动', '带动', '增加', '实现', '营造',
];
