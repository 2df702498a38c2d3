// Tests for fillerTopics: names made only of generic benefit wording, and the topic words they carry.
import { describe, expect, it } from 'vitest';
import { fillerTopics } from '../../src/facts/definitions/classification-relevance.js';

describe('fillerTopics', () => {
  it.each([
    ['对经济发展带来效果', ['经济']], ['对社会经济发展的影响', ['社会经济']], ['行业公信力与社会影响力', ['公信力', '社会']],
    ['增强影响力', []], ['可持续性', ['可持续']], ['保护生态环境卫生', ['生态环境', '卫生']], ['社会稳定水平', ['社会', '稳定']],
  ])('%s is filler with topics %j', (name, topics) => {
    expect(fillerTopics(name)).toEqual(topics);
  });

  it.each(['大气环境质量改善', '提高企业安全生产水平', '受益群众人数', '村集体经济收入增长率', ''])('%j has real content', (name) => {
    expect(fillerTopics(name)).toBeNull();
  });
});
