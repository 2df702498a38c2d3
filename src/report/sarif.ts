// The sarif format: SARIF 2.1.0 for code-scanning dashboards. One run; every file is an artifact (with its score),
// every finding a result; a file that could not be read or parsed is a result of rule "fatal" (level error) and a
// tool execution notification. Written one file at a time.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Message, RelatedLocation, Severity } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { FATAL_RULE, findingsOf, pathString } from './findings.js';
import { jsonArrayClose, jsonArrayItems } from './json-array.js';
import { displayPath } from './paths.js';
import { wholeText } from './whole.js';

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

/** Where the results array sits: root → "runs" → the run → "results", so its "[" is three levels deep. */
const RESULTS_DEPTH = 3;

/** What the run's opening needs from every file, kept as the files go by: no findings, a few small entries a file. */
interface RunSoFar {
  /** Each rule's index in driver.rules, numbered in order of first appearance (the Map keeps that order). */
  ruleIndex: Map<string, number>;
  artifacts: Json[];
  notifications: Json[];
}

function ruleIndexOf(run: RunSoFar, ruleId: string): number {
  let index = run.ruleIndex.get(ruleId);
  if (index === undefined) {
    index = run.ruleIndex.size;
    run.ruleIndex.set(ruleId, index);
  }
  return index;
}

function notificationOf(message: string, uri: string, artifactIndex: number): Json {
  return {
    level: 'error',
    message: { text: message },
    locations: [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex } } }],
    descriptor: { id: FATAL_RULE },
  };
}

/**
 * The whole log but its results: an empty array where they go, the run's first member. What comes before them
 * ("$schema", "version", the run's opening) is then the same for every log, so the log starts before any file is
 * read, and its body never waits on disk for a head; the rules and artifacts, which need every file, follow the
 * results. (JSON members are unordered: SARIF readers take them in any order.)
 */
function logWithoutResults(run: RunSoFar, context: ReportContext): Json {
  const driver: Json = { name: 'jixiao-lint' };
  if (context.toolVersion !== undefined) driver.version = context.toolVersion;
  driver.rules = [...run.ruleIndex.keys()].map((id) => ruleDescriptor(id, context));
  const invocation: Json = { executionSuccessful: true };
  if (run.notifications.length > 0) invocation.toolExecutionNotifications = run.notifications;
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        results: [],
        tool: { driver },
        invocations: [invocation],
        // Columns are JavaScript string indices + 1, as the model counts them.
        columnKind: 'utf16CodeUnits',
        artifacts: run.artifacts,
      },
    ],
  };
}

/** The log's text cut inside its empty results array: up to the "[", and what follows the "]". */
function splitAtResults(log: Json): { opening: string; closing: string } {
  const text = JSON.stringify(log, null, 2);
  // Only "$schema" and "version", fixed strings without a "[]", come before the results: theirs is the first "[]".
  const at = text.indexOf('[]');
  return { opening: text.slice(0, at + 1), closing: text.slice(at + 2) };
}

/**
 * The head is known at once, results are written as each file comes, and the rules used and the artifacts,
 * which need every file, come from end(). A result's rule index and artifact index are known when it is
 * written: rules are numbered in order of first appearance, artifacts in file order.
 */
export function sarifWriter(context: ReportContext): TextReportWriter {
  const run: RunSoFar = { ruleIndex: new Map(), artifacts: [], notifications: [] };
  let first = true;
  return {
    head: splitAtResults(logWithoutResults({ ruleIndex: new Map(), artifacts: [], notifications: [] }, context)).opening,
    add(result) {
      const artifactIndex = run.artifacts.length;
      const uri = artifactUri(result.filePath, context.cwd);
      run.artifacts.push(artifactOf(result, uri));
      if (result.fatal !== undefined) run.notifications.push(notificationOf(result.fatal.message, uri, artifactIndex));
      const results = findingsOf(result).map((m) => resultOf(m, ruleIndexOf(run, m.ruleId), uri, artifactIndex));
      const part = jsonArrayItems(results, RESULTS_DEPTH, first);
      if (results.length > 0) first = false;
      return part;
    },
    end() {
      const { closing } = splitAtResults(logWithoutResults(run, context));
      return { tail: `${jsonArrayClose(RESULTS_DEPTH, first)}${closing}\n` };
    },
  };
}

export function formatSarif(results: FileResult[], context: ReportContext): string {
  return wholeText(sarifWriter(context), results);
}
