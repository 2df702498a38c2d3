// Tests for reading stated department totals and reconciling them with the funds listed, and for the 95–100% share.
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/model/index.js';
import { isHighTarget, readStatedTotals, totalProblems } from '../../src/facts/definitions/money-totals.js';
import { parseValue } from '../../src/grammar/value.js';

const SPAN = { line: 1, column: 1, endLine: 1, endColumn: 2 };
function fund(kind: 'basic' | 'project', amount: number | null): Project {
  const narrative = { amount: amount === null ? null : { value: amount, raw: String(amount), span: SPAN } };
  return { kind, name: 'x', narrative, table: null, linkScore: null } as unknown as Project;
}

describe('readStatedTotals', () => {
  it('reads the total and its breakdown, in 元', () => {
    const t = readStatedTotals('2025年部门预算数为1,267.66万元，其中基本支出913.9万元、项目支出353.76万元。');
    expect(t.total?.yuan).toBeCloseTo(12676600);
    expect(t.basic?.yuan).toBeCloseTo(9139000);
    expect(t.project?.yuan).toBeCloseTo(3537600);
  });
  it('does not take a breakdown or an income figure for the total', () => {
    const t = readStatedTotals('2024年项目支出预算数为1950000元，收入预算2000000元。');
    expect(t.total).toBeNull();
    expect(t.project?.yuan).toBe(1950000);
  });
  it('finds nothing in a goal without amounts', () => {
    expect(readStatedTotals('在本年度内使用部门预算所有资金预期要达到的总体产出和效果。')).toEqual({ total: null, basic: null, project: null });
  });
});

describe('totalProblems', () => {
  const funds = [fund('basic', 100000), fund('basic', 20000), fund('project', 20000), fund('project', 32000)];
  it('accepts totals that reconcile, and a total above the funds listed', () => {
    expect(totalProblems(readStatedTotals('部门预算数为17.2万元，其中基本支出12万元、项目支出5.2万元。'), funds)).toEqual([]);
    expect(totalProblems(readStatedTotals('部门预算总额为50万元。'), funds)).toEqual([]);
  });
  it('reports a total below the funds, and a breakdown that differs', () => {
    expect(totalProblems(readStatedTotals('部门预算数为15万元。'), funds)).toHaveLength(1);
    const p = totalProblems(readStatedTotals('部门预算数为182000元，其中基本支出120000元、项目支出62000元。'), funds);
    expect(p.map((x) => x.statedLabel)).toEqual(['项目支出']);
    expect(p[0]!.computed).toBe(52000);
  });
  it('does not compare a breakdown when a fund of that kind has no amount', () => {
    expect(totalProblems(readStatedTotals('其中项目支出62000元。'), [...funds, fund('project', null)])).toEqual([]);
  });
});

describe('isHighTarget', () => {
  it.each([['≥95%', true], ['=100%', true], ['≥95安全生产', true], ['≥90%', false], ['≥95个', false], ['≤100%', false], ['≥99.5%', true]] as const)(
    '%s → %s', (raw, high) => {
      expect(isHighTarget(parseValue(raw))).toBe(high);
    },
  );
});

describe('readStatedTotals and other years', () => {
  it('skips a figure said of last year or of another year', () => {
    expect(readStatedTotals('较上年预算数1000万元增长10%。', 2025).total).toBeNull();
    expect(readStatedTotals('2024年部门预算数为1000万元，2025年部门预算数为1100万元。', 2025).total?.yuan).toBe(11000000);
    expect(readStatedTotals('2025年部门预算数为1100万元。', 2025).total?.yuan).toBe(11000000);
  });
});
