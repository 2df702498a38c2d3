// Document facts about the narrative's wording: whether the overall goal is quantified at all, and text hygiene (的的, %%, unmatched brackets).
import { defineFact, type FactContext, type LocatedItem } from '../types.js';
import type { Document, Indicator, SourcedText } from '../../model/index.js';
import { BRACKET_PAIRS, DOUBLED_EXCEPTIONS, DOUBLING_CHARACTERS, NEVER_DOUBLED, NEVER_DOUBLED_PUNCTUATION, SINGLE_HIT_CHARACTERS } from '../../lexicon/hygiene.js';
import { characterFlags, isAsciiDigit } from '../../lexicon/character-flags.js';
import { sharedQuantitiesIn } from './relevance-goal.js';
import { contextOf, documentTextsOf, pieceOf, spanKey, type WalkedText } from './relevance-texts.js';
import { HYGIENE, textCues } from './text-prefilter.js';

/** R-NARR-02. */
export const overallGoalQuantityCount = defineFact({
  name: 'overallGoalQuantityCount', scope: 'document', type: 'number',
  description: '总体绩效目标中带单位的数量（人次、个、%、公里……，不含金额和年份）与完成时限（某月底前）的个数；没有总体绩效目标时为 null',
  compute(s, ctx) {
    const goal = s.document.overallGoal;
    return goal ? sharedQuantitiesIn(ctx, goal.text, true).length : null;
  },
});

export interface HygieneHit {
  start: number;
  end: number;
  detail: string;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const DOUBLED = new RegExp(`([${NEVER_DOUBLED.join('')}])\\1|([${NEVER_DOUBLED_PUNCTUATION.join('').replace(ESCAPE, '\\$&')}])\\2`, 'g');

/**
 * What each UTF-16 code unit is to hygieneHits: DOUBLED_BIT for the never-doubled characters, SINGLE_BIT
 * for brackets and full-width digits. A look through this table settles nearly every text without the
 * regexes or the text cache.
 */
const DOUBLED_BIT = 1;
const SINGLE_BIT = 2;
const HIT_CHARS: Uint8Array = characterFlags([[DOUBLING_CHARACTERS, DOUBLED_BIT], [SINGLE_HIT_CHARACTERS, SINGLE_BIT]]);

/** For a bracket, its pair's index + 1, negated for the closing one; 0 for every other character. */
const BRACKET_OF: Int8Array = (() => {
  const table = new Int8Array(0x10000);
  BRACKET_PAIRS.forEach(([open, close], k) => {
    table[open.charCodeAt(0)] = k + 1;
    table[close.charCodeAt(0)] = -(k + 1);
  });
  return table;
})();


/**
 * Reads the brackets of `text` into `depths` (open brackets per pair not yet closed); false as soon as a
 * closing bracket has no open one of its pair before it. Texts read one after another in the same
 * depths are read as if joined.
 */
function readBrackets(text: string, depths: number[]): boolean {
  for (let i = 0; i < text.length; i++) {
    const pair = BRACKET_OF[text.charCodeAt(i)]!;
    if (pair > 0) depths[pair - 1] = depths[pair - 1]! + 1;
    else if (pair < 0) {
      const open = depths[-pair - 1]!;
      if (open === 0) return false;
      depths[-pair - 1] = open - 1;
    }
  }
  return true;
}

/** Open brackets per pair, all 0: a fresh one per read (a handful of texts per document get this far). */
function noDepths(): number[] {
  // Pushed, not mapped: an optimised map returns a holey list and an interpreted one a packed list, and
  // readBrackets was deoptimised on the kind it had not seen.
  const depths: number[] = [];
  for (let k = 0; k < BRACKET_PAIRS.length; k++) depths.push(0);
  return depths;
}

/**
 * False when hygieneHits surely finds nothing in `text`: no never-doubled character written twice, no
 * full-width digit next to a half-width one, every bracket matched. Most texts with a bracket have it
 * matched; this settles them without hashing them into the text cache.
 */
function mayHaveHygieneHits(text: string): boolean {
  let brackets = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bits = HIT_CHARS[code]!;
    if (bits === 0) continue;
    // Neighbours read within the text: charCodeAt past either end deoptimises the loop.
    if ((bits & DOUBLED_BIT) !== 0 && i + 1 < text.length && text.charCodeAt(i + 1) === code) return true;
    if ((bits & SINGLE_BIT) !== 0) {
      if (BRACKET_OF[code] !== 0) brackets = true;
      else if ((i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) || (i + 1 < text.length && isAsciiDigit(text.charCodeAt(i + 1)))) return true;
    }
  }
  if (!brackets) return false;
  const depths = noDepths();
  return !readBrackets(text, depths) || depths.some((d) => d > 0);
}

const NO_HITS: readonly HygieneHit[] = [];

/** hygieneHits of one text, cached per text (a pure function of it) once the quick test lets it through. */
function cachedHygieneHits(text: string, ctx: FactContext): readonly HygieneHit[] {
  if (!mayHaveHygieneHits(text)) return NO_HITS;
  return ctx.shared('hygiene:hits', text, hygieneHits);
}

/** Doubled words and punctuation, unmatched brackets and digits mixing full and half width, in one text. */
export function hygieneHits(text: string): HygieneHit[] {
  const hits: HygieneHit[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    if (DOUBLED_EXCEPTIONS.some((e) => text.startsWith(e, m.index) || text.startsWith(e, m.index - 1))) continue;
    hits.push({ start: m.index, end: m.index + 2, detail: `“${m[0]}”重复` });
  }
  for (const [open, close] of BRACKET_PAIRS) {
    // Most texts hold neither bracket of a pair: nothing to match, so no character-by-character walk.
    if (!text.includes(open) && !text.includes(close)) continue;
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close) {
        if (stack.length > 0) stack.pop();
        else hits.push({ start: i, end: i + 1, detail: `“${close}”前面没有配对的“${open}”` });
      }
    }
    for (const i of stack) hits.push({ start: i, end: i + 1, detail: `“${open}”后面没有配对的“${close}”` });
  }
  for (const m of text.matchAll(/[0-9０-９]*(?:[0-9][０-９]|[０-９][0-9])[0-9０-９]*/g)) {
    hits.push({ start: m.index, end: m.index + m[0].length, detail: `数字“${m[0]}”中全角与半角混用` });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A narrative list entry is split on '-' into fields; brackets are checked over the whole entry, not field by field. */
function entryText(indicator: Indicator): string {
  return entryFields(indicator).map((f) => f?.text ?? '').join('-');
}

/** The fields of a narrative entry, in the order they are written. */
function entryFields(indicator: Indicator): (SourcedText | null)[] {
  return [indicator.level2, indicator.level3, indicator.description, indicator.symbol, indicator.target, indicator.unit, indicator.basis];
}

/** R-NARR-03. */
export const hygieneProblems = defineFact({
  name: 'hygieneProblems', scope: 'document', type: 'list',
  description: '文字瑕疵：虚词或标点重复（的的、，，、%%）、括号或引号不配对、数字中全角半角混用',
  itemKeys: ['value', 'where', 'context', 'detail'],
  compute(s, ctx) {
    return ctx.memo('hygiene', () => scanHygiene(s.document, ctx));
  },
});

function scanHygiene(document: Document, ctx: FactContext): LocatedItem[] {
  const items: LocatedItem[] = [];
  const seen = new Set<string>();
  const entries = new Set<Indicator>();
  const add = (item: LocatedItem) => {
    const key = `${spanKey(item.span)}|${item.data.detail}`;
    if (!seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  };
  const texts = documentTextsOf(document, ctx);
  const cues = textCues(document, ctx);
  // Only texts with the cue can hold a hit, and only entries with a cell that has it can hold an unmatched bracket.
  for (let i = 0; i < texts.length; i++) {
    if ((cues[i]! & HYGIENE) === 0) continue;
    const t = texts[i]!;
    const entry = t.kind === 'indicator' && t.indicator?.origin === 'narrative' ? t.indicator : null;
    // An entry's brackets are reported where its first cell stands (its cells follow one another): after
    // that cell's hits when this is it, else before this cell's (the cells between have no cue, so no hits).
    let first = -1;
    if (entry !== null && !entries.has(entry)) {
      entries.add(entry);
      first = i;
      while (first > 0 && texts[first - 1]!.indicator === entry) first -= 1;
    }
    if (first >= 0 && first < i && !entryBracketsMatch(entry!)) addEntryBrackets(texts[first]!, add, ctx);
    for (const hit of cachedHygieneHits(t.source.text, ctx)) {
      // Brackets of a narrative entry are judged over the whole entry.
      if (entry !== null && /配对/.test(hit.detail)) continue;
      const piece = pieceOf(t, hit.start, hit.end);
      add({ span: piece.span, path: piece.path, data: { value: piece.text, where: t.where, context: contextOf(t.source.text, hit.start, hit.end), detail: hit.detail } });
    }
    if (first === i && !entryBracketsMatch(entry!)) addEntryBrackets(t, add, ctx);
  }
  return items;
}

/**
 * True when every bracket of the narrative entry (its fields as entryText joins them; the '-' between
 * them is no bracket) has its partner: then the entry has nothing to report, and is neither joined nor cached.
 */
function entryBracketsMatch(indicator: Indicator): boolean {
  const depths = noDepths();
  for (const field of entryFields(indicator)) if (field && !readBrackets(field.text, depths)) return false;
  return depths.every((d) => d === 0);
}

function addEntryBrackets(t: WalkedText, add: (item: LocatedItem) => void, ctx: FactContext): void {
  const indicator = t.indicator!;
  const text = entryText(indicator);
  const unmatched = cachedHygieneHits(text, ctx).filter((h) => /配对/.test(h.detail));
  if (unmatched.length === 0) return;
  const where = t.where.replace(/的[^的]*$/, '');
  const path = [...t.path.slice(0, -1)];
  for (const hit of unmatched) {
    add({
      span: indicator.span,
      path,
      data: { value: text.slice(hit.start, hit.end), where, context: contextOf(text, hit.start, hit.end), detail: hit.detail },
    });
  }
}

export const NARRATIVE_TEXT_FACTS = [overallGoalQuantityCount, hygieneProblems];
