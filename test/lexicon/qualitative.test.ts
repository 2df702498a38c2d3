// Tests for the qualitative vocabularies: graded, vague and weak values, and text that is neither.
import { describe, expect, it } from 'vitest';
import { isGradedQualitative, matchQualitative, VAGUE_TERMS } from '../../src/lexicon/qualitative.js';

describe('matchQualitative', () => {
  it('ignores spaces and end punctuation', () => {
    expect(matchQualitative(' 达到 预期目标。')).toEqual({ text: '达到预期目标', graded: true, vague: false, weak: false });
  });

  it.each(VAGUE_TERMS)('treats %s as vague', (term) => {
    expect(matchQualitative(term)?.vague).toBe(true);
  });

  it('knows single-character vague values only as the whole value', () => {
    expect(matchQualitative('好')?.vague).toBe(true);
    expect(matchQualitative('好评')).toBeNull();
    expect(matchQualitative('高')?.vague).toBe(true);
    expect(matchQualitative('见方案')).toBeNull();
  });

  it('prefers a graded reading over a vague one', () => {
    expect(matchQualitative('无明显负面影响')).toMatchObject({ graded: true, vague: false });
    expect(isGradedQualitative('达到预期目标')).toBe(true);
    expect(isGradedQualitative('较好')).toBe(false);
  });

  it('returns null for empty text', () => {
    expect(matchQualitative('')).toBeNull();
  });
});
