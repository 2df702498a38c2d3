// String similarity for "the value repeats the name" and name matching: Dice (as natural computes it), natural's Jaro–Winkler and Levenshtein on normalised text.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import { foldWidth } from '../grammar/fold.js';

/** Threshold above which two strings count as the same wording (see echoesName). */
export const ECHO_DICE_THRESHOLD = 0.6;

/** What normaliseForCompare drops (after folding and lower-casing). */
const DROPPED = /[\s%‰()[\]{}<>（）【】〔〕《》「」『』"'“”‘’`~!@#$^&*_+=|\\:;,.?/，。、；：！？…·—\-]/g;

/** The definition: fold, lower-case, drop. normaliseForCompare gives the same string in one pass. */
function normaliseSlowly(text: string): string {
  return foldWidth(text).toLowerCase().replace(DROPPED, '');
}

/** What each ASCII character becomes: itself, its lower case, or '' when dropped. */
const ASCII_OUT: readonly string[] = Array.from({ length: 128 }, (_, c) => normaliseSlowly(String.fromCharCode(c)));

/** Non-ASCII characters outside the folded full-width block that are dropped. */
const DROPPED_WIDE: ReadonlySet<number> = new Set([...'‰（）【】〔〕《》「」『』“”‘’，。、；：！？…·—'].map((ch) => ch.charCodeAt(0)));

/**
 * Characters the one-pass walk leaves to normaliseSlowly: non-ASCII white space (dropped by \s), Σ
 * (lower-cased by its place in a word) and surrogates (folded and lower-cased as code points).
 */
function needsSlowPath(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0xfeff || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff);
}

/**
 * Normalises text for comparison: full-width folded, lower case, and without spaces, punctuation,
 * brackets or percent signs, which differ between copies of the same wording. One pass over the
 * text that copies unchanged runs whole (most of a Chinese name is), with the same result as
 * folding, lower-casing and dropping one after the other.
 */
export function normaliseForCompare(text: string): string {
  let out = '';
  /** text[from, i) is still to be copied as it is. */
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    let replacement: string;
    if (code < 0x80) {
      replacement = ASCII_OUT[code]!;
      if (replacement.length === 1 && replacement.charCodeAt(0) === code) continue;
    } else if (code === 0x3000) {
      replacement = '';
    } else if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) {
      replacement = ASCII_OUT[code - 0xfee0]!;
    } else if (DROPPED_WIDE.has(code)) {
      replacement = '';
    } else if (needsSlowPath(code)) {
      return normaliseSlowly(text);
    } else {
      const ch = text[i]!;
      replacement = ch.toLowerCase();
      if (replacement === ch) continue;
      replacement = replacement.replace(DROPPED, '');
    }
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * True when the Hanzi (U+4E00–U+9FFF) of the two texts, read in order, differ: normaliseForCompare keeps
 * those characters as they are and makes none of them from other characters, so the two texts cannot
 * normalise to the same string. A walk over both texts that builds nothing: most unequal texts differ in
 * their first few characters.
 */
export function hanziDiffer(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isUnifiedHanzi(a.charCodeAt(i))) i++;
    while (j < b.length && !isUnifiedHanzi(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i !== a.length || j !== b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return true;
    i++;
    j++;
  }
}

const isUnifiedHanzi = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * natural's clean-up before Dice: lower case, runs of white space as one space, no space at either end.
 * A text of Hanzi and ASCII without capitals or white space (most normalised names) comes back as it is.
 */
function sanitizeForDice(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const unchanged = (code >= 0x4e00 && code <= 0x9fff) || (code > 0x20 && code < 0x7f && !(code >= 0x41 && code <= 0x5a));
    if (!unchanged) return text.toLowerCase().replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, '');
  }
  return text;
}

/** Above this many bigrams a Set finds repeats faster than a look through the list. */
const SMALL_BIGRAMS = 32;

/**
 * The distinct bigrams of a text (a single character padded with a space, as natural does), each as a
 * number made of its two UTF-16 code units: no two-character string is made per bigram.
 */
function bigramCodes(text: string): number[] {
  const padded = text.length === 1 ? `${text} ` : text;
  const codes: number[] = [];
  if (padded.length - 1 > SMALL_BIGRAMS) {
    const seen = new Set<number>();
    for (let i = 0; i + 1 < padded.length; i++) seen.add(padded.charCodeAt(i) * 0x10000 + padded.charCodeAt(i + 1));
    for (const code of seen) codes.push(code);
    return codes;
  }
  for (let i = 0; i + 1 < padded.length; i++) {
    const code = padded.charCodeAt(i) * 0x10000 + padded.charCodeAt(i + 1);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** How many bigrams the two distinct lists share. */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  if (b.length > SMALL_BIGRAMS) {
    const inB = new Set(b);
    for (const code of a) if (inB.has(code)) shared += 1;
    return shared;
  }
  for (const code of a) if (b.includes(code)) shared += 1;
  return shared;
}

/**
 * Dice coefficient over character bigrams, 0–1; two empty strings count as identical. The same number
 * natural's diceCoefficient gives (same clean-up, same bigram sets, same division), counted on numbers.
 */
export function diceSimilarity(a: string, b: string): number {
  if (a === '' && b === '') return 1;
  if (a === '' || b === '') return 0;
  return diceOfBigrams(diceBigrams(a), diceBigrams(b));
}

/** The bigrams diceSimilarity compares, for a text compared many times: made once, passed to diceOfBigrams. */
export type DiceBigrams = readonly number[];

/** The bigrams of a non-empty text, as diceSimilarity reads them. */
export function diceBigrams(text: string): DiceBigrams {
  return bigramCodes(sanitizeForDice(text));
}

/** diceSimilarity of two non-empty texts from their diceBigrams. */
export function diceOfBigrams(a: DiceBigrams, b: DiceBigrams): number {
  return (2 * sharedCount(a, b)) / (a.length + b.length);
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
