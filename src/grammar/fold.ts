// Full-width → half-width folding that keeps string length, so positions in the folded text are positions in the original.

/**
 * Folds full-width ASCII forms (０-９, Ａ-Ｚ, ％, ＞, ＝, ～, ／, （ …) and the ideographic space to their
 * half-width forms, one character for one character. The full-width comma '，' is left alone on
 * purpose: in Chinese text it separates list items and must never be read as a thousands separator.
 */
export function foldWidth(text: string): string {
  // Most cells are already half-width: return them as they are instead of rebuilding the string.
  if (!needsFolding(text)) return text;
  // Unchanged runs are copied as slices, not character by character (surrogates are never folded).
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3000 && (code < 0xff01 || code > 0xff5e || code === 0xff0c)) continue;
    out += text.slice(run, i) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0));
    run = i + 1;
  }
  return out + text.slice(run);
}

/** True when some character would change under foldWidth. */
function needsFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The test of foldWidth, ordered so that every comparison runs on ordinary characters too: one first
    // reached on a rare full-width character had no type feedback and deoptimised the optimised scan.
    if (code !== 0xff0c && (code === 0x3000 || (code <= 0xff5e && code >= 0xff01))) return true;
  }
  return false;
}

/** True for a CJK ideograph (the Hanzi range used in these documents). */
export function isHanzi(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
