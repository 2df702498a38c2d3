// String similarity for "the value repeats the name" and name matching: natural's Dice, Jaro–Winkler and Levenshtein on normalised text.
import dice from 'natural/lib/natural/distance/dice_coefficient.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import { foldWidth } from '../grammar/fold.js';

/** Threshold above which two strings count as the same wording (see echoesName). */
export const ECHO_DICE_THRESHOLD = 0.6;

/**
 * Normalises text for comparison: full-width folded, lower case, and without spaces, punctuation,
 * brackets or percent signs, which differ between copies of the same wording.
 */
export function normaliseForCompare(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s%‰()[\]{}<>（）【】〔〕《》「」『』"'“”‘’`~!@#$^&*_+=|\\:;,.?/，。、；：！？…·—\-]/g, '');
}

/** Dice coefficient over character bigrams (natural), 0–1; two empty strings count as identical. */
export function diceSimilarity(a: string, b: string): number {
  if (a === '' && b === '') return 1;
  if (a === '' || b === '') return 0;
  return dice(a, b);
}

/** Jaro–Winkler similarity (natural), 0–1. */
export function jaroWinklerSimilarity(a: string, b: string): number {
  if (a === '' && b === '') return 1;
  return jaroWinkler(a, b);
}

/** Levenshtein edit distance (natural). */
export function editDistance(a: string, b: string): number {
  return levenshtein.LevenshteinDistance(a, b);
}

export interface EchoResult {
  echoes: boolean;
  /** Best similarity over the names: 1 for equal after normalisation, else the Dice coefficient. */
  similarity: number;
  /** The name that is echoed (as given), null when none is. */
  matched: string | null;
}

/**
 * Does the leftover tail of a value repeat the indicator name or description? True when, after
 * normalisation, the two are equal, one contains the other (the shorter at least 2 characters), or
 * their Dice coefficient reaches ECHO_DICE_THRESHOLD.
 */
export function echoesName(valueTail: string, names: readonly string[]): EchoResult {
  const tail = normaliseForCompare(valueTail);
  let best: EchoResult = { echoes: false, similarity: 0, matched: null };
  if (tail === '') return best;
  for (const name of names) {
    const n = normaliseForCompare(name);
    if (n === '') continue;
    const similarity = n === tail ? 1 : diceSimilarity(tail, n);
    const shorter = Math.min(n.length, tail.length);
    const contains = shorter >= 2 && (n.includes(tail) || tail.includes(n));
    const echoes = similarity >= ECHO_DICE_THRESHOLD || contains;
    const better = echoes !== best.echoes ? echoes : similarity > best.similarity;
    if (better) best = { echoes, similarity, matched: echoes ? name : null };
  }
  return best;
}
