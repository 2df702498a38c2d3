// Tests for the similarity helpers: normalisation, natural's Dice/Jaro–Winkler/Levenshtein, and echoesName.
import { describe, expect, it } from 'vitest';
import {
  diceSimilarity,
  echoesName,
  editDistance,
  hanziDiffer,
  jaroWinklerSimilarity,
  normaliseForCompare,
} from '../../src/classify/similarity.js';
import dice from 'natural/lib/natural/distance/dice_coefficient.js';
import { foldWidth } from '../../src/grammar/fold.js';

/** Texts with the characters the one-pass normaliser and the numeric Dice treat apart: CJK, full width, Σ, odd spaces, surrogates. */
const MIXED_TEXTS: readonly string[] = [
  '满意度', '群众满意度（%）', 'ＡＢＣ　１２３％', 'ΟΔΟΣ Σ', 'a\u00a0b\u2003c', '𐐀Abc', '≥95%Ⅱ类', '  x  ', 'x', 'aaaa', '',
  '，。、；：！？…·—“”‘’《》', 'İstanbul', 'Kelvin\u212a', '道路硬化长度 XX 公里', '安全生产安全生产安全生产安全生产安全生产安全生产安全生产安全生产',
];

describe('normaliseForCompare', () => {
  const cases: [string, string][] = [
    ['有效化解涉检信访矛盾率（%）', '有效化解涉检信访矛盾率'],
    ['保证矿井安全运行，增加企业经济效益', '保证矿井安全运行增加企业经济效益'],
    [' 经济效益提升% ', '经济效益提升'],
    ['《城市道路》 PM2.5', '城市道路pm25'],
    ['Ａｂｃ　１２', 'abc12'],
    ['“满意度”、【评价】', '满意度评价'],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(normaliseForCompare(text)).toBe(expected);
  });
});

describe('distances from natural', () => {
  it('computes the Dice coefficient over bigrams', () => {
    expect(diceSimilarity('满意度', '满意度')).toBe(1);
    expect(diceSimilarity('安全生产', '生产安全')).toBeCloseTo((2 * 2) / (3 + 3), 6); // shared bigrams 安全 and 生产
    expect(diceSimilarity('群众满意度', '满意率')).toBeCloseTo((2 * 1) / (4 + 2), 6); // shared bigram 满意
    expect(diceSimilarity('', '')).toBe(1);
    expect(diceSimilarity('a', '')).toBe(0);
  });
  it('computes Jaro–Winkler and Levenshtein', () => {
    expect(jaroWinklerSimilarity('满意度', '满意度')).toBe(1);
    expect(jaroWinklerSimilarity('群众满意度', '群众满意率')).toBeGreaterThan(0.8);
    expect(editDistance('十底', '十月底')).toBe(1);
  });
});

describe('echoesName', () => {
  it('finds the sample’s echoed names', () => {
    expect(echoesName('安全生产', ['安全生产', '安全生产'])).toEqual({ echoes: true, similarity: 1, matched: '安全生产' });
    expect(echoesName('经济效益提升%', ['经济效益提升%'])).toMatchObject({ echoes: true, similarity: 1 });
    expect(echoesName('有效化解涉检信访矛盾率（%）', ['有效化解涉检信访矛盾率（%）'])).toMatchObject({ echoes: true, similarity: 1 });
    expect(echoesName('按照合同约定及时支付为第三方公司人员工资费用', ['人员工作支付及时性', '按照合同约定及时支付为第三方公司人员工资费用'])).toMatchObject({
      echoes: true, matched: '按照合同约定及时支付为第三方公司人员工资费用',
    });
  });

  it('counts containment of at least two characters', () => {
    expect(echoesName('提高劳动效率', ['劳动效率'])).toMatchObject({ echoes: true, matched: '劳动效率' });
    expect(echoesName('率', ['满意率'])).toMatchObject({ echoes: false, matched: null });
  });

  it('counts near copies by Dice ≥ 0.6', () => {
    const r = echoesName('保证矿井安全运行增加企业经济效益', ['保证企业安全运行，增加企业经济效益']);
    expect(r.echoes).toBe(true);
    expect(r.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('does not echo unrelated tails or empty input', () => {
    expect(echoesName('', ['安全生产'])).toEqual({ echoes: false, similarity: 0, matched: null });
    expect(echoesName('个行政村', ['垃圾清运及时率'])).toMatchObject({ echoes: false, matched: null });
    expect(echoesName('安全生产', [])).toEqual({ echoes: false, similarity: 0, matched: null });
    expect(echoesName('安全生产', ['', '  '])).toEqual({ echoes: false, similarity: 0, matched: null });
  });
});

describe('one-pass helpers agree with their definitions', () => {
  it('normaliseForCompare equals fold, lower-case and drop on every BMP character and on mixed texts', () => {
    const slow = (t: string) => foldWidth(t).toLowerCase().replace(/[\s%‰()[\]{}<>（）【】〔〕《》「」『』"'“”‘’`~!@#$^&*_+=|\\:;,.?/，。、；：！？…·—\-]/g, '');
    for (let c = 0; c < 0x10000; c++) {
      const t = `A${String.fromCharCode(c)}中Σ`;
      expect(normaliseForCompare(t)).toBe(slow(t));
    }
    for (const a of MIXED_TEXTS) for (const b of MIXED_TEXTS) expect(normaliseForCompare(a + b)).toBe(slow(a + b));
  });

  it("diceSimilarity equals natural's diceCoefficient on non-empty texts", () => {
    for (const a of MIXED_TEXTS) {
      for (const b of MIXED_TEXTS) {
        if (a === '' || b === '') continue;
        const expected = dice(a, b);
        if (Number.isNaN(expected)) expect(diceSimilarity(a, b)).toBeNaN();
        else expect(diceSimilarity(a, b)).toBe(expected);
      }
    }
  });
});

describe('hanziDiffer', () => {
  it('is true only for texts that cannot normalise to the same string', () => {
    const texts = [...MIXED_TEXTS, '依据《预算法》', '依据 预算法', '依据预算法。', '预算法依据', '计划标准', '计划标准（2024）', '计划 标准'];
    for (const a of texts) {
      for (const b of texts) {
        if (hanziDiffer(a, b)) expect(normaliseForCompare(a)).not.toBe(normaliseForCompare(b));
      }
    }
    expect(hanziDiffer('依据《预算法》', '依据 预算法')).toBe(false);
    expect(hanziDiffer('计划标准', '计划标准（2024）')).toBe(false);
    expect(hanziDiffer('计划标准', '行业标准')).toBe(true);
    expect(hanziDiffer('计划标准', '计划标准一')).toBe(true);
  });
});
