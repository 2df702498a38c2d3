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

/** Defaults: 88号 dimensions with the §4.2 split, 10号 grade bands and 88号 consequences. */
export const DEFAULT_SCORING: ScoringConfig = {
  dimensions: {
    completeness: { label: '完整性', labelEn: 'completeness', points: 20 },
    relevance: { label: '相关性', labelEn: 'relevance', points: 25 },
    measurability: { label: '可衡量性', labelEn: 'measurability', points: 30 },
    appropriateness: { label: '适当性', labelEn: 'appropriateness', points: 25 },
  },
  ruleCapShare: 0.5,
  gateCap: 59,
  documentSectionPoints: 10,
  indicatorPenaltyFactor: 5,
  grades: [
    { min: 90, grade: '优', consequence: '可直接进入预算安排流程', consequenceEn: 'may enter the budget directly' },
    { min: 80, grade: '良', consequence: '与财政部门协商完善后进入预算安排流程', consequenceEn: 'enters the budget after refinement with the finance bureau' },
    { min: 60, grade: '中', consequence: '须修改完善后重新报送审核', consequenceEn: 'must be revised and resubmitted' },
    { min: -Infinity, grade: '差', consequence: '不得进入预算安排流程，须重新编制', consequenceEn: 'cannot enter the budget; must be redone' },
  ],
};
