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
 * For each text of documentTextsOf (same indexes), 1 when `pattern` matches in it. One regex run over
 * the joined texts replaces hundreds of calls on short strings, nearly all of which find nothing. The
 * pattern must not match the separator (NUL) and must not match the empty string; memoised under `key`.
 */
export function textsMatching(document: Document, ctx: FactContext, key: string, pattern: RegExp): Uint8Array {
  return ctx.memo(`texts:matching:${key}`, () => {
    const { joined, starts } = joinedTexts(document, ctx);
    const flags = new Uint8Array(starts.length);
    // A fresh global regex per document: the shared pattern keeps no lastIndex state.
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    let k = 0;
    for (let m = re.exec(joined); m !== null; m = re.exec(joined)) {
      while (k + 1 < starts.length && starts[k + 1]! <= m.index) k += 1;
      flags[k] = 1;
      // The rest of this text cannot add anything: go on at the next one.
      if (k + 1 >= starts.length) break;
      re.lastIndex = starts[k + 1]!;
    }
    return flags;
  });
}
