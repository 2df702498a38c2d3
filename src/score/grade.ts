// Maps a 0–100 score to its grade band (优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 by default).
import type { ScoringConfig } from './scoring-config.js';

export function gradeOf(value: number, config: ScoringConfig): ScoringConfig['grades'][number] {
  return config.grades.find((band) => value >= band.min) ?? config.grades[config.grades.length - 1]!;
}

/** Rounds to one decimal so scores read well and stay deterministic. */
export function roundScore(value: number): number {
  return Math.round(Math.max(0, Math.min(100, value)) * 10) / 10;
}
