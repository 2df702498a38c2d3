// The junit format: well-formed XML, a suite per file, failures for errors, errors for fatal files.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunit, junitWriter } from '../../src/report/junit.js';
import { all, clean, fatal, fatalOnly, linted, workbook } from './fixtures.js';
import { writePiecewise } from './piecewise.js';

const context = { cwd: '/repo', lang: 'zh' as const, color: true };

interface Case {
  '@_name': string;
  '@_classname': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
  error?: { '#text': string; '@_message': string; '@_type': string };
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  properties: { property: { '@_name': string; '@_value': string }[] };
  testcase: Case[];
}

function parse(xml: string): { testsuites: Record<string, string> & { testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml) as { testsuites: Record<string, string> & { testsuite: Suite[] } };
}

describe('junit', () => {
  it('is well-formed XML with one suite per file, totals on the root', () => {
    const xml = formatJunit(all, context);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const { testsuites } = parse(xml);
    expect(testsuites.testsuite.map((s) => s['@_name'])).toEqual([
      'corpus/市教育局.txt',
      '各单位/乙单位 "2024".xlsx',
      'missing.txt',
      'clean.txt',
      '/elsewhere/坏文件.docx',
    ]);
    expect([testsuites['@_tests'], testsuites['@_failures'], testsuites['@_errors']]).toEqual(['8', '2', '2']);
  });

  it('errors are failures, warnings and infos pass with the finding in system-out', () => {
    const suite = parse(formatJunit([linted], context)).testsuites.testsuite[0]!;
    expect([suite['@_tests'], suite['@_failures'], suite['@_errors']]).toEqual(['3', '1', '0']);
    const [error, warning, info] = suite.testcase;
    expect(error!['@_name']).toBe('cost-indicator-form 12:5');
    expect(error!['@_classname']).toBe('corpus/市教育局.txt');
    expect(error!.failure!['@_type']).toBe('cost-indicator-form');
    expect(error!.failure!['@_message']).toBe('成本指标“印刷费”的指标值“100”不是金额上限');
    expect(error!.failure!['#text']).toContain('建议：写成“≤ 100 万元”');
    expect(error!.failure!['#text']).toContain('参见 180:2：叙述中写的是 120 万元');
    expect(error!.failure!['#text']).toContain('路径：projects[0].indicators[3].target');
    expect(warning!.failure).toBeUndefined();
    expect(warning!['@_name']).toBe('vague-target Sheet1!C7 (40:11)');
    expect(warning!['system-out']).toContain('警告 Target is vague (vague-target)');
    expect(info!['system-out']).toContain('提示 缺少指标值确定依据');
    expect(suite.properties.property.map((p) => [p['@_name'], p['@_value']])).toEqual([
      ['format', 'text'],
      ['score', '72.5'],
      ['grade', '中'],
      ['consequence', '协商完善'],
    ]);
  });

  it('escapes markup, quotes and line breaks and keeps CJK text', () => {
    const xml = formatJunit([workbook], context);
    const suite = parse(xml).testsuites.testsuite[0]!;
    const failure = suite.testcase[0]!.failure!;
    expect(failure['@_message']).toBe('指标值“≥ 95%”与叙述不符, 见 &lt;总体目标&gt; &amp; “年度目标”'.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    expect(failure['#text']).toContain('Sheet1!C7 (9:3)');
    expect(failure['#text']).toContain('指标：产出指标 / 质量指标 / 水质达标率 = ≥ 95%');
    expect(failure['#text']).toContain('参见 Sheet1!B3 (3:1)：总体目标写的是 98%');
    expect(xml).toContain('name="各单位/乙单位 &quot;2024&quot;.xlsx"');
    expect(xml).not.toMatch(/[<]总体目标/);
  });

  it('a fatal file is an error; a clean file one passing testcase', () => {
    const suites = parse(formatJunit([fatal, fatalOnly, clean], context)).testsuites.testsuite;
    for (const suite of suites.slice(0, 2)) {
      expect([suite['@_tests'], suite['@_failures'], suite['@_errors']]).toEqual(['1', '0', '1']);
      expect(suite.testcase[0]!.error!['@_type']).toBe('fatal');
    }
    expect(suites[1]!.testcase[0]!.error!['@_message']).toBe('无法解析：不是 Word 文档');
    expect(suites[2]!.testcase).toEqual([{ '@_name': 'jixiao-lint', '@_classname': 'clean.txt' }]);
  });

  it('drops characters XML cannot carry', () => {
    const broken = { ...clean, messages: [{ ...linted.messages[0]!, message: 'a\u0001b\u0008c' }], errorCount: 1 };
    const xml = formatJunit([broken], context);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('message="abc"');
  });

  it('is deterministic, uncoloured, and well-formed with no results', () => {
    expect(formatJunit(all, { ...context, color: false })).toBe(formatJunit(all, context));
    expect(formatJunit(all, context)).not.toMatch(/\u001b\[/);
    const empty = formatJunit([], context);
    expect(empty).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jixiao-lint" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });

  it('is written one suite per file, the root with its totals given at the end', () => {
    const cleanSuite = [
      '\n  <testsuite name="clean.txt" tests="1" failures="0" errors="0" skipped="0">',
      '    <properties>',
      '      <property name="format" value="text"/>',
      '    </properties>',
      '    <testcase name="jixiao-lint" classname="clean.txt"/>',
      '  </testsuite>',
    ].join('\n');
    const fatalSuite = [
      '\n  <testsuite name="missing.txt" tests="1" failures="0" errors="1" skipped="0">',
      '    <properties>',
      '      <property name="format" value="unknown"/>',
      '      <property name="fatal" value="无法读取文件：ENOENT"/>',
      '    </properties>',
      '    <testcase name="fatal 1:1" classname="missing.txt">',
      '      <error message="无法读取文件：ENOENT" type="fatal">missing.txt:1:1',
      '错误 无法读取文件：ENOENT (fatal)</error>',
      '    </testcase>',
      '  </testsuite>',
    ].join('\n');
    const { parts, text } = writePiecewise(junitWriter(context), [clean, fatal]);
    expect(parts).toEqual([cleanSuite, fatalSuite]);
    const root = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jixiao-lint" tests="2" failures="0" errors="1">';
    expect(text).toBe(`${root}${cleanSuite}${fatalSuite}\n</testsuites>\n`);
    expect(writePiecewise(junitWriter(context), []).text).toBe(formatJunit([], context));
    expect(writePiecewise(junitWriter(context), all).text).toBe(formatJunit(all, context));
  });
});
