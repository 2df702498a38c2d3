// Terminal display width of a string: CJK and full-width characters take two columns, ANSI codes none.

// ANSI SGR/CSI sequences (colours); they occupy no columns.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

// East Asian Wide (W) and Fullwidth (F) ranges that occur in practice. Ambiguous characters
// such as “ ” are counted as one column, as most terminals (and string-width's default) do.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693],
  [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce],
  [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa],
  [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728], [0x274c, 0x274c],
  [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797], [0x27b0, 0x27b0],
  [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic punctuation 、。「」
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], [0xac00, 0xd7a3], // Hangul
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], [0xfe30, 0xfe6f], // vertical forms, small form variants
  [0xff00, 0xff60], [0xffe0, 0xffe6], // full-width forms ，：（）０-９ …
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK Extensions B and beyond
];

function isWide(code: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = WIDE[mid]!;
    if (code < start) hi = mid - 1;
    else if (code > end) lo = mid + 1;
    else return true;
  }
  return false;
}

// Combining marks, zero-width joiners/spaces and variation selectors take no column of their own.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]$/u;

/** Removes ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Number of terminal columns `text` occupies. */
export function displayWidth(text: string): number {
  const shown = text.includes('\u001b') ? stripAnsi(text) : text;
  let width = 0;
  // By code unit, not with a string iterator (which made a string per character: a fifth of the stylish report).
  for (let i = 0; i < shown.length; i++) {
    let code = shown.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue; // control characters
    // Fast paths for nearly every character of a report (the property regex costs ~10 ms of a cold start):
    // no combining mark lies below U+0300, and the CJK Unified Ideographs block, the ideographic punctuation
    // before U+302A (、。「」), the full-width forms (，：（）) and the quotes and dashes of U+2010–U+2027 (“”…) have none.
    if (code < 0x300 || (code >= 0x2010 && code <= 0x2027)) {
      width += 1;
      continue;
    }
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x3029) || (code >= 0xff00 && code <= 0xff60)) {
      width += 2;
      continue;
    }
    // A surrogate pair is one character; a lone surrogate is taken as it is.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < shown.length) {
      const low = shown.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (ZERO_WIDTH.test(String.fromCodePoint(code))) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}
