// The junit format: JUnit XML for CI test dashboards. One <testsuite> per file; one <testcase> per finding
// (errors are <failure>s, warnings and infos pass with the finding in <system-out>); a fatal file is one
// <testcase> with an <error>; a clean file is one passing <testcase>, so every file shows up. Written one file at a time.
import type { FileResult, Message } from '../model/result.js';
import type { ReportContext, TextReportWriter } from './context.js';
import { FATAL_RULE, findingsOf, pathString } from './findings.js';
import { formatNumber, labelsFor } from './labels.js';
import { displayPath } from './paths.js';
import { escapeAttribute, escapeXml } from './xml.js';
import { wholeText } from './whole.js';

/** ` key="value"`, the value escaped: one string, where an object of attributes made entries, an array and a join per element. */
function attribute(key: string, value: string | number): string {
  return ` ${key}="${escapeAttribute(String(value))}"`;
}

function where(m: { line: number; column: number; location?: string | undefined }): string {
  return m.location !== undefined ? `${m.location} (${m.line}:${m.column})` : `${m.line}:${m.column}`;
}

/** The body of a failure or system-out: where, what, and everything a reader needs to find and fix it. */
function details(file: string, m: Message, context: ReportContext): string {
  const labels = labelsFor(context.lang);
  const en = context.lang === 'en';
  const lines = [`${file}:${where(m)}`, `${labels.severity[m.severity]} ${m.message} (${m.ruleId})`];
  if (m.project !== undefined) lines.push(`${en ? 'Project: ' : '项目：'}${m.project}`);
  if (m.indicator !== undefined) {
    const i = m.indicator;
    lines.push(`${en ? 'Indicator: ' : '指标：'}${i.level1} / ${i.level2} / ${i.level3}${i.target ? ` = ${i.target}` : ''}`);
  }
  if (m.path.length > 0) lines.push(`${en ? 'Path: ' : '路径：'}${pathString(m.path)}`);
  if (m.suggestion !== undefined) lines.push(`${labels.suggestion}${m.suggestion}`);
  for (const r of m.related ?? []) lines.push(labels.see(where(r), r.message));
  return lines.join('\n');
}

/** A finding's testcase; `classname` is the file's attribute, escaped once for all of its cases. */
function testcase(file: string, classname: string, m: Message, context: ReportContext): string {
  const head = `    <testcase${attribute('name', `${m.ruleId} ${where(m)}`)}${classname}>`;
  const body = escapeXml(details(file, m, context));
  if (m.ruleId === FATAL_RULE) {
    return `${head}\n      <error${attribute('message', m.message)}${attribute('type', m.ruleId)}>${body}</error>\n    </testcase>`;
  }
  if (m.severity === 'error') {
    return `${head}\n      <failure${attribute('message', m.message)}${attribute('type', m.ruleId)}>${body}</failure>\n    </testcase>`;
  }
  return `${head}\n      <system-out>${body}</system-out>\n    </testcase>`;
}

function suiteProperties(result: FileResult): string {
  const props: [string, string][] = [['format', result.format]];
  if (result.score !== undefined) {
    props.push(['score', formatNumber(result.score.value)], ['grade', result.score.grade], ['consequence', result.score.consequence]);
  }
  if (result.fatal !== undefined) props.push(['fatal', result.fatal.message]);
  return `    <properties>\n${props.map(([name, value]) => `      <property${attribute('name', name)}${attribute('value', value)}/>`).join('\n')}\n    </properties>`;
}

/** One file's suite (its properties, a testcase per finding or one passing case) and its counts for the root. */
function suiteOf(result: FileResult, context: ReportContext): { text: string; tests: number; failures: number; errors: number } {
  const file = displayPath(result.filePath, context.cwd);
  const findings = findingsOf(result);
  const classname = attribute('classname', file);
  const cases = findings.map((m) => testcase(file, classname, m, context));
  if (cases.length === 0) cases.push(`    <testcase${attribute('name', 'jixiao-lint')}${classname}/>`);
  const errors = findings.filter((m) => m.ruleId === FATAL_RULE).length;
  const failures = findings.filter((m) => m.ruleId !== FATAL_RULE && m.severity === 'error').length;
  const head = `${attribute('name', file)}${attribute('tests', cases.length)}${attribute('failures', failures)}${attribute('errors', errors)}${attribute('skipped', 0)}`;
  const text = `  <testsuite${head}>\n${suiteProperties(result)}\n${cases.join('\n')}\n  </testsuite>`;
  return { text, tests: cases.length, failures, errors };
}

/**
 * The root <testsuites> carries the totals, known only after the last file: the head comes from end(). Each
 * suite is written as it comes, on its own line; only the three counts are kept.
 */
export function junitWriter(context: ReportContext): TextReportWriter {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  return {
    head: undefined,
    add(result) {
      const suite = suiteOf(result, context);
      tests += suite.tests;
      failures += suite.failures;
      errors += suite.errors;
      return `\n${suite.text}`;
    },
    end() {
      const root = `${attribute('name', 'jixiao-lint')}${attribute('tests', tests)}${attribute('failures', failures)}${attribute('errors', errors)}`;
      // With no suites the root still opens and closes on lines of their own.
      return { head: `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${root}>`, tail: '\n</testsuites>\n' };
    },
  };
}

export function formatJunit(results: FileResult[], context: ReportContext): string {
  return wholeText(junitWriter(context), results);
}
