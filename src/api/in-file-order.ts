// Puts results that finish in any order back into file order, holding only those that finished before their turn.
import type { FileResult } from '../model/result.js';

export async function* inFileOrder(items: AsyncIterable<{ index: number; result: FileResult }>): AsyncGenerator<FileResult> {
  const early = new Map<number, FileResult>();
  let next = 0;
  for await (const { index, result } of items) {
    early.set(index, result);
    for (let ready = early.get(next); ready !== undefined; ready = early.get(next)) {
      early.delete(next);
      next += 1;
      yield ready;
    }
  }
  // Every index comes exactly once (the pool's promise); one missing would leave results here, never yielded.
  if (early.size > 0) throw new Error(`文件 #${next + 1} 的结果没有返回，其后的 ${early.size} 个结果无法按顺序输出`);
}
