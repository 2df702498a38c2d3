// How alike two fund names are once generic words and punctuation are set aside.
import dice from 'natural/lib/natural/distance/dice_coefficient.js';

/**
 * Removes what does not tell funds apart: punctuation and spaces, a leading 预算, and trailing
 * generic fund words (经费/项目/资金), so "乡镇人大工作站经费" and "乡镇人大工作站" compare equal.
 */
export function normaliseFundName(name: string): string {
  let n = name.replace(/[\s、，,()（）\[\]【】“”"'《》.。:：;；]/g, '').replace(/^\d+/, '');
  n = n.replace(/^预算/, '');
  for (let previous = ''; previous !== n; ) {
    previous = n;
    n = n.replace(/(?:经费|项目|资金|绩效目标表|绩效目标)$/, '');
  }
  return n === '' ? name.replace(/\s+/g, '') : n;
}

/** Dice coefficient of character bigrams of the normalised names, 0–1. */
export function nameSimilarity(a: string, b: string): number {
  return normalisedSimilarity(normaliseFundName(a), normaliseFundName(b));
}

/** nameSimilarity of names already normalised (a document's P parts and T tables: P + T normalisations, not 2·P·T). */
export function normalisedSimilarity(x: string, y: string): number {
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  return shareACharacter(x.toLowerCase(), y.toLowerCase()) ? dice(x, y) : 0;
}

/**
 * Whether two texts (lower-cased, as dice compares them) have a code unit in common. Without one they
 * have no bigram in common and dice is 0: so it is for half of a document's part-table pairs, which
 * then cost no bigram sets.
 */
function shareACharacter(x: string, y: string): boolean {
  for (let i = 0; i < x.length; i++) if (y.includes(x[i]!)) return true;
  return false;
}
