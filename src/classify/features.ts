// Features of a 三级 name for the trained category model: character n-grams, head suffixes and the keyword lexicon's reading.
import { LEVEL2_KEYS, type Level2Key } from '../lexicon/categories.js';
import { findTermsIn, nameClauses, type TermMatch } from './name-terms.js';
import { lexiconReading, type CategoryPrediction } from './lexicon-model.js';

/**
 * The name as clauses of word characters only: nameClauses (width folding, no bracket groups without
 * Hanzi, no %, no trailing 指标, split at punctuation), then only Hanzi, Latin letters and digits are
 * kept, and every digit becomes 0 (2025年 and 2024年 are the same feature).
 */
export function normalisedClauses(name: string): string[] {
  return normalise(nameClauses(name));
}

/** normalisedClauses of clauses already split by nameClauses. */
function normalise(clauses: readonly string[]): string[] {
  // One push loop, not map().filter(): an optimised caller's inlined map makes a HOLEY array where the
  // interpreter makes a PACKED one, and the differing map deoptimised the code that went on with it.
  const out: string[] = [];
  for (const clause of clauses) {
    const cleaned = clause.replace(/[^\p{Script=Han}A-Z0-9]/gu, '').replace(/[0-9]/g, '0');
    if (cleaned !== '') out.push(cleaned);
  }
  return out;
}

/** Lexicon bucket of a confidence: the lexicon's own scale, where 0.8 means an explicit name or an uncontested head. */
function bucket(confidence: number): 'hi' | 'mid' | 'lo' {
  if (confidence >= 0.8) return 'hi';
  return confidence >= 0.5 ? 'mid' : 'lo';
}

const KEYS = new Set<string>(LEVEL2_KEYS);

/**
 * Word classes that say what a name is about without naming a category. They let the model generalise
 * from a few hundred names to words it has not seen with a label (水源地 → ECO, 扰民 → HARM): the
 * model learns which classes go with which category, in which position. Not a category lexicon.
 */
export const CUE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** Harm caused or suffered: the cost side, or a negative count. */
  HARM: ['扰民', '破坏', '不利', '负面', '损坏', '阻隔', '污染', '占用', '封闭', '中断', '干扰', '引发', '造成', '超标', '上访',
    '拆迁', '征地', '搬迁', '隐患', '风险', '投诉', '纠纷', '事件', '事故', '损失', '死亡', '伤亡', '违法', '违规', '案件'],
  BUILD: ['施工', '工程', '建设', '修建', '开挖', '爆破'],
  ECO: ['生态', '环境', '水质', '河湖', '河道', '湿地', '森林', '林业', '草原', '植被', '绿地', '绿化', '造林', '碳',
    '排放', '能耗', '节能', '节水', '标准煤', '空气', '大气', '扬尘', '噪声', '光污染', '垃圾', '污水', '废物', '废弃',
    '农膜', '秸秆', '化肥', '农药', '土壤', '耕地', '水土', '野生动物', '生物', '蓄积', '二氧化碳', 'PM', '黑臭', '禁烧',
    '火点', '病虫', '疫木', '能源', '重污染', '雨污'],
  PEOPLE: ['群众', '居民', '村民', '农民', '学生', '儿童', '老人', '残疾', '困难', '贫困', '脱贫', '低保', '特困', '家庭', '患者',
    '孕产妇', '职工', '干部', '党员', '农户', '企业', '对象', '人员'],
  SOCIAL: ['就业', '教育', '医疗', '健康', '安全', '治安', '信访', '稳定', '矛盾', '社会', '民生', '便利', '出行', '办事',
    '救助', '养老', '入学', '就医', '文化', '文明', '治理', '法治', '宣传', '知晓', '参与', '幸福', '获得感', '公共服务', '保障',
    '覆盖', '普及', '巩固'],
  ECON: ['收入', '增收', '产值', '产量', '利润', '经济', '销售', '旅游', '投资', '招商', '损失',
    '单产', '产业', '效益', '存栏', '出栏', '集体', '节约', '节省'],
  MONEY: ['费', '经费', '资金', '成本', '投资', '补贴', '补助', '单价', '价格', '金额', '造价', '预算', '支出', '开支', '报酬',
    '工资', '奖励', '奖补'],
  TIME: ['及时', '按时', '按期', '时限', '时间', '工期', '周期', '天数', '工作日', '年底', '月底', '季度', '时长', '办结', '准时',
    '当年', '当日', '限时', '时效', '进度', '日清', '逾期'],
  LASTING: ['长效', '持续', '长期', '年限', '寿命', '运维', '管护', '维护', '机制', '制度', '后续', '可持续', '延续', '巩固',
    '效期'],
  STANDARD: ['合格', '达标', '准确', '完好', '规范', '优良', '正确', '误差', '差错', '故障', '符合', '标准', '质量', '验收', '通过',
    '有效', '完整', '精准', '合规', '一次性'],
  COUNT: ['数量', '人次', '户数', '个数', '面积', '长度', '场次', '条数', '株数', '次数', '人数', '件数', '项数', '处数', '座数',
    '台数', '期数', '批次', '里程', '公里', '亩', '头数', '只数', '剂次', '套数', '家数', '村数', '所数'],
  SATIS: ['满意', '好评', '评价'],
  REDUCE: ['下降', '降低', '减少', '压减', '控制', '清零', '减排', '压缩', '节约'],
  RAISE: ['提高', '提升', '增长', '增加', '改善', '增强', '新增'],
  RATE: ['率', '比例', '占比', '比率', '系数', '指数', '程度', '水平', '度'],
  DONE: ['完成', '落实', '实现', '开展', '实施', '达到'],
};

/** Every cue word once, class after class in CUE_CLASSES order, with its class. */
const CUE_WORDS: readonly { cls: string; word: string }[] = Object.entries(CUE_CLASSES).flatMap(([cls, words]) => words.map((word) => ({ cls, word })));
/** The classes in order, each with the range of its words in CUE_WORDS. */
const CUE_RANGES: readonly { cls: string; from: number; to: number }[] = (() => {
  let from = 0;
  return Object.entries(CUE_CLASSES).map(([cls, words]) => ({ cls, from, to: (from += words.length) }));
})();
/** Indices into CUE_WORDS by the word's first character. */
const CUE_BY_FIRST: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  CUE_WORDS.forEach(({ word }, i) => {
    const list = index.get(word[0]!) ?? [];
    list.push(i);
    index.set(word[0]!, list);
  });
  return index;
})();

/** The cue words present in a clause, ascending by index into CUE_WORDS, each with where it last starts. */
function cueHits(clause: string): { word: number; at: number }[] {
  const last = new Map<number, number>();
  for (let at = 0; at < clause.length; at++) {
    const candidates = CUE_BY_FIRST.get(clause[at]!);
    if (candidates === undefined) continue;
    // Later starts overwrite earlier ones: what remains is lastIndexOf.
    for (const word of candidates) if (clause.startsWith(CUE_WORDS[word]!.word, at)) last.set(word, at);
  }
  // Pushed, not mapped, so the array is PACKED whether or not this runs optimised (see normalise).
  const hits: { word: number; at: number }[] = [];
  for (const [word, at] of last) hits.push({ word, at });
  return hits.sort((a, b) => a.word - b.word);
}

/**
 * `CUE:CLASS` for every class with a word in the name, and `CUE:CLASS:head` when the word ends the last clause (or stops one character short: 水质达标|率).
 * Tokens come class by class, clause by clause, word by word (the order of a scan of every word), from one pass per clause.
 */
function cueFeatures(clauses: readonly string[]): string[] {
  const out: string[] = [];
  const last = clauses.at(-1) ?? '';
  const hits: { word: number; at: number }[][] = [];
  for (const clause of clauses) hits.push(cueHits(clause));
  for (const { cls, from, to } of CUE_RANGES) {
    clauses.forEach((clause, c) => {
      for (const { word, at } of hits[c]!) {
        if (word < from || word >= to) continue;
        out.push(`CUE:${cls}`);
        if (clause === last && at + CUE_WORDS[word]!.word.length >= clause.length - 1) out.push(`CUE:${cls}:head`);
      }
    });
  }
  return out;
}

/** True when a word of the class stands in one of the clauses. */
export function hasCue(clauses: readonly string[], cls: keyof typeof CUE_CLASSES): boolean {
  const words = CUE_CLASSES[cls] ?? [];
  return clauses.some((clause) => words.some((word) => clause.includes(word)));
}

/** The kinds of token, which the model weighs differently (see model/naive-bayes.ts). */
export type FeatureKind = 'ngram' | 'suffix' | 'lexicon' | 'lexiconTop' | 'cue';

export function featureKind(token: string): FeatureKind {
  if (token.startsWith('$')) return 'suffix';
  if (token.startsWith('LEXTOP:')) return 'lexiconTop';
  if (token.startsWith('LEX:')) return 'lexicon';
  if (token.startsWith('CUE:')) return 'cue';
  return 'ngram';
}

/**
 * The tokens of a name, deterministic and without duplicates, in order of first appearance:
 * - `1:x`, `2:xy`, `3:xyz`: character uni-, bi- and trigrams of each clause;
 * - `$x`, `$xy`, `$xyz`: the last one, two and three characters of each clause (a Chinese head is at the end);
 * - `LEX:KEY:explicit|head|mod`: a lexicon term for KEY, an explicit category name, at the head or as a modifier
 *   (after the saving-word redirect: 降低…成本 gives ECON_BEN);
 * - `LEXTOP:KEY` and `LEXTOP:KEY:hi|mid|lo`: the lexicon model's answer and its confidence band;
 * - `CUE:CLASS` and `CUE:CLASS:head`: word classes (CUE_CLASSES), anywhere and at the head.
 * Empty for a name without word characters.
 */
export function nameFeatures(name: string): string[] {
  const clauses = nameClauses(name);
  const terms = findTermsIn(clauses);
  return featuresOf(clauses, terms, lexiconReading(name, terms));
}

/** Code units stand for characters unless a clause holds a supplementary-plane Hanzi. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * nameFeatures from what the shipped model has already worked out for the name: its clauses
 * (nameClauses), its term matches and its lexicon reading without hints.
 */
export function featuresOf(rawClauses: readonly string[], terms: readonly TermMatch[], lexicon: CategoryPrediction): string[] {
  const out = new Set<string>();
  const clauses = normalise(rawClauses);
  for (const clause of clauses) {
    const chars = SURROGATE.test(clause) ? [...clause] : null;
    const length = chars ? chars.length : clause.length;
    const piece = (from: number, to: number) => (chars ? chars.slice(from, to).join('') : clause.slice(from, to));
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= length; i++) out.add(`${n}:${piece(i, i + n)}`);
    }
    for (let n = 1; n <= Math.min(3, length); n++) out.add(`$${piece(length - n, length)}`);
  }
  if (clauses.length === 0) return [];

  for (const match of terms) {
    const { term } = match;
    const redirected = term.redirectTo !== undefined && (term.unlessWith ?? []).some((w) => match.clause.includes(w));
    const position = term.role === 'explicit' ? 'explicit' : match.isHead ? 'head' : 'mod';
    for (const key of Object.keys(term.keys)) {
      if (!KEYS.has(key)) continue;
      out.add(`LEX:${redirected ? term.redirectTo! : (key as Level2Key)}:${position}`);
    }
  }
  if (lexicon.key !== null) {
    out.add(`LEXTOP:${lexicon.key}`);
    out.add(`LEXTOP:${lexicon.key}:${bucket(lexicon.confidence)}`);
  }
  for (const token of cueFeatures(clauses)) out.add(token);
  return [...out];
}
