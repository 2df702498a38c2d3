// labelStem against its definition as a chain of regex replaces, on random labels built from the characters each step acts on.
import { describe, expect, it } from 'vitest';
import { labelStem } from '../../src/lexicon/categories.js';

/** labelStem as first written: five replaces (the first three only when the label could need them). */
function definition(label: string): string {
  if (!/[\s\u3000（()）]|^[一二三四五六七八九十\d]/.test(label)) return label.replace(/(?:类)?指标$/, '').replace(/类$/, '');
  return label
    .replace(/[\s\u3000]+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/, '')
    .replace(/[（(）)]/g, '')
    .replace(/(?:类)?指标$/, '')
    .replace(/类$/, '');
}

const PIECES = ['类', '指标', '指', '标', '产出', '满意度', ' ', '\u3000', '\n', '（', '）', '(', ')', '一、', '十', '1.', '2', 'a', '类类', '类指标', '\ud83d\ude00'];

describe('labelStem', () => {
  it('cuts the endings as the replaces do', () => {
    for (const label of ['产出指标', '数量', '成本类指标', '类', '类类指标', '指标', '类指标', '社会效益类', '（一）数量指标', ' 质量 指标 ', '']) {
      expect(labelStem(label)).toBe(definition(label));
    }
  });

  it('agrees with its definition on random labels', () => {
    // A fixed linear congruential sequence: the same labels on every run.
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 50_000; k++) {
      let label = '';
      for (let j = next(6); j > 0; j--) label += PIECES[next(PIECES.length)];
      expect(labelStem(label), JSON.stringify(label)).toBe(definition(label));
    }
  });
});
