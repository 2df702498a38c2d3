// Finds the structure of the narrative part: title, overall goal, and the lines of each fund paragraph.
import type { SourcedText } from '../../model/span.js';
import { contentStart } from '../bookmark.js';
import { sliceOf, type TextLine } from '../lines.js';
import { isNumberedParagraph } from './fund-name.js';
import { isIndicatorListLine } from './indicator-list.js';

export type PartKind = 'basic' | 'project';

/** The lines of one fund as the narrative lays them out: optional heading, paragraph(s), indicator list line(s). */
export interface PartLines {
  kind: PartKind;
  headingLine: TextLine | null;
  paragraphs: TextLine[];
  lists: TextLine[];
}

export interface Outline {
  title: SourcedText | null;
  overallGoalLines: TextLine[];
  parts: PartLines[];
}

type Section = 'none' | 'overall' | 'items' | 'other';
/** Inside 分项绩效目标: which group the following funds belong to (unknown until a group heading says). */
type Group = 'unknown' | 'basic' | 'project';

const PART_MARKER = /^第[一二三四五六七八九十\d]+部分/;
/** A table's name inside a line: 绩效目标表, 绩效自评表, 目标申报表. */
const TABLE_NAME = /绩效(?:目标|自评)表|目标申报表/;
const CATEGORY_LABEL = /(?:数量|质量|时效|成本|效益|满意度)指标/g;
const SECTION_HEADING = /^[一二三四五六七八九十]+\s*[、.．]/;
const PROJECT_GROUP = /^(?:预算)?项目(?:支出)?(?:绩效)?目标$/;
const BASIC_GROUP = /^基本支出(?:绩效)?目标$/;

function sectionOf(heading: string): Section {
  if (/总体(?:绩效)?目标/.test(heading)) return 'overall';
  if (/分项|具体绩效目标|项目(?:支出)?绩效目标/.test(heading)) return 'items';
  return 'other';
}

/** A short line without sentence punctuation that names a goal: 人员类经费绩效目标, 项目绩效目标. */
function isSubHeading(content: string): boolean {
  return content.length <= 30 && !/[，,。；;：:]/.test(content) && /目标$/.test(content);
}

/** A line that can title the document: short, not a part marker, no sentence punctuation. */
function isTitleLike(content: string): boolean {
  return content.length <= 40 && !PART_MARKER.test(content) && !/[，,。；;]/.test(content);
}

/**
 * Walks the narrative lines. Section headings (一、二、…) switch between the overall goal,
 * the per-fund goals (分项绩效目标) and sections that hold no fund (工作保障措施). Inside the
 * per-fund section, a goal sub-heading opens a basic fund (or switches to the project group),
 * a numbered paragraph opens a project, and indicator list lines attach to the open fund.
 */
export function outlineNarrative(lines: TextLine[]): Outline {
  let title: SourcedText | null = null;
  const overallGoalLines: TextLine[] = [];
  const parts: PartLines[] = [];
  let section: Section = 'none';
  let group: Group = 'unknown';
  let current: PartLines | null = null;

  for (const line of lines) {
    const start = contentStart(line.text);
    const content = line.text.slice(start).trim();
    if (content === '') continue;
    if (PART_MARKER.test(content)) {
      section = 'none';
      current = null;
      continue;
    }
    if (SECTION_HEADING.test(content)) {
      section = sectionOf(content);
      group = 'unknown';
      current = null;
      continue;
    }
    // Without a 分项 heading, a numbered paragraph stating an amount still opens the fund list —
    // unless it is a flattened table (it names a table, or runs several category labels together).
    if (
      section === 'none' && isNumberedParagraph(content) && /安排|预算/.test(content) && /元/.test(content) &&
      !TABLE_NAME.test(content) && (content.match(CATEGORY_LABEL) ?? []).length < 2
    ) {
      section = 'items';
    }
    if (section === 'none') {
      if (title === null && parts.length === 0 && isTitleLike(content)) title = sliceOf(line, start);
      continue;
    }
    if (section === 'overall') {
      overallGoalLines.push(line);
      continue;
    }
    if (section !== 'items') continue;

    if (isIndicatorListLine(content)) {
      current?.lists.push(line);
    } else if (isNumberedParagraph(content)) {
      current = { kind: group === 'basic' ? 'basic' : 'project', headingLine: null, paragraphs: [line], lists: [] };
      parts.push(current);
    } else if (isSubHeading(content)) {
      if (PROJECT_GROUP.test(content)) {
        group = 'project';
        current = null;
      } else if (BASIC_GROUP.test(content)) {
        group = 'basic';
        current = null;
      } else {
        current = { kind: group === 'project' ? 'project' : 'basic', headingLine: line, paragraphs: [], lists: [] };
        parts.push(current);
      }
    } else if (current !== null && current.lists.length === 0) {
      current.paragraphs.push(line);
    }
  }
  return { title, overallGoalLines, parts };
}
