// Finds what a narrative paragraph says the fund is for ("此项主要保障…", "项目主要目标为…").
import type { SourcedText } from '../../model/span.js';
import { sliceOf, type TextLine } from '../lines.js';

const START = /(?:此项|该项|本项目?|该项目|项目|该资金|此项资金)(?:资金)?主要/;
/** The clause ends at the sentence end, or where the paragraph moves on to the schedule or the structure. */
const END = /。|；|;|[，,]\s*(?=(?:资金)?支出(?:进度|计划)|本项目共|项目共分)/;

/** The purpose clause of the paragraph line (without its closing punctuation), or null when none is stated. */
export function findPurpose(line: TextLine): SourcedText | null {
  const start = START.exec(line.text);
  if (!start) return null;
  const rest = line.text.slice(start.index);
  const end = END.exec(rest);
  return sliceOf(line, start.index, start.index + (end ? end.index : rest.length));
}
