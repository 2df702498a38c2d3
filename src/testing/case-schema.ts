// Schema of rule case files (rules/<id>.cases.json): small documents that must or must not trigger the rule.
import { z } from 'zod';
import { OptionValueSchema } from '../engine/rule-file-schema.js';

const ScheduleSpecSchema = z.strictObject({
  labels: z.array(z.string()),
  percents: z.array(z.string()),
});

/** A narrative fund paragraph: 人员类/日常公用 (basic) or a numbered project. */
const NarrativeFundSchema = z.strictObject({
  name: z.string().min(1),
  amount: z.string().optional(),
  schedule: ScheduleSpecSchema.optional(),
  /** Flattened entries as written: `数量指标-培训人次-≥-300-人次-计划标准`. */
  indicators: z.array(z.string()).default([]),
});

const DEFAULT_HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

const TableSchema = z.strictObject({
  name: z.string().min(1),
  code: z.string().default('CASE0000000000000001'),
  budget: z.string().default('20000.00'),
  moneyUnit: z.enum(['元', '万元']).default('元'),
  purpose: z.string().optional(),
  schedule: ScheduleSpecSchema.optional(),
  goals: z.array(z.string()).default(['1.完成项目年度任务']),
  /** Header labels of the indicator grid; default 一级指标 … 指标值确定依据 (add 计量单位, 权重 … as needed). */
  header: z.array(z.string()).default(DEFAULT_HEADER),
  /** Indicator rows, one cell per header label ('' = merged from above). */
  rows: z.array(z.array(z.string())).min(1),
}).superRefine((table, ctx) => {
  table.rows.forEach((row, i) => {
    if (row.length !== table.header.length) {
      ctx.addIssue({ code: 'custom', path: ['rows', i], message: `每行应有 ${table.header.length} 个单元格（与 header 一致），实际 ${row.length} 个` });
    }
  });
});

/** A whole small document; every part is optional so a case states only what it is about. */
export const CaseDocumentSchema = z.strictObject({
  unit: z.string().default('测试县测试镇人民政府'),
  year: z.number().int().default(2025),
  /** The 总体绩效目标 paragraph; default a neutral sentence naming the unit and year. */
  overallGoal: z.string().optional(),
  /** Lines written verbatim into the 项目绩效目标 section after the structured projects. */
  narrativeLines: z.array(z.string()).default([]),
  basicFunds: z.array(NarrativeFundSchema).default([]),
  projects: z.array(NarrativeFundSchema).default([]),
  tables: z.array(TableSchema).default([]),
});
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;
export type CaseDocumentInput = z.input<typeof CaseDocumentSchema>;

const ExpectedErrorSchema = z.strictObject({
  /** Model path of the finding, e.g. ["projects", 0, "table", "indicators", 0, "target"]. */
  path: z.array(z.union([z.string(), z.number()])),
  /** A piece of text the message must contain. */
  messageIncludes: z.string().optional(),
});

const CaseSchema = z.strictObject({
  name: z.string().min(1),
  document: CaseDocumentSchema,
  /** Rule options for this case (thresholds …). */
  options: z.record(z.string(), OptionValueSchema).optional(),
});

export const RuleCasesSchema = z.strictObject({
  valid: z.array(CaseSchema).min(1),
  invalid: z.array(CaseSchema.extend({ errors: z.array(ExpectedErrorSchema).min(1) })).min(1),
});
export type RuleCases = z.infer<typeof RuleCasesSchema>;
export type ValidCase = RuleCases['valid'][number];
export type InvalidCase = RuleCases['invalid'][number];
