// The tests' GBK encoder: the bytes node's GBK decoder reads back, and the codes published for known characters.
import { describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.js';

describe('encodeGbk', () => {
  it('writes the published codes of 绩效目标表，元', () => {
    expect([...encodeGbk('绩效目标表，元')]).toEqual([188, 168, 208, 167, 196, 191, 177, 234, 177, 237, 163, 172, 212, 170]);
  });

  it('round-trips ASCII, CJK text and full-width punctuation through node’s decoder', () => {
    const text = '一级指标\t产出指标 ≥95% 万元（2025年）：“满意度”\r\n';
    expect(new TextDecoder('gbk').decode(encodeGbk(text))).toBe(text);
  });

  it('refuses a character GBK has no code for', () => {
    expect(() => encodeGbk('😀')).toThrow(/U\+1F600/);
  });
});
