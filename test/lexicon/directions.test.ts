// Tests for the direction lexicon and the direction readers (symbols, runs, words, the symbol column).
import { describe, expect, it } from 'vitest';
import { readDirectionColumn, readLeadingDirection, readTrailingDirection } from '../../src/grammar/direction.js';
import { DIRECTIONS, PREFIX_WORDS, SUFFIX_WORDS, SYMBOL_CHARS } from '../../src/lexicon/directions.js';

describe('direction lexicon', () => {
  it('maps every symbol to a canonical direction', () => {
    for (const d of Object.values(SYMBOL_CHARS)) expect(DIRECTIONS).toContain(d);
  });

  it('lists words longest first so that 大于等于 wins over 大于', () => {
    const lengths = PREFIX_WORDS.map(([w]) => w.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(SUFFIX_WORDS.map(([w]) => w).indexOf('以内')).toBeLessThan(SUFFIX_WORDS.map(([w]) => w).indexOf('内'));
    expect(readLeadingDirection('大于等于90%')?.direction).toBe('≥');
  });

  it.each(Object.keys(SYMBOL_CHARS))('reads the symbol %s', (ch) => {
    const m = readLeadingDirection(`${ch}5`);
    expect(m).toMatchObject({ direction: SYMBOL_CHARS[ch], raw: ch, length: 1, source: 'symbol' });
    expect(m?.needsNormalising).toBe(!['≥', '≤', '>', '<', '='].includes(ch));
  });

  it('reads full-width symbols as written', () => {
    expect(readLeadingDirection('＞＝90')).toMatchObject({ direction: '≥', raw: '＞＝', needsNormalising: true });
    expect(readLeadingDirection('＜5')).toMatchObject({ direction: '<', raw: '＜', needsNormalising: true });
  });

  it('reads suffix words at a position', () => {
    expect(readTrailingDirection('95%以上', 3)).toMatchObject({ direction: '≥', length: 2, source: 'suffix' });
    expect(readTrailingDirection('3天内', 2)).toMatchObject({ direction: '≤', length: 1 });
    expect(readTrailingDirection('95%', 3)).toBeNull();
  });

  it('reads the symbol column', () => {
    expect(readDirectionColumn('≥')).toEqual({ direction: '≥', raw: '≥', needsNormalising: false, declared: null });
    expect(readDirectionColumn(' >= ')).toMatchObject({ direction: '≥', needsNormalising: true });
    expect(readDirectionColumn('不低于')).toMatchObject({ direction: '≥', needsNormalising: false });
    expect(readDirectionColumn('定性')).toMatchObject({ direction: null, declared: 'qualitative' });
    expect(readDirectionColumn('定量（其他）')).toMatchObject({ direction: null, declared: 'quantitative-other' });
    expect(readDirectionColumn('不适用')).toMatchObject({ direction: null, declared: 'not-applicable' });
    expect(readDirectionColumn('')).toMatchObject({ direction: null, raw: null, declared: null });
    expect(readDirectionColumn(null)).toMatchObject({ direction: null, raw: null });
    expect(readDirectionColumn('随便')).toMatchObject({ direction: null, raw: '随便', declared: null });
  });
});
