// Same document, same findings: the sample as .txt, .docx, .xlsx, .html and .md (corpus/formats, npm run corpus:formats) gives the
// same findings in every format, and the findings of the binary/markup formats point at native locations in every output format.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import type { FileResult, Message } from '../../src/model/result.js';
import { run } from '../cli/fake-io.js';

const ROOT = join(import.meta.dirname, '../..');
const NAME = '000_88a2649a8df46961';
const TEXT = `corpus/${NAME}.txt`;
const FORMATS = { docx: 'docx', xlsx: 'xlsx', html: 'html', md: 'markdown' } as const;
const fileOf = (extension: string): string => `corpus/formats/${NAME}.${extension}`;

/** A table or paragraph of a Word document or web page: 表3 第5行 第4列, 第12段. */
const FLOW_LOCATION = /^(?:表\d+ 第\d+行 第\d+列|第\d+段)$/;
/** A cell of a workbook: Sheet1!C7, '项目 表'!AB12. */
const CELL_LOCATION = /^(?:'(?:[^']|'')+'|[^'!\s]+)![A-Z]{1,3}[1-9]\d*$/;
const SHAPE: Record<string, RegExp> = { docx: FLOW_LOCATION, html: FLOW_LOCATION, xlsx: CELL_LOCATION };

/**
 * A finding as the user reads it, whatever the format: rule, project, indicator and message. A
 * message may cite the place of a related finding (“与项目表（第180行）…”), which each format
 * names its own way (表2 第6行 第4列, 项目绩效目标表!C7); those citations are masked.
 */
function finding(m: Message): string {
  let message = m.message;
  for (const r of m.related ?? []) if (r.location) message = message.split(r.location).join('〈位置〉');
  message = message.replace(/第\d+行/g, '〈位置〉');
  return JSON.stringify([m.ruleId, m.project ?? '', m.indicator?.level3 ?? '', message]);
}

const findings = (result: FileResult): string[] => result.messages.map(finding).sort();

let results: Map<string, FileResult>;

beforeAll(async () => {
  const linter = await createLinter({ cwd: ROOT });
  const files = [TEXT, ...Object.keys(FORMATS).map(fileOf)];
  const linted = await linter.lintFiles(files);
  results = new Map(linted.map((r) => [r.filePath, r]));
});

describe(`the sample ${NAME} in every format`, () => {
  it('is read in its own format', () => {
    expect(results.get(TEXT)!.format).toBe('text');
    for (const [extension, format] of Object.entries(FORMATS)) {
      const result = results.get(fileOf(extension))!;
      expect(result.fatal, extension).toBeUndefined();
      expect(result.format, extension).toBe(format);
    }
  });

  it.each(Object.keys(FORMATS))('gives the findings of the .txt as .%s (rule, project, indicator, message)', (extension) => {
    const text = results.get(TEXT)!;
    const other = results.get(fileOf(extension))!;
    expect(text.messages.length).toBeGreaterThan(100);
    expect(findings(other)).toEqual(findings(text));
    expect(other.score?.value).toBe(text.score?.value);
    expect(other.score?.projects.map((p) => [p.name, p.value])).toEqual(text.score?.projects.map((p) => [p.name, p.value]));
  });

  it.each(['docx', 'xlsx', 'html'])('points every finding of the .%s at a native location, related places too', (extension) => {
    const result = results.get(fileOf(extension))!;
    const shape = SHAPE[extension]!;
    for (const m of result.messages) {
      expect(m.location, `${m.ruleId}: ${m.message}`).toMatch(shape);
      for (const related of m.related ?? []) expect(related.location, `${m.ruleId} related`).toMatch(shape);
    }
    // Table cells, not just paragraphs: the 指标值 findings sit in the value column of a table row.
    const echo = result.messages.filter((m) => m.ruleId === 'value-echoes-name');
    expect(echo).toHaveLength(54);
    if (extension === 'xlsx') expect(echo.every((m) => /^项目绩效目标表!E\d+$/.test(m.location!))).toBe(true);
    else expect(echo.every((m) => /^表\d+ 第\d+行 第5列$/.test(m.location!))).toBe(true);
  });

  it('points the narrative findings at their paragraph (docx) and cell (xlsx)', () => {
    const malformed = (extension: string) => results.get(fileOf(extension))!.messages.filter((m) => m.ruleId === 'schedule-month-malformed').map((m) => m.location);
    // The .txt's lines 14–24; the Word file numbers paragraphs with text only (the .txt's line 3 is empty).
    expect(malformed('docx')).toEqual(['第13段', '第15段', '第17段', '第19段', '第21段', '第23段']);
    expect(malformed('html')).toEqual(malformed('docx'));
    expect(malformed('xlsx')).toEqual(['部门整体绩效目标!A14', '部门整体绩效目标!A16', '部门整体绩效目标!A18', '部门整体绩效目标!A20', '部门整体绩效目标!A22', '部门整体绩效目标!A24']);
  });

  it('keeps line/column for the text formats', () => {
    for (const file of [TEXT, fileOf('md')]) {
      expect(results.get(file)!.messages.every((m) => m.location === undefined && m.line >= 1)).toBe(true);
    }
  });
});

describe('locations in the outputs', () => {
  it('stylish shows the native location in place of line:column', async () => {
    const out = await run([fileOf('docx'), fileOf('xlsx'), '--no-color'], { cwd: ROOT });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^ {2}表1 第\d+行 第5列 +错误 +/m);
    expect(out.stdout).toMatch(/^ {2}第13段 +/m);
    expect(out.stdout).toMatch(/^ {2}项目绩效目标表!E\d+ +/m);
  });

  it('json carries the location beside line and column', async () => {
    const out = await run([fileOf('html'), '--format', 'json'], { cwd: ROOT });
    const [result] = JSON.parse(out.stdout) as FileResult[];
    expect(result!.format).toBe('html');
    const m = result!.messages.find((x) => x.ruleId === 'value-echoes-name')!;
    expect(m.location).toMatch(/^表\d+ 第\d+行 第5列$/);
    expect(m.line).toBeGreaterThan(1);
  });
});
