// Scoring settings from configs: each layer deep-merged over the previous (over DEFAULT_SCORING), then validated.
import { DEFAULT_SCORING, ScoringConfigSchema, type ScoringConfig } from '../score/scoring-config.js';
import { issueError, ZOD_ZH } from './schema.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Objects merge key by key; arrays (the grade bands) and scalars replace. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = deepMerge(base[key], value);
  return out;
}

/** A finite stand-in for an open lower bound while validating: zod's z.number() rejects -Infinity. */
const OPEN = -Number.MAX_VALUE;

/** JSON has no -Infinity: a grade band with `"min": null` (or -Infinity) has no lower bound. */
function mapMins(config: unknown, map: (min: unknown) => unknown): unknown {
  if (!isPlainObject(config) || !Array.isArray(config.grades)) return config;
  const grades = config.grades.map((band: unknown) => (isPlainObject(band) ? { ...band, min: map(band.min) } : band));
  return { ...config, grades };
}

/** Applies one config's `scoring` over `base`; an invalid result names `file` and the field under `scoring`. */
export function mergeScoring(base: ScoringConfig, patch: Record<string, unknown> | undefined, file: string): ScoringConfig {
  if (patch === undefined) return base;
  const merged = mapMins(deepMerge(base, patch), (min) => (min === null || min === -Infinity ? OPEN : min));
  const parsed = ScoringConfigSchema.safeParse(merged, ZOD_ZH);
  if (!parsed.success) throw issueError(file, parsed.error.issues, ['scoring']);
  return mapMins(parsed.data, (min) => (min === OPEN ? -Infinity : min)) as ScoringConfig;
}

export { DEFAULT_SCORING };
