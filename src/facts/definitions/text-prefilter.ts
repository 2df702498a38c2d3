// Quick tests over all of a document's texts at once: which texts a wording scan needs to read at all.
import type { FactContext } from '../types.js';
import type { Document } from '../../model/index.js';
import { documentTextsOf } from './relevance-texts.js';

/** Joins the texts; no quick-test pattern matches it, so no match spans two texts. */
const SEPARATOR = '\u0000';

interface JoinedTexts {
  joined: string;
  /** Where each text of documentTextsOf starts in `joined`. */
  starts: number[];
}

function joinedTexts(document: Document, ctx: FactContext): JoinedTexts {
  return ctx.memo('texts:joined', () => {
    const texts = documentTextsOf(document, ctx);
    const starts: number[] = new Array(texts.length);
    const parts: string[] = new Array(texts.length);
    let at = 0;
    texts.forEach((t, i) => {
      starts[i] = at;
      parts[i] = t.source.text;
      at += t.source.text.length + SEPARATOR.length;
    });
    return { joined: parts.join(SEPARATOR), starts };
  });
}

/**
 * Where the next match starting at or after `from` begins in `text`, or -1. A finder must never match
 * the separator (NUL), so that no match spans two texts.
 */
export type MatchFinder = (text: string, from: number) => number;

/**
 * For each text of documentTextsOf (same indexes), 1 when `pattern` matches in it. One regex run over
 * the joined texts replaces hundreds of calls on short strings, nearly all of which find nothing. The
 * pattern must not match the separator (NUL) and must not match the empty string; memoised under `key`.
 */
export function textsMatching(document: Document, ctx: FactContext, key: string, pattern: RegExp): Uint8Array {
  return ctx.memo(`texts:matching:${key}`, () => {
    // A fresh global regex per document: the shared pattern keeps no lastIndex state.
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    return flagTexts(document, ctx, (text, from) => {
      re.lastIndex = from;
      return re.exec(text)?.index ?? -1;
    });
  });
}

/** textsMatching with a hand-written finder (a table lookup per character beats a regex over large character classes). */
export function textsFound(document: Document, ctx: FactContext, key: string, find: MatchFinder): Uint8Array {
  return ctx.memo(`texts:found:${key}`, () => flagTexts(document, ctx, find));
}

function flagTexts(document: Document, ctx: FactContext, find: MatchFinder): Uint8Array {
  const { joined, starts } = joinedTexts(document, ctx);
  const flags = new Uint8Array(starts.length);
  let k = 0;
  for (let at = find(joined, 0); at >= 0; ) {
    while (k + 1 < starts.length && starts[k + 1]! <= at) k += 1;
    flags[k] = 1;
    // The rest of this text cannot add anything: go on at the next one.
    if (k + 1 >= starts.length) break;
    at = find(joined, starts[k + 1]!);
  }
  return flags;
}
