// Turns raw file bytes into text: a UTF-16 BOM, else UTF-8 (with or without BOM), else GB18030 when the bytes are not valid UTF-8.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | (string & {});

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The encoding a byte order mark announces, and its length; null without one. */
export function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** How much of a file the UTF-16 guess looks at. */
const GUESS_REACH = 64 * 1024;

/** Code units a Chinese document's text is made of: ASCII text, Latin-1, punctuation, symbols, CJK, full-width forms. */
function plausibleUnit(u: number): boolean {
  return (
    u === 0x09 || u === 0x0a || u === 0x0d || (u >= 0x20 && u <= 0x7e) || (u >= 0xa0 && u <= 0x24ff) || (u >= 0x2500 && u <= 0x27bf) ||
    (u >= 0x3000 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xffef) || (u >= 0xd800 && u <= 0xdfff)
  );
}

/**
 * UTF-16 without a byte order mark (a "Unicode" export whose mark was lost): only when the bytes
 * hold a NUL (never in UTF-8 or GBK text; the high byte of every ASCII character in UTF-16) and
 * nine in ten code units, read in one byte order, are characters a document is written in.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, GUESS_REACH) & ~1;
  if (n < 4 || bytes.subarray(0, n).indexOf(0) === -1) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (plausibleUnit(bytes[i]! | (bytes[i + 1]! << 8))) le++;
    if (plausibleUnit((bytes[i]! << 8) | bytes[i + 1]!)) be++;
  }
  const units = n / 2;
  if (Math.max(le, be) < units * 0.9) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/**
 * Decodes document bytes. A UTF-16 byte order mark (Notepad's "Unicode") decides at once. A
 * UTF-16 text without a mark is recognised by its NULs (see guessUtf16). A
 * fatal UTF-8 decoder is tried next because GB18030 would "succeed" on almost any bytes (and turn
 * valid UTF-8 into mojibake); GB18030 is a superset of GBK/GB2312, so it covers the legacy
 * Chinese exports.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== null && bom.encoding !== 'utf-8') {
    return { text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  }
  const utf16 = bom === null ? guessUtf16(bytes) : null;
  if (utf16 !== null) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16 };
  const hasBom = bom !== null;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: we already removed a leading BOM ourselves; do not let the decoder eat another one silently.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
