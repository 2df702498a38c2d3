// The sarif format: valid against the SARIF 2.1.0 JSON schema, with native locations, related locations and fatal files.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif, sarifWriter } from '../../src/report/sarif.js';
import { all, clean, fatal, fatalOnly, linted, workbook } from './fixtures.js';
import { writePiecewise } from './piecewise.js';

// The schema file is the SARIF 2.1.0 JSON schema shipped in the npm package @microsoft/sarif-multitool-linux 5.7.0
// (Microsoft's SARIF SDK, MIT), copied verbatim; see schemas/README.md.
const schema = JSON.parse(readFileSync(new URL('./schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const context = {
  cwd: '/repo',
  lang: 'zh' as const,
  color: true,
  toolVersion: '9.8.7',
  rules: { 'cost-indicator-form': { title: '成本指标须为金额上限', docs: '/opt/jixiao/rules/cost-indicator-form.md' } },
};

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules: { id: string; shortDescription: { text: string }; properties?: { docs: string } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    artifacts: { location: { uri: string }; properties: Record<string, unknown> }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: Record<string, number> }; logicalLocations?: { fullyQualifiedName: string; kind: string }[] }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation: { region: Record<string, number> }; logicalLocations?: { fullyQualifiedName: string }[] }[];
      properties: Record<string, unknown>;
    }[];
  }[];
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    for (const input of [all, [], [clean], [fatalOnly], [workbook]]) {
      const log = JSON.parse(formatSarif(input, context)) as unknown;
      const ok = validate(log);
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });

  it('rejects what the schema rejects (the validator is really checking)', () => {
    const log = JSON.parse(formatSarif([linted], context)) as Log;
    (log.runs[0]!.results[0] as unknown as { level: string }).level = 'info';
    expect(validate(log)).toBe(false);
  });

  it('names the tool, its version and the rules with titles and doc paths', () => {
    const run = parse(formatSarif(all, context)).runs[0]!;
    expect(run.tool.driver.name).toBe('jixiao-lint');
    expect(run.tool.driver.version).toBe('9.8.7');
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(['cost-indicator-form', 'vague-target', 'basis-missing', 'target-contradiction', 'fatal']);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'cost-indicator-form',
      shortDescription: { text: '成本指标须为金额上限' },
      properties: { docs: 'rules/cost-indicator-form.md' },
    });
    // Every result points at its rule.
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('maps severities, relative URIs, regions, native locations and model paths', () => {
    const run = parse(formatSarif([linted, workbook], context)).runs[0]!;
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'error', 'warning']);
    expect(run.artifacts.map((a) => decodeURIComponent(a.location.uri))).toEqual(['corpus/市教育局.txt', '各单位/乙单位 "2024".xlsx']);
    expect(run.artifacts[1]!.location.uri).toBe('%E5%90%84%E5%8D%95%E4%BD%8D/%E4%B9%99%E5%8D%95%E4%BD%8D%20%222024%22.xlsx');
    expect(run.artifacts[1]!.properties).toEqual({ format: 'xlsx', score: 55, grade: '差', consequence: '不得进入预算' });
    const contradiction = run.results[3]!;
    expect(contradiction.message.text).toBe('指标值“≥ 95%”与叙述不符, 见 <总体目标> & “年度目标”');
    expect(contradiction.locations[0]!.physicalLocation.region).toEqual({ startLine: 9, startColumn: 3, endLine: 9, endColumn: 9 });
    expect(contradiction.locations[0]!.physicalLocation.artifactLocation.index).toBe(1);
    expect(contradiction.locations[0]!.logicalLocations).toEqual([
      { fullyQualifiedName: 'Sheet1!C7', kind: 'element' },
      { fullyQualifiedName: 'projects[0].indicators[1].target', kind: 'object' },
    ]);
    expect(contradiction.properties).toMatchObject({
      location: 'Sheet1!C7',
      path: ['projects', 0, 'indicators', 1, 'target'],
      project: '农村饮水安全',
      suggestion: '统一为“≥ 98%”,\n并说明依据',
    });
    expect(contradiction.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: '总体目标写的是 98%' },
        physicalLocation: { artifactLocation: { uri: run.artifacts[1]!.location.uri, index: 1 }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 20 } },
        logicalLocations: [{ fullyQualifiedName: 'Sheet1!B3', kind: 'element' }],
      },
    ]);
    // A related location without a native one (text document).
    expect(run.results[0]!.relatedLocations![0]!.physicalLocation.region).toEqual({ startLine: 180, startColumn: 2 });
  });

  it('reports fatal files as results of rule "fatal" and as notifications; clean files as artifacts', () => {
    const run = parse(formatSarif([fatal, clean, fatalOnly], context)).runs[0]!;
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['missing.txt', 'clean.txt', 'file:///elsewhere/%E5%9D%8F%E6%96%87%E4%BB%B6.docx']);
    expect(run.results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual([
      ['fatal', 'error', '无法读取文件：ENOENT'],
      ['fatal', 'error', '无法解析：不是 Word 文档'],
    ]);
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications!.map((n) => [n.level, n.message.text])).toEqual([
      ['error', '无法读取文件：ENOENT'],
      ['error', '无法解析：不是 Word 文档'],
    ]);
    expect(run.artifacts[2]!.properties).toEqual({ format: 'docx', fatal: '无法解析：不是 Word 文档' });
  });

  it('is deterministic, uncoloured and keeps the given order', () => {
    const a = formatSarif(all, context);
    expect(formatSarif(all, { ...context, color: false })).toBe(a);
    expect(a).not.toMatch(/\u001b\[/);
    expect(a.endsWith('}\n')).toBe(true);
    const reversed = parse(formatSarif([...all].reverse(), context)).runs[0]!;
    expect(reversed.artifacts[0]!.location.uri).toContain('file:///elsewhere/');
  });

  it('omits the version when the context has none', () => {
    const { toolVersion: _omit, ...noVersion } = context;
    expect(parse(formatSarif([], noVersion)).runs[0]!.tool.driver).toEqual({ name: 'jixiao-lint', rules: [] });
  });

  it('is written one file at a time with the bytes of JSON.stringify(log, null, 2), its opening known before any file', () => {
    // Text that would fool a writer cutting the log at the wrong "[]" or "results".
    const tricky = { ...fatal, fatal: { message: '"results": []' }, messages: [{ ...fatal.messages[0]!, message: '[]\n]' }] };
    for (const input of [all, [], [clean], [fatalOnly], [tricky, workbook, clean], [...all].reverse()]) {
      const writer = sarifWriter(context);
      // The results open the run, so nothing before them waits for the files (the CLI need not keep the body aside).
      expect(writer.head).toBe('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [');
      const { parts, text } = writePiecewise(writer, input);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(text).toBe(formatSarif(input, context));
      // A file's part is its results and nothing else (a clean file writes nothing), in the log's order.
      const run = parse(text).runs[0]!;
      const perFile = parts.map((part) => JSON.parse(`[${part.replace(/^,/, '')}]`) as Log['runs'][0]['results']);
      expect(perFile.flat()).toEqual(run.results);
      perFile.forEach((results, i) => {
        for (const r of results) expect(r.locations[0]!.physicalLocation.artifactLocation.index).toBe(i);
      });
    }
  });
});
