// Column alignment by display width: the lazy form (rows made on demand, lines pulled one by one) gives alignRows's lines.
import { describe, expect, it } from 'vitest';
import { alignRows, alignRowsLazily, type AlignOptions } from '../../src/report/table.js';

const rows = [
  ['名次', '得分', '等级', '文档', '最大的三项扣分'],
  ['1', '92.5', '优', 'a.txt', 'vague-target −3'],
  ['2', '60', '差', '各单位/乙单位.xlsx', ''],
  ['3', '—', '—', 'missing.txt', '', ''],
  ['10', '\u001b[31m7\u001b[39m', '中', 'b', 'x'],
];

describe('alignRowsLazily', () => {
  it.each<AlignOptions>([{}, { indent: '  ' }, { gap: ' | ', maxWidths: [undefined, 2, undefined, 6] }])('gives the lines alignRows gives (%o)', (options) => {
    expect([...alignRowsLazily(rows.length, (i) => rows[i]!, options)]).toEqual(alignRows(rows, options));
    expect([...alignRowsLazily(0, (i) => rows[i]!, options)]).toEqual([]);
  });

  it('makes each row twice, to measure it and to write it, and each line only when pulled', () => {
    const made: number[] = [];
    const lines = alignRowsLazily(rows.length, (i) => (made.push(i), rows[i]!));
    expect(made).toEqual([]);
    expect(lines.next().value).toBe(alignRows(rows)[0]);
    expect(made).toEqual([0, 1, 2, 3, 4, 0]);
    expect([...lines]).toHaveLength(rows.length - 1);
    expect(made).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
  });
});
