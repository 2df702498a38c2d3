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

/**
 * Decodes document bytes. A UTF-16 byte order mark (Notepad's "Unicode") decides at once. A
 * fatal UTF-8 decoder is tried next because GB18030 would "succeed" on almost any bytes (and turn
 * valid UTF-8 into mojibake); GB18030 is a superset of GBK/GB2312, so it covers the legacy
 * Chinese exports.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== null && bom.encoding !== 'utf-8') {
    return { text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  }
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
