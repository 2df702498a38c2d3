// The document model: what the parsers produce and the only thing facts may look at.
import { z } from 'zod';
import { SourcedNumberSchema, SourcedTextSchema, SpanSchema } from './span.js';

/** One checkpoint of a 资金支出进度 / 资金支出计划: "三月底 … 25%". */
export const CheckpointSchema = z.object({
  /** The checkpoint text as written, e.g. '三月底', '10月底', '十底'. */
  label: SourcedTextSchema,
  /** Month 1–12 when the label can be read (also for a malformed label whose intent is clear, e.g. 十底 → 10); null otherwise. */
  month: z.number().int().min(1).max(12).nullable(),
  /** True when the label is not a well-formed month (e.g. '十底' lacks 月). */
  malformed: z.boolean(),
  /** Cumulative percentage planned by that checkpoint, null when missing. */
  percent: SourcedNumberSchema.nullable(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const ScheduleSchema = z.object({
  checkpoints: z.array(CheckpointSchema),
  span: SpanSchema,
});
export type Schedule = z.infer<typeof ScheduleSchema>;

/** Where an indicator was written: a project table row or a narrative flattened list entry. */
export const IndicatorOriginSchema = z.enum(['table', 'narrative']);
export type IndicatorOrigin = z.infer<typeof IndicatorOriginSchema>;

/**
 * One 三级指标 with its columns. Table rows fill the six columns; narrative entries
 * (`二级-三级-描述-符号-值-单位-依据`) fill what they have: their 一级 is usually absent,
 * and symbol/value/unit are kept apart in `symbol`/`target`/`unit`.
 */
export const IndicatorSchema = z.object({
  origin: IndicatorOriginSchema,
  level1: SourcedTextSchema.nullable(),
  /** True when the 一级 cell was empty and carried down from the row above (merged cell). */
  level1Inherited: z.boolean(),
  level2: SourcedTextSchema.nullable(),
  level2Inherited: z.boolean(),
  level3: SourcedTextSchema.nullable(),
  description: SourcedTextSchema.nullable(),
  /** The 指标值 cell; for layouts with separate symbol/unit fields (narrative entries, 计算符号 columns) only the value part. */
  target: SourcedTextSchema.nullable(),
  /** Separate comparison-symbol column or field, when the layout has one. */
  symbol: SourcedTextSchema.nullable(),
  /** Separate unit column or field, when the layout has one. */
  unit: SourcedTextSchema.nullable(),
  /** 指标值确定依据 / 绩效标准. */
  basis: SourcedTextSchema.nullable(),
  /** Other columns the layout has (权重, 指标解释 …), by header label. */
  extra: z.record(z.string(), SourcedTextSchema),
  /** Span of the whole row or entry. */
  span: SpanSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** The claim a narrative makes about its own structure ("共分为…三个一级指标，其中又各分三个二级指标"). */
export const StructureClaimSchema = z.object({
  text: SourcedTextSchema,
  level1Names: z.array(z.string()),
  level1Count: z.number().int().nullable(),
  /** Claimed number of 二级指标 per named 一级指标 (e.g. 产出指标 → 4); '*' when the claim covers all. */
  level2Counts: z.record(z.string(), z.number().int()),
});
export type StructureClaim = z.infer<typeof StructureClaimSchema>;

/** A fund as the narrative describes it (人员类, 日常公用, or one numbered project paragraph). */
export const NarrativePartSchema = z.object({
  heading: SourcedTextSchema,
  name: SourcedTextSchema,
  amount: SourcedNumberSchema.nullable(),
  schedule: ScheduleSchema.nullable(),
  purpose: SourcedTextSchema.nullable(),
  structureClaim: StructureClaimSchema.nullable(),
  indicators: z.array(IndicatorSchema),
  span: SpanSchema,
});
export type NarrativePart = z.infer<typeof NarrativePartSchema>;

export const MoneyUnitSchema = z.enum(['元', '万元', '亿元']);
export type MoneyUnit = z.infer<typeof MoneyUnitSchema>;

/** A project's 绩效目标表. Amounts are normalised to 元; `moneyUnit` says what the table declared. */
export const ProjectTableSchema = z.object({
  title: SourcedTextSchema.nullable(),
  unitLine: SourcedTextSchema.nullable(),
  moneyUnit: MoneyUnitSchema.nullable(),
  code: SourcedTextSchema.nullable(),
  name: SourcedTextSchema.nullable(),
  budget: SourcedNumberSchema.nullable(),
  fiscalFunds: SourcedNumberSchema.nullable(),
  otherFunds: SourcedNumberSchema.nullable(),
  purpose: SourcedTextSchema.nullable(),
  schedule: ScheduleSchema.nullable(),
  goals: z.array(SourcedTextSchema),
  /** Header labels of the indicator grid, in column order. */
  header: z.array(SourcedTextSchema),
  indicators: z.array(IndicatorSchema),
  span: SpanSchema,
});
export type ProjectTable = z.infer<typeof ProjectTableSchema>;

/** 基本支出 funds (人员类, 日常公用) have no project table; 项目支出 usually have both parts. */
export const ProjectKindSchema = z.enum(['basic', 'project']);
export type ProjectKind = z.infer<typeof ProjectKindSchema>;

/**
 * A fund of the document. The narrative paragraph and the project table that describe the
 * same fund are linked into one project; either part may be missing.
 */
export const ProjectSchema = z.object({
  kind: ProjectKindSchema,
  /** Display name: the table's 项目名称 when there is a table, else the narrative name. */
  name: z.string(),
  narrative: NarrativePartSchema.nullable(),
  table: ProjectTableSchema.nullable(),
  /** How the two parts were linked (name similarity 0–1), null when there was nothing to link. */
  linkScore: z.number().nullable(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const DocumentSchema = z.object({
  filePath: z.string(),
  format: z.string(),
  unitCode: SourcedTextSchema.nullable(),
  unitName: SourcedTextSchema.nullable(),
  year: SourcedNumberSchema.nullable(),
  title: SourcedTextSchema.nullable(),
  overallGoal: SourcedTextSchema.nullable(),
  projects: z.array(ProjectSchema),
  /** Number of lines of the text view, so reporters can show context. */
  lineCount: z.number().int(),
});
export type Document = z.infer<typeof DocumentSchema>;
