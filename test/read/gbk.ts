// Encodes text as GBK for tests, from the reverse of node's own GBK decoder (no encoder ships with node, and iconv-lite is not a dependency).

/** Character → its GBK bytes, built on first use from every two-byte code the decoder reads. */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('gbk', { fatal: true });
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let char: string;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue; // no character at this code
      }
      // The first code met wins: GBK has a few characters at two codes, and the decoder reads either.
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** The GBK bytes of `text`; throws on a character GBK cannot write, so a test never runs on silently altered bytes. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = codes.get(char);
    if (!bytes) throw new Error(`GBK has no code for ${JSON.stringify(char)} (U+${code.toString(16).toUpperCase()})`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}
