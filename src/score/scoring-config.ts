// The scoring model as data: dimension points, caps and grade bands (domain-rules §4.2), overridable by configuration.
import { z } from 'zod';

const DimensionPointsSchema = z.strictObject({ label: z.string(), labelEn: z.string(), points: z.number().positive() });

export const GradeBandSchema = z.strictObject({
  /** Lower bound of the band; the last band's -Infinity means "everything below". */
  min: z.number().or(z.literal(-Infinity)),
  grade: z.enum(['优', '良', '中', '差']),
  consequence: z.string(),
  consequenceEn: z.string(),
});

export const ScoringConfigSchema = z.strictObject({
  /** The 88号 审核 dimensions and the points each is worth in a project's 100. */
  dimensions: z.strictObject({
    completeness: DimensionPointsSchema,
    relevance: DimensionPointsSchema,
    measurability: DimensionPointsSchema,
    appropriateness: DimensionPointsSchema,
  }),
  /** One rule may take at most this share of its dimension, so one repeated issue cannot zero a dimension. */
  ruleCapShare: z.number().min(0).max(1),
  /** A gate finding caps the project score at this value (差). */
  gateCap: z.number(),
  /** The document-level section (narrative, 基本支出 funds) takes at most this many points off the project mean. */
  documentSectionPoints: z.number().min(0),
  /** Indicator score: each finding takes weight × this factor off the indicator's 100. */
  indicatorPenaltyFactor: z.number().min(0),
  /** Grade bands, highest first. */
  grades: z.array(GradeBandSchema).min(1),
});
export type ScoringConfig = z.infer<typeof ScoringConfigSchema>;

export { DEFAULT_SCORING } from './scoring-defaults.js';
