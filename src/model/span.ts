// Source positions: every value taken from a document carries where it came from.
import { z } from 'zod';

/** A 1-based range in the text view of the document, plus a format-native location. */
export const SpanSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  /** Format-native location for grid sources, e.g. 'Sheet1!C7' or '表3 第5行 第4列'. */
  location: z.string().optional(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A piece of text exactly as it stood in the source, with its span. */
export const SourcedTextSchema = z.object({
  text: z.string(),
  span: SpanSchema,
});
export type SourcedText = z.infer<typeof SourcedTextSchema>;

/** A number read from the source (amounts are normalised to 元). */
export const SourcedNumberSchema = z.object({
  value: z.number(),
  raw: z.string(),
  span: SpanSchema,
});
export type SourcedNumber = z.infer<typeof SourcedNumberSchema>;

export { spanOf } from './span-of.js';
