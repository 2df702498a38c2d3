// Tests for the keyword lexicon's data: §3.1 coverage, no duplicates, longest first, exclusions present.
import { describe, expect, it } from 'vitest';
import { CATEGORY_TERMS } from '../../src/lexicon/category-keywords.js';
import { LEVEL2_KEYS } from '../../src/lexicon/categories.js';

const byTerm = new Map(CATEGORY_TERMS.map((t) => [t.term, t]));

describe('category keyword lexicon', () => {
  it('has no duplicate term and is sorted longest first', () => {
    expect(byTerm.size).toBe(CATEGORY_TERMS.length);
    const lengths = CATEGORY_TERMS.map((t) => t.term.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('gives every 二级 key some evidence', () => {
    for (const key of LEVEL2_KEYS) expect(CATEGORY_TERMS.some((t) => (t.keys[key] ?? 0) > 0)).toBe(true);
  });

  // A sample of §3.1 per category: the lexicon must keep them.
  const required: [string, string][] = [
    ['满意度', 'SAT_SUB'], ['满意率', 'SAT_SUB'], ['好评率', 'SAT_SUB'], ['认可度', 'SAT_SUB'],
    ['增收', 'ECON_BEN'], ['收入', 'ECON_BEN'], ['节约资金', 'ECON_BEN'], ['降低成本', 'ECON_BEN'], ['集体经济', 'ECON_BEN'],
    ['生态', 'ECO_BEN'], ['绿化', 'ECO_BEN'], ['水质', 'ECO_BEN'], ['垃圾无害化', 'ECO_BEN'], ['人居环境', 'ECO_BEN'],
    ['就业', 'SOC_BEN'], ['安全', 'SOC_BEN'], ['知晓率', 'SOC_BEN'], ['劳动效率', 'SOC_BEN'], ['信访', 'SOC_BEN'],
    ['长效', 'SUSTAIN'], ['可持续', 'SUSTAIN'], ['使用年限', 'SUSTAIN'], ['管护', 'SUSTAIN'],
    ['成本', 'ECON_COST'], ['费用', 'ECON_COST'], ['单价', 'ECON_COST'], ['成本控制', 'ECON_COST'],
    ['负面影响', 'SOC_COST'], ['征地拆迁', 'SOC_COST'],
    ['环境污染', 'ECO_COST'], ['扬尘', 'ECO_COST'], ['噪声', 'ECO_COST'],
    ['及时率', 'TIME'], ['时限', 'TIME'], ['完成时间', 'TIME'], ['进度', 'TIME'], ['办结', 'TIME'],
    ['合格率', 'QUAL'], ['达标率', 'QUAL'], ['准确率', 'QUAL'], ['完好率', 'QUAL'], ['差错率', 'QUAL'],
    ['人次', 'QTY'], ['户数', 'QTY'], ['次数', 'QTY'], ['完成率', 'QTY'], ['面积', 'QTY'], ['培训', 'QTY'],
  ];
  it.each(required)('%s counts for %s', (term, key) => {
    const entry = byTerm.get(term);
    expect(entry).toBeDefined();
    const keys = entry!.keys as Record<string, number>;
    const best = Object.entries(keys).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(best).toBe(key);
  });

  it('never lets efficiency count as a cost', () => {
    for (const t of CATEGORY_TERMS.filter((x) => x.term.includes('效率'))) expect(t.keys.ECON_COST).toBeUndefined();
  });

  it('redirects cost words beside a saving word to ECON_BEN', () => {
    expect(byTerm.get('成本')).toMatchObject({ redirectTo: 'ECON_BEN' });
    expect(byTerm.get('成本')?.unlessWith).toContain('降低');
    expect(byTerm.get('成本')?.unlessWith).toContain('节约');
    expect(byTerm.get('成本控制')?.unlessWith).toBeUndefined();
  });
});
