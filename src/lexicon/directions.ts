// Direction lexicon (domain-rules §3.4 DIR): comparison symbols and the Chinese words that mean the same.

/** The five canonical directions, written the way the MoF system stores them. */
export type Direction = '≥' | '≤' | '=' | '>' | '<';

export const DIRECTIONS: readonly Direction[] = ['≥', '≤', '=', '>', '<'];

/**
 * Single symbol characters (after full-width folding: ＞ → >, ＝ → =) and what each contributes.
 * A run such as '>=', '≥≥' or '=<' is read character by character and combined (see grammar/direction.ts).
 */
export const SYMBOL_CHARS: Readonly<Record<string, Direction>> = {
  '≥': '≥', '≧': '≥', '⩾': '≥', '≮': '≥',
  '≤': '≤', '≦': '≤', '⩽': '≤', '≯': '≤',
  '>': '>', '<': '<', '=': '=',
};

/** Word tables are matched in order, so longer words must come first (大于等于 before 大于). */
function byLengthDesc(words: (readonly [string, Direction])[]): readonly (readonly [string, Direction])[] {
  return [...words].sort((a, b) => b[0].length - a[0].length);
}

/**
 * Words written before the number, longest first so 大于等于 wins over 大于.
 * 达到 reads as ≥: "达到95%" means at least 95%.
 */
export const PREFIX_WORDS: readonly (readonly [string, Direction])[] = byLengthDesc([
  ['大于或等于', '≥'], ['高于或等于', '≥'], ['小于或等于', '≤'], ['低于或等于', '≤'],
  ['大于等于', '≥'], ['小于等于', '≤'], ['控制在', '≤'],
  ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['不得低于', '≥'], ['不得少于', '≥'],
  ['不高于', '≤'], ['不超过', '≤'], ['不多于', '≤'], ['不大于', '≤'], ['不得超过', '≤'], ['不得高于', '≤'],
  ['至少', '≥'], ['最少', '≥'], ['最多', '≤'], ['达到', '≥'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不足', '<'],
  ['高于', '>'], ['大于', '>'], ['超过', '>'], ['多于', '>'],
  ['等于', '='],
]);

/** Words written after the number (95%以上, 3天以内, 3天内), longest first. In Chinese usage 以上/以下 include the bound. */
export const SUFFIX_WORDS: readonly (readonly [string, Direction])[] = byLengthDesc([
  ['及以上', '≥'], ['或以上', '≥'], ['以上', '≥'],
  ['及以下', '≤'], ['或以下', '≤'], ['以下', '≤'],
  ['以内', '≤'], ['之内', '≤'], ['内', '≤'],
]);

/** Markers of an approximate value: no direction, and not part of the tail. */
export const APPROXIMATE_PREFIXES: readonly string[] = ['大约', '约'];
export const APPROXIMATE_SUFFIXES: readonly string[] = ['左右', '上下'];

/** Kinds a 指标性质 / 计算符号 column may declare instead of a direction (MoF system enumeration). */
export type DeclaredType = 'qualitative' | 'quantitative-other' | 'not-applicable';

/** Non-direction entries of the symbol column, compared after removing spaces and brackets. */
export const DECLARED_TYPES: readonly (readonly [string, DeclaredType])[] = [
  ['定性', 'qualitative'], ['文字描述', 'qualitative'], ['文字', 'qualitative'],
  ['定量其他', 'quantitative-other'], ['其他', 'quantitative-other'],
  ['不适用', 'not-applicable'],
];
