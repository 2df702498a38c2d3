// Quick tests over all of a document's texts in one pass: which texts each wording scan needs to read at all.
import type { FactContext } from '../types.js';
import type { Document } from '../../model/index.js';
import { DOUBLING_CHARACTERS, SINGLE_HIT_CHARACTERS } from '../../lexicon/hygiene.js';
import { characterFlags, isAsciiDigit } from '../../lexicon/character-flags.js';
import { nameMayStandBy, PERSON_WORDS, PURPOSE_WORDS, ROLE_WORDS } from '../../lexicon/personal-context.js';
import { PLAN_NUMBERS, RANGE_SEPARATORS, SPAN_CLOSERS } from '../../lexicon/periods.js';
import { documentTextsOf, type WalkedText } from './relevance-texts.js';

/**
 * Cues of textCues: what a text may hold. Each is a test that every text a scan can find something in
 * passes (texts passing it may still hold nothing), so a scan reads only the texts with its cue.
 * - TOWN_WORD, XIANG_WORD, JIEDAO_WORD: 镇, 乡, 街道 (foreignLevelWords of another level needs that level's word);
 * - NAMED_BODY: 镇/乡/街道/县 right before the first character of a body (人民政府, 政府, 党委, 办事处, 人大, 财政局 …: namedPlaces);
 * - YEAR: 19xx or 20xx (a budget year phrase);
 * - HYGIENE: a bracket, a full-width digit, or two characters of the never-doubled lists in a row (hygieneHits);
 * - PERSON_CONTEXT: a word of personal-context.ts by which a name may stand (personal names are read only there);
 * - MOBILE: 1[3-9] and a digit, then two groups of four digits each after at most one other character;
 * - MULTI_YEAR: 年 before a span's closing word, 年 and a range separator, or a five-year plan's name (findPeriods).
 */
export const TOWN_WORD = 1;
export const XIANG_WORD = 2;
export const JIEDAO_WORD = 4;
export const NAMED_BODY = 8;
export const YEAR = 16;
export const HYGIENE = 32;
export const PERSON_CONTEXT = 64;
export const MOBILE = 128;
export const MULTI_YEAR = 256;

/**
 * What each UTF-16 code unit asks the pass to look at (one table lookup per character; nearly every
 * character asks nothing): a place word, a digit that may start a year or a mobile number, a hygiene
 * character (one that is a hit candidate alone, or one of the never-doubled lists), the first
 * character of a personal-context word, or 年, 十 or a range separator (PERIOD_CHARACTER).
 */
const PLACE = 1;
const DIGIT_ONE = 2;
const DIGIT_TWO = 4;
const HYGIENE_SINGLE = 8;
const HYGIENE_DOUBLED = 16;
const CONTEXT_START = 32;
/** The second character of a personal-context word: 资 (资金) or 经 (经费) start no word when 助 or 办 does not follow. */
const CONTEXT_SECOND = 64;
const PERIOD_CHARACTER = 128;

/** The personal-context words by their first character (any one found at a place is enough). */
const CONTEXT_WORDS: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const word of [...PURPOSE_WORDS, ...ROLE_WORDS, ...PERSON_WORDS]) {
    const first = word.charCodeAt(0);
    const words = byFirst.get(first);
    if (words) words.push(word);
    else byFirst.set(first, [word]);
  }
  return byFirst;
})();

const CHAR_CHECKS: Uint8Array = characterFlags([
  ['镇乡县街', PLACE],
  ['1', DIGIT_ONE],
  ['2', DIGIT_TWO],
  [DOUBLING_CHARACTERS, HYGIENE_DOUBLED],
  [SINGLE_HIT_CHARACTERS, HYGIENE_SINGLE],
  [`年十${RANGE_SEPARATORS}`, PERIOD_CHARACTER],
  [CONTEXT_WORDS.keys(), CONTEXT_START],
  [[...CONTEXT_WORDS.values()].flat().map((word) => word.charCodeAt(1)), CONTEXT_SECOND],
]);

/** First characters of the bodies after a place word in admin-levels' NAMED_BODY (人民政府, 政府, 党委/党工委, 办事处, 人大, 财政局/财政所). */
const BODY_START = new Set([...'人政党办财'].map((ch) => ch.charCodeAt(0)));
const JIE = '街'.charCodeAt(0);
const DAO = '道'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);
const SHI = '十'.charCodeAt(0);
const WU = '五'.charCodeAt(0);
const SPAN_CLOSER_CODES = new Set([...SPAN_CLOSERS].map((ch) => ch.charCodeAt(0)));
const PLAN_NUMBER_CODES = new Set([...PLAN_NUMBERS].map((ch) => ch.charCodeAt(0)));
const TOWN = '镇'.charCodeAt(0);
const XIANG = '乡'.charCodeAt(0);

/**
 * The code unit at `at`, -1 past the end. Reading past the end with charCodeAt (NaN) deoptimises the
 * optimised loop ("out of bounds"), and the checks below look a few characters ahead.
 */
function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1;
}


/** The cues of the place word starting at text[at] (镇, 乡, 县 or 街), 0 when 街 does not start 街道. */
function placeCues(text: string, at: number, code: number): number {
  let end = at + 1;
  let cues = 0;
  if (code === JIE) {
    if (codeAt(text, at + 1) !== DAO) return 0;
    end = at + 2;
    cues = JIEDAO_WORD;
  } else if (code === TOWN) cues = TOWN_WORD;
  else if (code === XIANG) cues = XIANG_WORD;
  return BODY_START.has(codeAt(text, end)) ? cues | NAMED_BODY : cues;
}

/** True when four digits start at text[at]. */
function fourDigits(text: string, at: number): boolean {
  return isAsciiDigit(codeAt(text, at)) && isAsciiDigit(codeAt(text, at + 1)) && isAsciiDigit(codeAt(text, at + 2)) && isAsciiDigit(codeAt(text, at + 3));
}

/** MOBILE when text[at] ('1') starts 1[3-9]\d and two groups of four digits, each after at most one other character. */
function mobileCue(text: string, at: number): number {
  const second = codeAt(text, at + 1);
  if (second < 0x33 || second > 0x39 || !isAsciiDigit(codeAt(text, at + 2))) return 0;
  let next = at + 3;
  for (let group = 0; group < 2; group++) {
    if (!isAsciiDigit(codeAt(text, next))) next += 1;
    if (!fourDigits(text, next)) return 0;
    next += 4;
  }
  return MOBILE;
}

/** True when a personal-context word starts at text[at] (whose code is `code`) and a name may stand by it. */
function contextWordAt(text: string, at: number, code: number): boolean {
  const words = CONTEXT_WORDS.get(code)!;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (text.startsWith(word, at) && nameMayStandBy(text, at, word)) return true;
  }
  return false;
}

/** The cues of one text (see TOWN_WORD … MULTI_YEAR). */
export function cuesOf(text: string): number {
  let cues = 0;
  // 年 and a range separator anywhere in the text (a range is 2023-2025年, 2021年至2025年).
  let year = false;
  let separator = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const checks = CHAR_CHECKS[code]!;
    if (checks === 0) continue;
    const next = codeAt(text, i + 1);
    if ((checks & PLACE) !== 0) cues |= placeCues(text, i, code);
    if ((checks & (DIGIT_ONE | DIGIT_TWO)) !== 0) {
      // A year is 19xx or 20xx; a mobile number starts with 1.
      if (((code === 0x31 && next === 0x39) || (code === 0x32 && next === 0x30)) && isAsciiDigit(codeAt(text, i + 2)) && isAsciiDigit(codeAt(text, i + 3))) cues |= YEAR;
      if (code === 0x31 && (cues & MOBILE) === 0) cues |= mobileCue(text, i);
    }
    if ((checks & HYGIENE_SINGLE) !== 0) cues |= HYGIENE;
    if ((checks & HYGIENE_DOUBLED) !== 0 && next >= 0 && (CHAR_CHECKS[next]! & HYGIENE_DOUBLED) !== 0) cues |= HYGIENE;
    if ((checks & CONTEXT_START) !== 0 && next >= 0 && (CHAR_CHECKS[next]! & CONTEXT_SECOND) !== 0 && (cues & PERSON_CONTEXT) === 0 && contextWordAt(text, i, code)) {
      cues |= PERSON_CONTEXT;
    }
    if ((checks & PERIOD_CHARACTER) !== 0) {
      if (code === NIAN) {
        year = true;
        if (SPAN_CLOSER_CODES.has(next)) cues |= MULTI_YEAR;
      } else if (code === SHI) {
        if (PLAN_NUMBER_CODES.has(next) && codeAt(text, i + 2) === WU) cues |= MULTI_YEAR;
      } else separator = true;
    }
  }
  return year && separator ? cues | MULTI_YEAR : cues;
}

/**
 * For each text of documentTextsOf (same indexes), its cues: one pass over the characters of all texts
 * serves every scan, where a regex per scan over the joined texts cost more than the scans themselves.
 */
export function textCues(document: Document, ctx: FactContext): Uint16Array {
  return ctx.memo('texts:cues', () => {
    const texts = documentTextsOf(document, ctx);
    const cues = new Uint16Array(texts.length);
    for (let i = 0; i < texts.length; i++) cues[i] = cuesOf(texts[i]!.source.text);
    return cues;
  });
}

/**
 * Per project index, in order, the texts of documentTextsOf with any of `cues`: a project fact that
 * reads only such texts walks a handful instead of every text of its project. Memoised per cues.
 */
export function projectTextsWithCue(document: Document, ctx: FactContext, cues: number): readonly (readonly WalkedText[])[] {
  // One table per document, by cues: no memo key string is built per project that asks.
  const byCues = ctx.memo('texts:by-project', newByCues);
  let byProject = byCues.get(cues);
  if (byProject === undefined) {
    byProject = textsByProject(document, ctx, cues);
    byCues.set(cues, byProject);
  }
  return byProject;
}

function newByCues(): Map<number, WalkedText[][]> {
  return new Map();
}

function textsByProject(document: Document, ctx: FactContext, cues: number): WalkedText[][] {
  const texts = documentTextsOf(document, ctx);
  const all = textCues(document, ctx);
  // Built by push, not map: an optimised map returns a holey list, an interpreted one a packed list, and
  // the push below was deoptimised on the kind it had not seen.
  const byProject: WalkedText[][] = [];
  for (let p = 0; p < document.projects.length; p++) byProject.push([]);
  for (let i = 0; i < texts.length; i++) {
    if ((all[i]! & cues) === 0) continue;
    const t = texts[i]!;
    if (t.projectIndex !== null) byProject[t.projectIndex]!.push(t);
  }
  return byProject;
}
