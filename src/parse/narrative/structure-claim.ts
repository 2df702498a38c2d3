// Reads what a paragraph claims about its indicator structure ("共分为…三个一级指标，其中又各分三个二级指标…").
import type { StructureClaim } from '../../model/document.js';
import { sliceOf, type TextLine } from '../lines.js';
import { readCount } from '../numbers.js';

const NUMERAL = '[一二两三四五六七八九十\\d]+';
const LEVEL1 = new RegExp(`共(?:分为|分成|分|设置了?|设有|设|包括|包含)\\s*([^。；;]*?)\\s*(?:等)?(${NUMERAL})个一级指标`, 'd');
const LEVEL2 = new RegExp(`(${NUMERAL})个二级指标`);
const NAME = /[\u4e00-\u9fff]{1,8}?指标/g;

/** Names listed with 、 (or commas, or 和 after a name), trimmed. */
function listNames(text: string): string[] {
  // One push loop, not map().filter(): an optimised inlined map makes a HOLEY array whose map the filter had not seen.
  const names: string[] = [];
  for (const part of text.split(/[、，,]|(?<=指标)和/)) {
    const name = part.trim();
    if (name !== '') names.push(name);
  }
  return names;
}

/**
 * Reads the 二级 counts of the clauses after the 一级 list. A clause naming 一级 indicators
 * applies to those; a clause naming none ("其中又各分三个二级指标") applies to all listed
 * 一级 names, or to '*' when the claim listed no names.
 */
function readLevel2Counts(rest: string, level1Names: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const clause of rest.split(/[，,；;]/)) {
    const m = LEVEL2.exec(clause);
    const count = m ? readCount(m[1]!) : null;
    if (!m || count === null) continue;
    const prefix = clause.slice(0, m.index);
    let names = level1Names.filter((n) => prefix.includes(n));
    if (names.length === 0) {
      // Pushed, not map().filter() (see listNames).
      names = [];
      for (const x of prefix.matchAll(NAME)) if (!/[一二三]级指标$/.test(x[0])) names.push(x[0]);
    }
    if (names.length === 0) names = level1Names.length > 0 ? level1Names : ['*'];
    for (const name of names) counts[name] = count;
  }
  return counts;
}

/** The structure claim of the paragraph line, or null when it makes none. */
export function findStructureClaim(line: TextLine): StructureClaim | null {
  const m = LEVEL1.exec(line.text);
  if (!m?.indices) return null;
  // The claim starts at its subject (本项目/该项目) when there is one, and runs to the end of the sentence.
  const subject = /(?:本项目|该项目|本项|此项|项目)\s*$/.exec(line.text.slice(0, m.index));
  const start = subject ? subject.index : m.index;
  const sentenceEnd = line.text.indexOf('。', m.index);
  const end = sentenceEnd === -1 ? line.text.length : sentenceEnd;
  const text = sliceOf(line, start, end);
  if (text === null) return null;
  const level1Names = listNames(m[1]!);
  const [, level1End] = m.indices[0]!;
  return {
    text,
    level1Names,
    level1Count: readCount(m[2]!),
    level2Counts: readLevel2Counts(line.text.slice(level1End, end), level1Names),
  };
}
