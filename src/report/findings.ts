// Shared by the machine-readable formats (sarif, junit, csv, xlsx, html): every finding of a result, fatal included, and its table row.
import type { FileResult, Message } from '../model/result.js';
import type { ReportContext } from './context.js';
import { labelsFor } from './labels.js';
import { displayPath } from './paths.js';

/** The rule id a file that could not be read or parsed is reported under. */
export const FATAL_RULE = 'fatal';

/** The messages of a result; a fatal error is always among them, even when the result carries no message for it. */
export function findingsOf(result: FileResult): Message[] {
  const { fatal, messages } = result;
  if (!fatal || messages.some((m) => m.ruleId === FATAL_RULE || m.message === fatal.message)) return messages;
  return [{ ruleId: FATAL_RULE, severity: 'error', message: fatal.message, line: 1, column: 1, path: [] }, ...messages];
}

/** A model path as one string: projects[0].indicators[3].target. */
export function pathString(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** The columns of the findings table (csv, the xlsx 问题 sheet), in order. */
export const FINDING_COLUMNS = ['文件', '行', '列', '位置', '严重程度', '规则', '项目', '三级指标', '指标值', '消息', '建议'] as const;

export type FindingRow = [string, number, number, string, string, string, string, string, string, string, string];

/** One row per finding, files and findings in the order given. */
export function findingRows(results: readonly FileResult[], context: ReportContext): FindingRow[] {
  const labels = labelsFor(context.lang);
  const rows: FindingRow[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of findingsOf(result)) {
      rows.push([
        file,
        m.line,
        m.column,
        m.location ?? '',
        labels.severity[m.severity],
        m.ruleId,
        m.project ?? '',
        m.indicator?.level3 ?? '',
        m.indicator?.target ?? '',
        m.message,
        m.suggestion ?? '',
      ]);
    }
  }
  return rows;
}
