// The default scoring model, apart from its zod schema (scoring-config.ts) so that scoring does not load zod.
import type { ScoringConfig } from './scoring-config.js';

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
