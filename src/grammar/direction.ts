// Reads a direction (≥ ≤ = > <) from symbols, symbol runs (>=, ≥≥, ＞＝), prefix words (不低于) and suffix words (以上, 以内).
import {
  DECLARED_TYPES,
  PREFIX_WORDS,
  SUFFIX_WORDS,
  SYMBOL_CHARS,
  type DeclaredType,
  type Direction,
} from '../lexicon/directions.js';
import { foldWidth } from './fold.js';

export interface DirectionMatch {
  direction: Direction;
  /** The characters as written in the original text. */
  raw: string;
  /** Characters consumed. */
  length: number;
  source: 'symbol' | 'word' | 'suffix';
  /** True for a non-canonical symbol spelling (>=, ＞＝, ≧, ≥≥, symbols separated by spaces). */
  needsNormalising: boolean;
}

const SYMBOL_RUN = /^[≥≧⩾≮≤≦⩽≯<>=](?:[\s]*[≥≧⩾≮≤≦⩽≯<>=])*/;
/** The characters SYMBOL_RUN starts with. */
const SYMBOL_FIRSTS: ReadonlySet<string> = new Set([...'≥≧⩾≮≤≦⩽≯<>=']);
/** First characters of the prefix words. */
const PREFIX_FIRSTS: ReadonlySet<string> = new Set(PREFIX_WORDS.map(([word]) => word[0]!));

/** Combines a run of symbol characters: '>=' and '≥≥' are ≥, '=<' is ≤, a lone '=' is =. */
function combineSymbols(run: string): Direction | null {
  const dirs = [...run].map((ch) => SYMBOL_CHARS[ch]).filter((d): d is Direction => d !== undefined);
  const first = dirs[0];
  if (first === undefined) return null;
  const greater = dirs.some((d) => d === '≥' || d === '>');
  const less = dirs.some((d) => d === '≤' || d === '<');
  const equal = dirs.some((d) => d === '≥' || d === '≤' || d === '=');
  if (greater && less) return first; // '<>' and the like: keep what was written first
  if (greater) return equal ? '≥' : '>';
  if (less) return equal ? '≤' : '<';
  return '=';
}

/** Reads a symbol run or a prefix word at `start` of the original text (`folded`: its foldWidth, when the caller has it). */
export function readLeadingDirection(text: string, start = 0, folded = foldWidth(text)): DirectionMatch | null {
  const first = folded[start] ?? '';
  // SYMBOL_RUN can only match from a symbol character, and a prefix word only from its own first character.
  const run = SYMBOL_FIRSTS.has(first) ? SYMBOL_RUN.exec(folded.slice(start)) : null;
  if (run) {
    // A single symbol is its own direction (combineSymbols of one character), the usual case.
    const direction = run[0].length === 1 ? SYMBOL_CHARS[first]! : combineSymbols(run[0]);
    if (direction === null) return null;
    const raw = text.slice(start, start + run[0].length);
    return { direction, raw, length: run[0].length, source: 'symbol', needsNormalising: raw !== direction };
  }
  if (!PREFIX_FIRSTS.has(first)) return null;
  for (const [word, direction] of PREFIX_WORDS) {
    if (folded.startsWith(word, start)) {
      return { direction, raw: word, length: word.length, source: 'word', needsNormalising: false };
    }
  }
  return null;
}

/** Reads a suffix word (以上, 以内, 内 …) at `start`. */
export function readTrailingDirection(text: string, start: number): DirectionMatch | null {
  for (const [word, direction] of SUFFIX_WORDS) {
    if (text.startsWith(word, start)) {
      return { direction, raw: word, length: word.length, source: 'suffix', needsNormalising: false };
    }
  }
  return null;
}

export interface DirectionColumn {
  direction: Direction | null;
  raw: string | null;
  needsNormalising: boolean;
  /** Set when the column declares a value type instead of a direction (定性, 定量（其他）, 不适用). */
  declared: DeclaredType | null;
}

/** Reads a separate 指标性质 / 计算符号 column or narrative field. Unknown text gives direction null. */
export function readDirectionColumn(symbol: string | null | undefined): DirectionColumn {
  const raw = (symbol ?? '').trim();
  if (raw === '') return { direction: null, raw: null, needsNormalising: false, declared: null };
  const lead = readLeadingDirection(raw, 0);
  if (lead && lead.length === raw.length) {
    return { direction: lead.direction, raw, needsNormalising: lead.needsNormalising, declared: null };
  }
  const compact = foldWidth(raw).replace(/[\s()（）]/g, '');
  const declared = DECLARED_TYPES.find(([label]) => compact === label)?.[1] ?? null;
  return { direction: null, raw, needsNormalising: false, declared };
}

/** The canonical symbol for a direction ('' for none), e.g. for messages and auto-fixes. */
export function formatDirection(direction: Direction | null): string {
  return direction ?? '';
}

/** Normalises any single direction spelling ('>=', '＞＝', '不低于', '以上') to its canonical symbol, or null. */
export function normaliseDirection(text: string): Direction | null {
  const t = text.trim();
  const lead = readLeadingDirection(t, 0);
  if (lead && lead.length === t.length) return lead.direction;
  const trail = readTrailingDirection(t, 0);
  return trail && trail.length === t.length ? trail.direction : null;
}
