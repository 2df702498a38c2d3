// The sarif format: SARIF 2.1.0 for code-scanning dashboards. One run; every file is an artifact (with its score),
// every finding a result; a file that could not be read or parsed is a result of rule "fatal" (level error) and a
// tool execution notification.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Message, RelatedLocation, Severity } from '../model/result.js';
import type { ReportContext, ReportWriter } from './context.js';
import { collectingWriter } from './collecting-writer.js';
import { FATAL_RULE, findingsOf, pathString } from './findings.js';
import { displayPath } from './paths.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

type Json = Record<string, unknown>;

/** A file path as a URI reference: relative paths stay relative ("corpus/%E5%B8%82.txt"), others become file: URLs. */
export function artifactUri(filePath: string, cwd: string): string {
  const shown = displayPath(filePath, cwd);
  if (isAbsolute(shown)) return pathToFileURL(shown).href;
  return shown.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function region(where: { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }): Json {
  const out: Json = { startLine: Math.max(1, where.line), startColumn: Math.max(1, where.column) };
  if (where.endLine !== undefined) out.endLine = Math.max(1, where.endLine);
  if (where.endColumn !== undefined) out.endColumn = Math.max(1, where.endColumn);
  return out;
}

/** The native place (Sheet1!C7) and the model path as logical locations. */
function logicalLocations(location: string | undefined, path: readonly (string | number)[] | undefined): Json[] {
  const out: Json[] = [];
  if (location !== undefined) out.push({ fullyQualifiedName: location, kind: 'element' });
  if (path !== undefined && path.length > 0) out.push({ fullyQualifiedName: pathString(path), kind: 'object' });
  return out;
}

function location(uri: string, index: number, where: Message | RelatedLocation, path?: readonly (string | number)[]): Json {
  const out: Json = { physicalLocation: { artifactLocation: { uri, index }, region: region(where) } };
  const logical = logicalLocations(where.location, path);
  if (logical.length > 0) out.logicalLocations = logical;
  return out;
}

function ruleDescriptor(id: string, context: ReportContext): Json {
  const meta = context.rules?.[id];
  const title = id === FATAL_RULE ? (context.lang === 'en' ? 'File could not be read or parsed' : '文件无法读取或解析') : (meta?.title ?? id);
  const out: Json = { id, shortDescription: { text: title } };
  // helpUri must be an absolute URI (SARIF §3.49.12); the repository-relative doc path goes in the property bag.
  if (meta?.docs !== undefined && /^https?:\/\//.test(meta.docs)) out.helpUri = meta.docs;
  if (id !== FATAL_RULE) out.properties = { docs: `rules/${id}.md` };
  return out;
}

function resultOf(m: Message, ruleIndex: number, uri: string, artifactIndex: number): Json {
  const out: Json = {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [location(uri, artifactIndex, m, m.path)],
  };
  if (m.related !== undefined && m.related.length > 0) {
    out.relatedLocations = m.related.map((r, i) => ({ id: i + 1, ...location(uri, artifactIndex, r), message: { text: r.message } }));
  }
  const properties: Json = { path: m.path };
  if (m.location !== undefined) properties.location = m.location;
  if (m.project !== undefined) properties.project = m.project;
  if (m.indicator !== undefined) properties.indicator = m.indicator;
  if (m.suggestion !== undefined) properties.suggestion = m.suggestion;
  out.properties = properties;
  return out;
}

function artifactOf(result: FileResult, uri: string): Json {
  const properties: Json = { format: result.format };
  if (result.score !== undefined) {
    properties.score = result.score.value;
    properties.grade = result.score.grade;
    properties.consequence = result.score.consequence;
  }
  if (result.fatal !== undefined) properties.fatal = result.fatal.message;
  return { location: { uri }, properties };
}

/** Builds the SARIF log as an object (tests and other tools may want it unserialized). */
export function sarifLog(results: FileResult[], context: ReportContext): Json {
  // Rules in order of first appearance: deterministic for a given input order.
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: Json[] = [];
  const sarifResults: Json[] = [];
  const notifications: Json[] = [];
  results.forEach((result, artifactIndex) => {
    const uri = artifactUri(result.filePath, context.cwd);
    artifacts.push(artifactOf(result, uri));
    for (const m of findingsOf(result)) {
      let index = ruleIndex.get(m.ruleId);
      if (index === undefined) {
        index = ruleIds.length;
        ruleIds.push(m.ruleId);
        ruleIndex.set(m.ruleId, index);
      }
      sarifResults.push(resultOf(m, index, uri, artifactIndex));
    }
    if (result.fatal !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: result.fatal.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex } } }],
        descriptor: { id: FATAL_RULE },
      });
    }
  });
  const driver: Json = { name: 'jixiao-lint' };
  if (context.toolVersion !== undefined) driver.version = context.toolVersion;
  driver.rules = ruleIds.map((id) => ruleDescriptor(id, context));
  const invocation: Json = { executionSuccessful: true };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [invocation],
        // Columns are JavaScript string indices + 1, as the model counts them.
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: FileResult[], context: ReportContext): string {
  return `${JSON.stringify(sarifLog(results, context), null, 2)}\n`;
}

/** Until this format is written piece by piece, its writer keeps the results and formats them at the end. */
export function sarifWriter(context: ReportContext): ReportWriter {
  return collectingWriter(formatSarif, context);
}
