// A cache entry's strings as bytes: a length table, then the one-byte strings as Latin-1 and the others as UTF-16.
//
// Read back as two strings sliced apart, not parsed out of JSON in UTF-8: turning a result's ~30 KB of
// mostly Chinese UTF-8 into strings, and JSON.parse after it, were a third of reading an entry. Latin-1 and
// UTF-16 are copied, not decoded. Strings that fit in one byte per character stay one-byte strings in V8,
// as JSON.parse made them (localeCompare compares those without ICU).

/** Set in a length when the string is in the UTF-16 run. */
const WIDE = 0x8000_0000;
const LENGTH = 0x7fff_ffff;
/** A character outside Latin-1: the string goes in the UTF-16 run. */
const WIDE_CHARACTER = /[^\u0000-\u00ff]/;

/** The strings' bytes: count (u32 LE), a u32 LE length per string (WIDE for UTF-16), the Latin-1 run, the UTF-16LE run. */
export function encodeStrings(strings: readonly string[]): Buffer {
  const lengths = Buffer.alloc(4 + 4 * strings.length);
  lengths.writeUInt32LE(strings.length, 0);
  const narrow: string[] = [];
  const wide: string[] = [];
  strings.forEach((text, i) => {
    const isWide = WIDE_CHARACTER.test(text);
    (isWide ? wide : narrow).push(text);
    lengths.writeUInt32LE((isWide ? WIDE : 0) + text.length, 4 + 4 * i);
  });
  return Buffer.concat([lengths, Buffer.from(narrow.join(''), 'latin1'), Buffer.from(wide.join(''), 'utf16le')]);
}

/** The strings written by encodeStrings at `start`, and where their bytes end; throws when they run past `bytes`. */
export function decodeStrings(bytes: Buffer, start: number): { strings: string[]; end: number } {
  const count = bytes.readUInt32LE(start);
  const table = start + 4;
  if (table + 4 * count > bytes.length) throw new Error('cache entry truncated');
  let narrowLength = 0;
  let wideLength = 0;
  for (let i = 0; i < count; i++) {
    const length = bytes.readUInt32LE(table + 4 * i);
    if ((length & WIDE) !== 0) wideLength += length & LENGTH;
    else narrowLength += length;
  }
  const narrowStart = table + 4 * count;
  const wideStart = narrowStart + narrowLength;
  const end = wideStart + 2 * wideLength;
  if (end > bytes.length) throw new Error('cache entry truncated');
  const narrow = bytes.toString('latin1', narrowStart, wideStart);
  const wide = bytes.toString('utf16le', wideStart, end);
  // Pushed, not written into a sized array: a PACKED array, as JSON.parse made, for the unpacker's reads.
  const strings: string[] = [];
  let atNarrow = 0;
  let atWide = 0;
  for (let i = 0; i < count; i++) {
    const length = bytes.readUInt32LE(table + 4 * i);
    if ((length & WIDE) !== 0) {
      const n = length & LENGTH;
      strings.push(wide.slice(atWide, atWide + n));
      atWide += n;
    } else {
      strings.push(narrow.slice(atNarrow, atNarrow + length));
      atNarrow += length;
    }
  }
  return { strings, end };
}
