// Tests foldWidth against its definition, one character at a time: full-width ASCII forms (not '，') and the ideographic space fold, nothing else changes.
import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/grammar/fold.js';

/** The definition, character by character. */
function reference(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '\u3000') out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e && ch !== '，') out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

describe('foldWidth', () => {
  it('folds every BMP character alone and inside text as the definition does', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `a${ch}b`, `（${ch}）x`, ch + ch]) if (foldWidth(text) !== reference(text)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('keeps lengths and leaves surrogate pairs alone', () => {
    for (const text of ['≥９５％以内', '\u3000（一）　😀Ｘ', '，，', '']) {
      expect(foldWidth(text)).toBe(reference(text));
      expect(foldWidth(text).length).toBe(text.length);
    }
  });
});
