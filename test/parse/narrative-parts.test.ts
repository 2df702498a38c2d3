// Narrative paragraphs: overall goal, fund names, amounts, schedules (十底), purposes and structure claims.
import { describe, expect, it } from 'vitest';
import type { NarrativePart } from '../../src/model/document.js';
import { columnOf, line, projectByNarrativeName, sampleDoc } from './sample.js';

const part = (name: string): NarrativePart => projectByNarrativeName(sampleDoc, name).narrative!;
const span = (l: number, column: number, length: number) => ({ line: l, column, endLine: l, endColumn: column + length });

describe('document fields from the narrative', () => {
  it('reads the overall goal paragraph after 一、总体绩效目标', () => {
    expect(sampleDoc.overallGoal?.text).toBe(line(5));
    expect(sampleDoc.overallGoal?.span).toEqual(span(5, 1, line(5).length));
  });

  it('reads the year from the overall goal', () => {
    expect(sampleDoc.year).toEqual({ value: 2025, raw: '2025', span: span(5, 12, 4) });
  });

  it('takes the title from the first heading line', () => {
    expect(sampleDoc.title).toEqual({ text: '部门整体绩效目标', span: span(2, 1, 8) });
  });

  it('counts lines of the text view', () => {
    expect(sampleDoc.lineCount).toBe(708);
  });
});

describe('fund names and headings', () => {
  it('lists basic funds first, then numbered projects, in narrative order', () => {
    expect(sampleDoc.projects.filter((p) => p.narrative).map((p) => [p.kind, p.narrative!.name.text])).toEqual([
      ['basic', '人员经费'],
      ['basic', '日常公用经费'],
      ['project', '信访维稳（保险）'],
      ['project', '安保环保、安全生产、食药监管'],
      ['project', '乡镇人大工作站经费'],
      ['project', '人武、党团妇建设、纪检、宣传经费'],
      ['project', '预算残疾人保障金'],
      ['project', '河渠清理及河长制项目'],
    ]);
  });

  it('uses the heading line for basic funds and the numbered opening for projects', () => {
    expect(part('人员经费').heading).toEqual({ text: '人员类经费绩效目标', span: span(7, 1, 9) });
    expect(part('人员经费').name.span).toEqual(span(8, 1, 4));
    expect(part('信访维稳（保险）').heading).toEqual({ text: '1.信访维稳（保险）', span: span(14, 1, 10) });
    expect(part('信访维稳（保险）').name.span).toEqual(span(14, 3, 8));
  });

  it('spans each part from its heading to the end of its list line', () => {
    expect(part('人员经费').span).toMatchObject({ line: 7, column: 1, endLine: 9 });
    const last = line(23).trimEnd();
    expect(part('预算残疾人保障金').span).toEqual({ line: 22, column: 1, endLine: 23, endColumn: last.length + 1 });
  });
});

describe('amounts', () => {
  it('reads 年初安排 / 年初预算安排 amounts in 元 with the span of number and unit', () => {
    expect(part('人员经费').amount).toEqual({ value: 12477818.06, raw: '12477818.06元', span: span(8, columnOf(8, '1247'), 12) });
    expect(part('日常公用经费').amount?.value).toBe(690028);
    const projects = sampleDoc.projects.filter((p) => p.kind === 'project' && p.narrative);
    expect(projects.map((p) => p.narrative!.amount?.value)).toEqual([30000, 20000, 20000, 30000, 102000, 20000]);
    expect(part('预算残疾人保障金').amount).toEqual({ value: 102000, raw: '102000元', span: span(22, columnOf(22, '102000元'), 7) });
  });
});

describe('schedules', () => {
  it('reads 十底 as month 10, malformed, at its exact column on line 14', () => {
    const checkpoints = part('信访维稳（保险）').schedule!.checkpoints;
    expect(checkpoints.map((c) => [c.label.text, c.month, c.malformed])).toEqual([
      ['三月底', 3, false],
      ['六月底', 6, false],
      ['十底', 10, true],
      ['十二月底', 12, false],
    ]);
    expect(checkpoints[2]!.label.span).toEqual(span(14, 37, 2));
    expect(line(14).slice(36, 38)).toBe('十底');
  });

  it('reads the percentages with the span of e.g. 80% (line 22)', () => {
    const checkpoints = part('预算残疾人保障金').schedule!.checkpoints;
    expect(checkpoints.map((c) => c.percent?.value)).toEqual([25, 50, 80, 100]);
    const col = columnOf(22, '80%');
    expect(checkpoints[2]!.percent).toEqual({ value: 80, raw: '80%', span: span(22, col, 3) });
  });

  it('reads the basic funds schedule with 九月底 75%', () => {
    const checkpoints = part('人员经费').schedule!.checkpoints;
    expect(checkpoints.map((c) => [c.month, c.percent?.value])).toEqual([[3, 25], [6, 50], [9, 75], [12, 100]]);
    expect(part('人员经费').schedule!.span.column).toBe(columnOf(8, '资金支出进度'));
  });
});

describe('purposes', () => {
  it('takes the 此项主要保障 clause for basic funds', () => {
    expect(part('日常公用经费').purpose).toEqual({ text: '此项主要保障单位正常运转', span: span(11, columnOf(11, '此项'), 12) });
    expect(part('人员经费').purpose?.text).toBe('此项主要保障单位在职及退休人员工资正常发放，保险正常缴纳，退休待遇正常享受和遗属补助正常发放');
  });

  it('takes 项目主要目标为… for projects, null when absent', () => {
    expect(part('乡镇人大工作站经费').purpose?.text).toBe('项目主要目标为人大会议和人大活动');
    expect(part('人武、党团妇建设、纪检、宣传经费').purpose?.text).toBe('项目主要目标为人武、党团、纪检、宣传活动');
    expect(part('信访维稳（保险）').purpose).toBeNull();
  });
});

describe('structure claims', () => {
  it('reads 其中又各分三个二级指标 as three for every listed 一级', () => {
    const claim = part('人员经费').structureClaim!;
    expect(claim.level1Names).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(claim.level1Count).toBe(3);
    expect(claim.level2Counts).toEqual({ 产出指标: 3, 效益指标: 3, 满意度指标: 3 });
    expect(claim.text.text).toBe('本项目共分为产出指标、效益指标、满意度指标三个一级指标，其中又各分三个二级指标及三级指标');
    expect(claim.text.span.column).toBe(columnOf(8, '本项目共分为'));
  });

  it('reads per-name counts (四个 for 产出/效益, 一个 for 满意度)', () => {
    const claim = part('预算残疾人保障金').structureClaim!;
    expect(claim.level2Counts).toEqual({ 产出指标: 4, 效益指标: 4, 满意度指标: 1 });
  });
});
