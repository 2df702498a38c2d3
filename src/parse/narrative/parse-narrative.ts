// Turns the narrative lines into the document title, overall goal and one NarrativePart per fund.
import type { NarrativePart } from '../../model/document.js';
import type { SourcedText } from '../../model/span.js';
import { contentStart } from '../bookmark.js';
import { joinPieces, sliceOf, spanFromTo, subText, type TextLine } from '../lines.js';
import { findAmount } from './amount.js';
import { numberingEnd, readFundName } from './fund-name.js';
import { parseIndicatorList } from './indicator-list.js';
import { outlineNarrative, type PartKind, type PartLines } from './outline.js';
import { findPurpose } from './purpose.js';
import { findScheduleClause } from './schedule-clause.js';
import { findStructureClaim } from './structure-claim.js';

export interface KindedPart {
  kind: PartKind;
  part: NarrativePart;
}

export interface Narrative {
  title: SourcedText | null;
  overallGoal: SourcedText | null;
  /** The overall goal line by line, so callers can point inside it (year, unit name). */
  overallGoalPieces: SourcedText[];
  parts: KindedPart[];
}

/** The content of a line without bookmarks and surrounding whitespace. */
function lineContent(line: TextLine): SourcedText | null {
  return sliceOf(line, contentStart(line.text));
}

/** "人员类经费绩效目标" → "人员类经费": the heading without its numbering and generic goal suffix. */
function nameFromHeading(heading: SourcedText): SourcedText {
  const start = numberingEnd(heading.text) ?? 0;
  const m = /(?:绩效)?目标$/.exec(heading.text);
  const end = m && m.index > start ? m.index : heading.text.length;
  return subText(heading, start, end) ?? heading;
}

/** First non-null result of `find` over the paragraph lines. */
function firstOf<T>(lines: TextLine[], find: (line: TextLine) => T | null): T | null {
  for (const line of lines) {
    const found = find(line);
    if (found !== null) return found;
  }
  return null;
}

function buildPart(lines: PartLines): KindedPart | null {
  const paragraph = lines.paragraphs[0];
  const fund = paragraph ? readFundName(paragraph) : null;
  const headingText = lines.headingLine ? lineContent(lines.headingLine) : null;
  // A heading line names the fund only loosely (人员类经费绩效目标); the paragraph's own opening
  // words (人员经费年初安排…) are the fund's name when an amount phrase closes them.
  const heading = headingText ?? fund?.heading ?? (paragraph ? lineContent(paragraph) : null);
  if (heading === null) return null;
  const name = fund && (fund.byAmount || headingText === null) ? fund.name : nameFromHeading(heading);

  const first = lines.headingLine ?? paragraph;
  const all = [...lines.paragraphs, ...lines.lists];
  const lastLine = all[all.length - 1] ?? first;
  const lastPiece = lastLine ? lineContent(lastLine) : null;
  const part: NarrativePart = {
    heading,
    name,
    // The amount follows the name on the opening line; when the opening line is only a heading it comes later.
    amount: firstOf(lines.paragraphs, (l) => findAmount(l, l === paragraph ? (fund?.end ?? 0) : 0)),
    schedule: firstOf(lines.paragraphs, findScheduleClause),
    purpose: firstOf(lines.paragraphs, findPurpose),
    structureClaim: firstOf(lines.paragraphs, findStructureClaim),
    indicators: lines.lists.flatMap(parseIndicatorList),
    span: spanFromTo(heading.span, (lastPiece ?? heading).span),
  };
  return { kind: lines.kind, part };
}

/** Parses the narrative lines (everything before the first project table). */
export function parseNarrative(lines: TextLine[]): Narrative {
  const outline = outlineNarrative(lines);
  // Pushed, not map().filter(): an optimised inlined map makes a HOLEY array whose map the filter had not seen.
  const overallGoalPieces: SourcedText[] = [];
  for (const line of outline.overallGoalLines) {
    const piece = lineContent(line);
    if (piece !== null) overallGoalPieces.push(piece);
  }
  const parts: KindedPart[] = [];
  for (const lines of outline.parts) {
    const part = buildPart(lines);
    if (part !== null) parts.push(part);
  }
  return { title: outline.title, overallGoal: joinPieces(overallGoalPieces), overallGoalPieces, parts };
}
