// Text hygiene (R-NARR-03): doubled words that are always slips, doubled punctuation, bracket pairs.

/**
 * Characters whose doubling is a slip in budget prose: function words never written twice
 * (的的, 和和, 与与 …). Reduplications that are correct Chinese (人人, 层层, 村村通, 等等, 不了了之)
 * are deliberately absent.
 */
export const NEVER_DOUBLED: readonly string[] = [...'的和与及并或在为将被向以其该此'];

/** Correct words that contain a doubled character of the list above: 的的确确, 和和美美, 目的的 (目的 + 的). */
export const DOUBLED_EXCEPTIONS: readonly string[] = ['的的确', '和和美', '和和气', '和和睦', '目的的', '有的的'];

/** Punctuation that is never written twice in a row (，， 。。 、、 ；； ：： %% ％％). */
export const NEVER_DOUBLED_PUNCTUATION: readonly string[] = [...'，。、；：%％,;'];

/** Bracket and quotation pairs checked for balance inside one text. */
export const BRACKET_PAIRS: readonly (readonly [string, string])[] = [
  ['（', '）'], ['(', ')'], ['《', '》'], ['【', '】'], ['“', '”'], ['〔', '〕'], ['[', ']'],
];

/** Characters a doubling finding starts with (NEVER_DOUBLED and NEVER_DOUBLED_PUNCTUATION): what a quick scan looks for. */
export const DOUBLING_CHARACTERS: string = [...NEVER_DOUBLED, ...NEVER_DOUBLED_PUNCTUATION].join('');

/** Characters that alone may make a finding: either side of a bracket pair, and full-width digits (０–９). */
export const SINGLE_HIT_CHARACTERS: string = `${BRACKET_PAIRS.flat().join('')}０１２３４５６７８９`;
