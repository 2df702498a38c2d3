// Turns raw file bytes into text: UTF-8 (with or without BOM) first, GB18030 when the bytes are not valid UTF-8.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes document bytes. A fatal UTF-8 decoder is tried first because GB18030 would
 * "succeed" on almost any bytes (and turn valid UTF-8 into mojibake); GB18030 is a superset
 * of GBK/GB2312, so it covers the legacy Chinese exports.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: we already removed a leading BOM ourselves; do not let the decoder eat another one silently.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
