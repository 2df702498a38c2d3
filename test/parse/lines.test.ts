// The text view: line splitting, trimmed slices with exact columns, bookmark stripping.
import { describe, expect, it } from 'vitest';
import { contentStart, stripBookmarks } from '../../src/parse/bookmark.js';
import { sliceOf, splitLines, subText } from '../../src/parse/lines.js';

describe('splitLines', () => {
  it('splits on \\n, \\r\\n and \\r alike', () => {
    const expected = [
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
      { number: 3, text: '' },
      { number: 4, text: 'c' },
    ];
    expect(splitLines('a\nb\n\nc')).toEqual(expected);
    expect(splitLines('a\r\nb\r\n\r\nc')).toEqual(expected);
    expect(splitLines('a\rb\r\rc')).toEqual(expected);
    expect(splitLines('a\r\nb\n\rc')).toEqual(expected);
  });

  it('does not count a final line break as an extra line', () => {
    expect(splitLines('a\nb\n')).toHaveLength(2);
    expect(splitLines('a\nb\n\n')).toHaveLength(3);
    expect(splitLines('')).toEqual([{ number: 1, text: '' }]);
  });
});

describe('sliceOf / subText', () => {
  const line = { number: 7, text: '\t 产出指标\u00a0\t' };
  it('trims spaces, tabs and NBSP and keeps 1-based columns with an exclusive end', () => {
    expect(sliceOf(line, 1)).toEqual({ text: '产出指标', span: { line: 7, column: 3, endLine: 7, endColumn: 7 } });
  });
  it('returns null for whitespace only', () => {
    expect(sliceOf({ number: 1, text: '\t \u00a0' }, 0)).toBeNull();
  });
  it('cuts inside a single-line sourced text with shifted columns', () => {
    const source = sliceOf({ number: 3, text: 'xx一级指标-二级指标' }, 2)!;
    expect(subText(source, 5)).toEqual({ text: '二级指标', span: { line: 3, column: 8, endLine: 3, endColumn: 12 } });
  });
});

describe('bookmarks', () => {
  it('skips [bookmark: …] prefixes so columns still point at the original line', () => {
    const text = '[bookmark: _Toc_2_2_0000000001]一、总体绩效目标';
    expect(contentStart(text)).toBe(31);
    expect(stripBookmarks(text)).toBe('一、总体绩效目标');
    expect(stripBookmarks('[bookmark: a][bookmark: b]标题')).toBe('标题');
    expect(contentStart('没有书签')).toBe(0);
  });
});
