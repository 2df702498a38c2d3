// The result contract shared by the API, the CLI and every report format (ESLint's shape plus path and scores).
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const GradeSchema = z.enum(['优', '良', '中', '差']);
export type Grade = z.infer<typeof GradeSchema>;

export const RelatedLocationSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  location: z.string().optional(),
  message: z.string(),
});
export type RelatedLocation = z.infer<typeof RelatedLocationSchema>;

export const MessageSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  location: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])),
  project: z.string().optional(),
  indicator: z
    .object({ level1: z.string(), level2: z.string(), level3: z.string(), target: z.string() })
    .optional(),
  suggestion: z.string().optional(),
  /** Other places the finding refers to (the table cell a narrative contradicts, …). */
  related: z.array(RelatedLocationSchema).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const DeductionSchema = z.object({
  ruleId: z.string(),
  dimension: z.string(),
  count: z.number().int(),
  /** Points taken off after the per-rule cap. */
  points: z.number(),
});
export type Deduction = z.infer<typeof DeductionSchema>;

export const IndicatorScoreSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  level2: z.string(),
  level3: z.string(),
  line: z.number().int(),
  value: z.number(),
  grade: GradeSchema,
  deductions: z.array(DeductionSchema),
});
export type IndicatorScore = z.infer<typeof IndicatorScoreSchema>;

export const ProjectScoreSchema = z.object({
  name: z.string(),
  kind: z.enum(['basic', 'project']),
  path: z.array(z.union([z.string(), z.number()])),
  budget: z.number().nullable(),
  value: z.number(),
  grade: GradeSchema,
  /** Points lost per dimension (完整性, 相关性, …) after caps. */
  dimensions: z.record(z.string(), z.number()),
  deductions: z.array(DeductionSchema),
  /** Set when a gate finding capped the score below 60. */
  gatedBy: z.array(z.string()),
  indicators: z.array(IndicatorScoreSchema),
});
export type ProjectScore = z.infer<typeof ProjectScoreSchema>;

export const DocumentScoreSchema = z.object({
  value: z.number(),
  grade: GradeSchema,
  /** 88号-style consequence of the grade (直接进入预算 / 协商完善 / 修改后重报 / 不得进入预算). */
  consequence: z.string(),
  /** Points taken off the project mean by document-level findings and 基本支出 funds. */
  documentDeductions: z.array(DeductionSchema),
  projects: z.array(ProjectScoreSchema),
});
export type DocumentScore = z.infer<typeof DocumentScoreSchema>;

export const FileResultSchema = z.object({
  filePath: z.string(),
  format: z.string(),
  fatal: z.object({ message: z.string() }).optional(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  infoCount: z.number().int(),
  messages: z.array(MessageSchema),
  score: DocumentScoreSchema.optional(),
});
export type FileResult = z.infer<typeof FileResultSchema>;
