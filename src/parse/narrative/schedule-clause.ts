// Finds "资金支出进度为三月底、六月底、九月底、十二月底分别达到25%、50%、75%、100%" in a paragraph.
import type { Schedule } from '../../model/document.js';
import type { SourcedNumber, SourcedText } from '../../model/span.js';
import { sliceOf, type TextLine } from '../lines.js';
import { buildSchedule, readPercent } from '../schedule.js';

/** Labels run from after 进度为 to 分别; the percentages follow 分别达到 as a 、-separated run. */
const CLAUSE = /(?:资金)?支出(?:进度|计划)(?:安排)?(?:为|是|[:：])?\s*(.+?)\s*分别(?:达到|为|完成|达)?\s*(\d+(?:\.\d+)?\s*[%％](?:\s*[、，,]\s*\d+(?:\.\d+)?\s*[%％])*)/d;

/** Splits [start, end) of the line at 、 (or a comma) into trimmed pieces with exact spans. */
function listPieces(line: TextLine, start: number, end: number): SourcedText[] {
  const pieces: SourcedText[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || /[、，,]/.test(line.text[i]!)) {
      const piece = sliceOf(line, from, i);
      if (piece) pieces.push(piece);
      from = i + 1;
    }
  }
  return pieces;
}

/** The spending schedule of the paragraph line, or null when it states none. */
export function findScheduleClause(line: TextLine): Schedule | null {
  const m = CLAUSE.exec(line.text);
  if (!m?.indices) return null;
  const [labelStart, labelEnd] = m.indices[1]!;
  const [percentStart, percentEnd] = m.indices[2]!;
  const labels = listPieces(line, labelStart, labelEnd);
  // Pushed, not mapped, so buildSchedule meets one array map (an optimised inlined map makes HOLEY arrays).
  const percents: (SourcedNumber | null)[] = [];
  for (const piece of listPieces(line, percentStart, percentEnd)) percents.push(readPercent(piece));
  const whole = sliceOf(line, m.index, percentEnd);
  if (whole === null || labels.length === 0) return null;
  return buildSchedule(labels, percents, whole.span);
}
