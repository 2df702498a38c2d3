// Splits a 绩效目标 cell into its numbered goals, each with its own span.
import type { SourcedText } from '../../model/span.js';
import { subText } from '../lines.js';

/** A new numbered goal inside a line: "…；2.完成…" (the number must follow a sentence break). */
const INNER_NUMBER = /[；;。]\s*(?=\d+\s*[.、．]\s*\S)/g;

/** One goal per line of the cell; a line holding several numbered goals is split at each number. */
export function splitGoals(lines: SourcedText[]): SourcedText[] {
  const goals: SourcedText[] = [];
  for (const line of lines) {
    let from = 0;
    for (const m of line.text.matchAll(INNER_NUMBER)) {
      const goal = subText(line, from, m.index);
      if (goal) goals.push(goal);
      from = m.index + m[0].length;
    }
    const rest = subText(line, from);
    if (rest) goals.push(rest);
  }
  return goals;
}
