// Builds a Schedule from checkpoint labels and percentages, wherever they were found (narrative or table).
import type { Checkpoint, Schedule } from '../model/document.js';
import type { SourcedNumber, SourcedText, Span } from '../model/span.js';
import { parseMonthLabel } from '../grammar/month.js';
import { subText } from './lines.js';

const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/;
const BARE_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * Reads the percentage in a piece of text ("80%", "80 ％"; a bare "80" in a 计划（%） cell),
 * with the span of the number and its sign only.
 */
export function readPercent(source: SourcedText): SourcedNumber | null {
  const m = PERCENT.exec(source.text) ?? BARE_NUMBER.exec(source.text);
  if (!m) return null;
  const start = m.index + m[0].length - m[0].trimStart().length;
  const piece = subText(source, start, m.index + m[0].trimEnd().length);
  if (piece === null) return null;
  return { value: Number(m[1]), raw: piece.text, span: piece.span };
}

/**
 * Pairs labels and percentages by position. The labels define the checkpoints: a missing
 * percentage becomes null and percentages beyond the last label are dropped, so a reader
 * can still see which checkpoints are incomplete.
 */
export function buildSchedule(labels: SourcedText[], percents: (SourcedNumber | null)[], span: Span): Schedule {
  // Pushed, not mapped: an optimised inlined map makes a HOLEY array where the interpreter makes a
  // PACKED one, and the readers of the checkpoints met both maps (and were deoptimised).
  const checkpoints: Checkpoint[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const { month, malformed } = parseMonthLabel(label.text);
    checkpoints.push({ label, month, malformed, percent: percents[i] ?? null });
  }
  return { checkpoints, span };
}
