// inFileOrder: results that finish in any order come out in file order, holding only those that finished early.
import { describe, expect, it } from 'vitest';
import { inFileOrder } from '../../src/api/in-file-order.js';
import type { FileResult } from '../../src/model/result.js';

function result(index: number): FileResult {
  return { filePath: `f${index}.txt`, format: 'text', errorCount: 0, warningCount: 0, infoCount: 0, messages: [] };
}

async function* finishing(order: number[], held: number[]): AsyncGenerator<{ index: number; result: FileResult }> {
  for (const index of order) {
    yield { index, result: result(index) };
    held.push(index);
  }
}

describe('inFileOrder', () => {
  it('yields each result once its predecessors are out, whatever order they finish in', async () => {
    const out: string[] = [];
    for await (const r of inFileOrder(finishing([2, 0, 1, 5, 3, 4, 6], []))) out.push(r.filePath);
    expect(out).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f6.txt']);
  });

  it('yields a result as soon as it is next, before later ones have finished', async () => {
    const finished: number[] = [];
    const seen: [string, number[]][] = [];
    for await (const r of inFileOrder(finishing([1, 0, 2], finished))) seen.push([r.filePath, [...finished]]);
    // f0 and f1 come out when f0 arrives, before f2 has even been produced.
    expect(seen).toEqual([['f0.txt', [1]], ['f1.txt', [1]], ['f2.txt', [1, 0]]]);
  });

  it('refuses to end quietly when a file never returned a result', async () => {
    const drain = async () => {
      for await (const _ of inFileOrder(finishing([0, 2, 3], []))) void _;
    };
    await expect(drain()).rejects.toThrow('文件 #2 的结果没有返回，其后的 2 个结果无法按顺序输出');
  });
});
