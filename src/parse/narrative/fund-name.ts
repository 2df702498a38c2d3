// Reads the fund name that opens a narrative paragraph ("3.乡镇人大工作站经费年初预算安排20000元，…").
import type { SourcedText } from '../../model/span.js';
import { sliceOf, type TextLine } from '../lines.js';

/** Numbering of a project paragraph: 1. / 1、 / 1． / （1） / (1) / （一）. */
const NUMBERING = /^\s*(?:\d+\s*[.、．]|[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[）)]\s*[.、．]?)\s*/;

/**
 * Where the name stops: at the amount phrase (年初安排, 年初预算安排, 全年预算…, 预算安排),
 * at a bare amount, or at the first punctuation. A name may itself start with 预算
 * (预算残疾人保障金), so 预算 alone does not end it.
 */
const AMOUNT_ENDS: RegExp[] = [
  /(?:年初|全年|本年度?|年度|今年)(?:预算)?(?:安排|资金|预算)/,
  /预算安排|安排资金|安排经费/,
  /\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)/,
];
const PUNCTUATION_END = /[，,。：:；;]/;

/** String index where the numbering of a numbered paragraph ends; null when the line is not numbered. */
export function numberingEnd(text: string): number | null {
  const m = NUMBERING.exec(text);
  return m ? m[0].length : null;
}

/** True when the line opens a numbered project paragraph. */
export function isNumberedParagraph(text: string): boolean {
  return numberingEnd(text) !== null;
}

/** End (exclusive) of the name that starts at `from`, and whether an amount phrase ended it; null when nothing does. */
function nameEnd(text: string, from: number): { end: number; byAmount: boolean } | null {
  const rest = text.slice(from);
  let best: { end: number; byAmount: boolean } | null = null;
  for (const re of [...AMOUNT_ENDS, PUNCTUATION_END]) {
    const m = re.exec(rest);
    if (m && m.index > 0 && (best === null || m.index < best.end)) best = { end: m.index, byAmount: re !== PUNCTUATION_END };
  }
  return best === null ? null : { end: from + best.end, byAmount: best.byAmount };
}

export interface FundName {
  /** Numbering plus name, e.g. "1.信访维稳（保险）"; just the name when the paragraph is not numbered. */
  heading: SourcedText;
  name: SourcedText;
  /** String index right after the name, where the amount phrase starts. */
  end: number;
  /** True when an amount phrase (年初安排…) closed the name, so the opening words surely are a fund name. */
  byAmount: boolean;
}

/** The name (and numbered heading) opening a paragraph line; null when the paragraph does not open with one. */
export function readFundName(line: TextLine, maxLength = 40): FundName | null {
  const lead = line.text.length - line.text.trimStart().length;
  const from = numberingEnd(line.text) ?? lead;
  const found = nameEnd(line.text, from);
  if (found === null || found.end - from > maxLength) return null;
  const name = sliceOf(line, from, found.end);
  const heading = sliceOf(line, lead, found.end);
  return name && heading ? { heading, name, end: found.end, byAmount: found.byAmount } : null;
}
