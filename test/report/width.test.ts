// displayWidth: terminal columns of any text, as the code-point walk it replaced counted them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, stripAnsi } from '../../src/report/width.js';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]$/u;
/** East Asian Wide or Fullwidth, by the property the hand-kept table approximates (checked only where both agree below). */
function referenceWidth(text: string, isWide: (code: number) => boolean): number {
  let width = 0;
  for (const char of text.includes('\u001b') ? stripAnsi(text) : text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (ZERO_WIDTH.test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** A character's width as displayWidth gives it alone: the reference then checks how characters add up. */
const wideAlone = (code: number): boolean => displayWidth(String.fromCodePoint(code)) === 2;

const pieces = fc.constantFrom(
  'a', ' ', '\t', '\n', '\u001b[31m', '\u001b[0m', '\u0301', '\u200b', '\ufe0f', '\u2060', '指', '标', '、', '。', '「', '\u302a',
  '“', '”', '…', '—', '≥', '％', '，', '（', '）', 'ｱ', '\uff61', '😀', '\ud83d', '\ude00', '\u{20000}', '가', '\u00e9', 'e\u0301',
);

describe('displayWidth', () => {
  it('counts every text as the code-point walk does (ANSI codes, controls, marks, pairs and lone surrogates)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(displayWidth(text)).toBe(referenceWidth(text, wideAlone));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes its fast paths only where no character is a mark or zero-width, with the width the wide table gives', () => {
    const ranges: [number, number, number][] = [[0x2010, 0x2027, 1], [0x3000, 0x3029, 2], [0x4e00, 0x9fff, 2], [0xff00, 0xff60, 2]];
    for (const [start, end, width] of ranges) {
      for (let code = start; code <= end; code++) {
        expect(ZERO_WIDTH.test(String.fromCodePoint(code))).toBe(false);
        expect(displayWidth(String.fromCodePoint(code))).toBe(width);
      }
    }
  });

  it('gives CJK text, its punctuation and full-width forms two columns, quotes and marks what terminals show', () => {
    expect(displayWidth('三级指标')).toBe(8);
    expect(displayWidth('、。「」（）')).toBe(12);
    expect(displayWidth('“≥95%”…')).toBe(7);
    expect(displayWidth('e\u0301\u200b')).toBe(1);
    expect(displayWidth('\u302a')).toBe(0);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('\u001b[31m错误\u001b[0m')).toBe(4);
  });
});
