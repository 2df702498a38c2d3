// First-character index over the unit lexicon: the value grammar's unit lookups, same answers as lexicon/units without scanning every spelling.
import { UNIT_ENTRIES, type UnitEntry } from '../lexicon/units.js';

interface Candidate {
  entry: UnitEntry;
  /** The spelling ends in a Latin letter or digit, so it must not be followed by a Latin letter (m vs mg/L). */
  latin: boolean;
}

/** Spellings by their first UTF-16 unit, each list in lexicon order (longest first), built once. */
const BY_FIRST: ReadonlyMap<string, readonly Candidate[]> = (() => {
  const index = new Map<string, Candidate[]>();
  for (const entry of UNIT_ENTRIES) {
    const first = entry.raw[0];
    if (first === undefined) continue;
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push({ entry, latin: /[A-Za-z0-9²³]$/.test(entry.raw) });
  }
  return index;
})();

const LATIN_LETTER = /[A-Za-z]/;

function matches(c: Candidate, text: string, start: number): boolean {
  if (!text.startsWith(c.entry.raw, start)) return false;
  return !c.latin || !LATIN_LETTER.test(text[start + c.entry.raw.length] ?? '');
}

/** Every unit spelling that starts at `start` in (already folded) `text`, longest first: lexicon matchUnitsAt. */
export function unitsAt(text: string, start: number): UnitEntry[] {
  const found: UnitEntry[] = [];
  const list = BY_FIRST.get(text[start] ?? '');
  if (list) for (const c of list) if (matches(c, text, start)) found.push(c.entry);
  return found;
}

/** Longest unit spelling that starts at `start`, or null: lexicon matchUnitAt. */
export function unitAt(text: string, start: number): UnitEntry | null {
  const list = BY_FIRST.get(text[start] ?? '');
  if (list) for (const c of list) if (matches(c, text, start)) return c.entry;
  return null;
}
