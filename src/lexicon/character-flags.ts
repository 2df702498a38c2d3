// Character codes for quick scans: flag tables (what each UTF-16 code unit is to a scan, one array read instead of a regex or set) and the ASCII digit test.

/** Characters (each code unit of a string, or codes) and the flag they get. */
export type CharacterMark = readonly [characters: string | Iterable<string | number>, flag: number];

/** A table indexed by UTF-16 code unit holding the OR of the flags marked on it (0 for the rest). */
export function characterFlags(marks: readonly CharacterMark[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (code: number, flag: number): void => {
    table[code] = table[code]! | flag;
  };
  for (const [characters, flag] of marks) {
    if (typeof characters === 'string') {
      for (let i = 0; i < characters.length; i++) mark(characters.charCodeAt(i), flag);
      continue;
    }
    for (const c of characters) {
      if (typeof c === 'number') mark(c, flag);
      else for (let i = 0; i < c.length; i++) mark(c.charCodeAt(i), flag);
    }
  }
  return table;
}

/** True for the code of 0–9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
