// Reads one flattened entry "二级-三级-描述-符号-值-单位-依据" into an Indicator, with a span per field.
import type { Indicator } from '../../model/document.js';
import type { SourcedText } from '../../model/span.js';
import { sliceOf, type TextLine } from '../lines.js';

interface Range {
  start: number;
  end: number;
}

const SYMBOL = '(?:>=|<=|≥|≤|＝|=|＞|＜|>|<|≧|≦|≠)';
const PURE_SYMBOL = new RegExp(`^${SYMBOL}$`);
/** Words that stand where a comparison symbol goes and say "the value is text". */
const WORD_SYMBOL = /^(?:文字描述|定性描述|定性|定量)$/;
/** A name with the symbol glued to its end ("保持信访总体趋势平稳≥"); the shortest name wins so ">=" stays whole. */
const GLUED_SYMBOL = new RegExp(`^(.*?\\S)\\s*(${SYMBOL})$`);
/** The last characters of SYMBOL's alternatives: a field ending otherwise holds no symbol, and GLUED_SYMBOL's lazy scan is skipped. */
const SYMBOL_END = /[=≥≤＝＞＜><≧≦≠]$/;

interface SymbolField {
  symbol: Range;
  /** The name glued in front of the symbol, when there is one. */
  glued: Range | null;
}

/** Ranges of the hyphen-separated fields of [start, end), untrimmed. */
function splitFields(text: string, start: number, end: number): Range[] {
  const fields: Range[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '-' || c === '－') {
      fields.push({ start: from, end: i });
      from = i + 1;
    }
  }
  fields.push({ start: from, end });
  return fields;
}

function asSymbol(text: string, field: Range): SymbolField | null {
  const raw = text.slice(field.start, field.end);
  const t = raw.trim();
  const s = field.start + (raw.length - raw.trimStart().length);
  if (!SYMBOL_END.test(t)) return WORD_SYMBOL.test(t) ? { symbol: { start: s, end: s + t.length }, glued: null } : null;
  if (PURE_SYMBOL.test(t)) return { symbol: { start: s, end: s + t.length }, glued: null };
  const m = GLUED_SYMBOL.exec(t);
  if (!m) return null;
  const nameEnd = s + m[1]!.length;
  const symbolStart = s + t.length - m[2]!.length;
  return { symbol: { start: symbolStart, end: s + t.length }, glued: { start: s, end: nameEnd } };
}

/** First symbol field at index ≥ from; null when none. */
function findSymbol(text: string, fields: Range[], from: number): { index: number; field: SymbolField } | null {
  for (let k = from; k < fields.length; k++) {
    const field = asSymbol(text, fields[k]!);
    if (field) return { index: k, field };
  }
  return null;
}

function piece(line: TextLine, range: Range | undefined): SourcedText | null {
  return range ? sliceOf(line, range.start, range.end) : null;
}

/** The source text from the first to the last range (hyphens included, exactly as written). */
function stretch(line: TextLine, ranges: Range[]): SourcedText | null {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  return first && last ? sliceOf(line, first.start, last.end) : null;
}

/**
 * Parses the entry at [start, end) of the line. Field 0 is the 二级 label; the symbol field
 * splits names (三级 + description) from value, unit and basis. A symbol from field 2 on is
 * preferred so that field 1 stays the 三级 name; field 1 is only taken when nothing later is a
 * symbol (the entry then has no separate 三级 name, or has it glued to the symbol).
 */
export function parseEntry(line: TextLine, start: number, end: number): Indicator {
  const text = line.text;
  const fields = splitFields(text, start, end);
  const found = findSymbol(text, fields, 2) ?? findSymbol(text, fields, 1);

  let names: Range[];
  let symbol: SourcedText | null = null;
  let target: SourcedText | null = null;
  let unit: SourcedText | null = null;
  let basis: SourcedText | null = null;
  if (found) {
    names = fields.slice(1, found.index);
    if (found.field.glued) names.push(found.field.glued);
    symbol = piece(line, found.field.symbol);
    target = piece(line, fields[found.index + 1]);
    unit = piece(line, fields[found.index + 2]);
    basis = stretch(line, fields.slice(found.index + 3));
  } else {
    names = fields.slice(1);
  }

  const entrySpan = sliceOf(line, start, end)?.span ?? { line: line.number, column: start + 1, endLine: line.number, endColumn: start + 1 };
  return {
    origin: 'narrative',
    level1: null,
    level1Inherited: false,
    level2: piece(line, fields[0]),
    level2Inherited: false,
    level3: piece(line, names[0]),
    description: stretch(line, names.slice(1)),
    target,
    symbol,
    unit,
    basis,
    extra: {},
    span: entrySpan,
  };
}
