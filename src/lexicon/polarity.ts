// Name polarity (domain-rules §3.3): does a higher value mean worse (事故, 投诉, 成本 → expects ≤) or better (合格, 满意 → expects ≥)?

export type Polarity = 'negative' | 'positive';

/** Things to keep low: a target for them takes ≤ (or =0). 时限/周期 are durations to keep short. */
export const NEGATIVE_TERMS: readonly string[] = [
  '事故', '发生率', '发生次数', '投诉', '差错', '错误', '故障', '超标', '违规', '违法', '返工', '损失', '死亡', '伤亡',
  '欠薪', '拖欠', '流失', '空置', '闲置', '扬尘', '火点', '积压', '逾期', '超支', '成本', '费用', '单价', '时限', '周期',
  '用时', '耗时', '响应时间', '发病率', '失误', '污染', '噪声', '噪音', '负面影响', '案件', '上访', '事件', '入侵', '砍伐',
  '占用', '不当', '破坏',
];

/** Things to keep high: a target for them takes ≥ (or =). */
export const POSITIVE_TERMS: readonly string[] = [
  '合格', '达标', '完好', '准确', '及时', '覆盖', '完成', '满意', '通过', '优良', '知晓', '参与', '入学', '治愈', '增长',
  '提升', '收入', '节约', '绿化', '处理率', '办结', '受益', '保障率', '普及', '控制率', '化解', '好评', '使用率', '利用率',
];

/**
 * A reduction word after or before a negative term turns the name positive: 事故下降率 and
 * 降低成本 measure an improvement, so a higher value is better.
 */
const REDUCTION_WORDS: readonly string[] = ['下降', '降低', '减少', '压减', '降幅', '节约', '节省', '减排', '核减'];

interface Term {
  term: string;
  polarity: Polarity;
}

/** Every term by its first character, so a name is read once instead of once per term. */
const TERMS_BY_FIRST: ReadonlyMap<string, readonly Term[]> = (() => {
  const index = new Map<string, Term[]>();
  const add = (terms: readonly string[], polarity: Polarity) => {
    for (const term of terms) {
      const list = index.get(term[0]!) ?? [];
      list.push({ term, polarity });
      index.set(term[0]!, list);
    }
  };
  add(NEGATIVE_TERMS, 'negative');
  add(POSITIVE_TERMS, 'positive');
  return index;
})();

/**
 * The polarity of an indicator name, decided by the term nearest the end (the head of the noun
 * phrase, longest on ties): 投诉办结率 is positive (办结), 投诉次数 negative. Null when no term is found.
 */
export function namePolarity(name: string): Polarity | null {
  const text = name.replace(/\s+/g, '');
  // The head: the occurrence ending last, the longest on ties (no term is in both lists, so ties cannot mix polarities).
  let head: Term | null = null;
  let headEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const terms = TERMS_BY_FIRST.get(text[i]!);
    if (terms === undefined) continue;
    for (const t of terms) {
      if (!text.startsWith(t.term, i)) continue;
      const end = i + t.term.length;
      if (end > headEnd || (end === headEnd && t.term.length > head!.term.length)) {
        head = t;
        headEnd = end;
      }
    }
  }
  if (head === null) return null;
  if (head.polarity === 'positive') return 'positive';
  const start = headEnd - head.term.length;
  const reducedAfter = REDUCTION_WORDS.some((w) => text.indexOf(w, headEnd) >= 0);
  const reducedBefore = REDUCTION_WORDS.some((w) => text.slice(0, start).includes(w));
  return reducedAfter || reducedBefore ? 'positive' : 'negative';
}
