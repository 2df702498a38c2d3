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

interface Hit {
  end: number;
  length: number;
  polarity: Polarity;
}

function hits(name: string, terms: readonly string[], polarity: Polarity): Hit[] {
  const found: Hit[] = [];
  for (const term of terms) {
    for (let at = name.indexOf(term); at >= 0; at = name.indexOf(term, at + 1)) {
      found.push({ end: at + term.length, length: term.length, polarity });
    }
  }
  return found;
}

/**
 * The polarity of an indicator name, decided by the term nearest the end (the head of the noun
 * phrase, longest on ties): 投诉办结率 is positive (办结), 投诉次数 negative. Null when no term is found.
 */
export function namePolarity(name: string): Polarity | null {
  const text = name.replace(/\s+/g, '');
  const all = [...hits(text, NEGATIVE_TERMS, 'negative'), ...hits(text, POSITIVE_TERMS, 'positive')];
  if (all.length === 0) return null;
  all.sort((a, b) => b.end - a.end || b.length - a.length);
  const head = all[0]!;
  if (head.polarity === 'positive') return 'positive';
  const start = head.end - head.length;
  const reducedAfter = REDUCTION_WORDS.some((w) => text.indexOf(w, head.end) >= 0);
  const reducedBefore = REDUCTION_WORDS.some((w) => text.slice(0, start).includes(w));
  return reducedAfter || reducedBefore ? 'positive' : 'negative';
}
