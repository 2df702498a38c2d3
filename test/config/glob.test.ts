// The glob matcher for overrides and ignorePatterns: *, **, ?, […], {a,b}, escapes, name-only patterns.
import { describe, expect, it } from 'vitest';
import { globToRegExp, matchesAnyGlob, matchesGlob } from '../../src/config/glob.js';

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['*.txt', '.txt', true],
    ['a?.txt', 'ab.txt', true],
    ['a?.txt', 'a/.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/z/a.txt', true],
    ['**/*.txt', 'x/y/a.csv', false],
    ['2024/**', '2024/a/b.txt', true],
    ['2024/**', '2023/a.txt', false],
    ['a/**/b.txt', 'a/b.txt', true],
    ['a/**/b.txt', 'a/x/y/b.txt', true],
    ['a/**/b.txt', 'ab.txt', false],
    ['{a,b}/*.txt', 'a/1.txt', true],
    ['{a,b}/*.txt', 'b/1.txt', true],
    ['{a,b}/*.txt', 'c/1.txt', false],
    ['*.{txt,csv}', 'x.csv', true],
    ['{甲,乙}单位/*.txt', '乙单位/报告.txt', true],
    ['{a,{b,c}d}.txt', 'cd.txt', true],
    ['{a,{b,c}d}.txt', 'c.txt', false],
    ['{a}.txt', '{a}.txt', true],
    ['{a,b', '{a,b', true],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['[!ab].txt', 'c.txt', true],
    ['[a-c]1.txt', 'b1.txt', true],
    ['[ab', '[ab', true],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['a.txt', 'abtxt', false],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
    ['a**b', 'axxb', true],
    ['a**b', 'a/b', false],
    ['./2024/*.txt', '2024/a.txt', true],
    ['/2024/*.txt', '2024/a.txt', true],
  ];
  for (const [pattern, path, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      expect(globToRegExp(pattern).test(path)).toBe(expected);
    });
  }
});

describe('matchesGlob: relative paths, as overrides use them', () => {
  it('a pattern without / matches a name at any depth (files and folders)', () => {
    expect(matchesGlob('*.txt', 'a/b/c.txt')).toBe(true);
    expect(matchesGlob('*.txt', 'c.txt')).toBe(true);
    expect(matchesGlob('archive', 'x/archive/c.txt')).toBe(true);
    expect(matchesGlob('archive', 'x/archived/c.txt')).toBe(false);
  });

  it('a pattern with / is anchored at the config folder and matches everything inside a matched folder', () => {
    expect(matchesGlob('2024/*.txt', '2024/a.txt')).toBe(true);
    expect(matchesGlob('2024/*.txt', 'x/2024/a.txt')).toBe(false);
    expect(matchesGlob('units/甲/', 'units/甲/2024/a.txt')).toBe(true);
    expect(matchesGlob('units/*', 'units/甲/2024/a.txt')).toBe(true);
  });

  it('paths outside the config folder and empty patterns never match', () => {
    expect(matchesGlob('**', '../other/a.txt')).toBe(false);
    expect(matchesGlob('', 'a.txt')).toBe(false);
    expect(matchesGlob('./', 'a.txt')).toBe(false);
  });

  it('matchesAnyGlob', () => {
    expect(matchesAnyGlob(['*.csv', '2024/**'], '2024/x/a.txt')).toBe(true);
    expect(matchesAnyGlob([], 'a.txt')).toBe(false);
  });
});
