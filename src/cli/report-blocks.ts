// A report's kept texts (text-store.ts) out of memory while the batch runs: full blocks go to a temporary file and are read back, and then held, at the end.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { BlockKeeper } from '../report/text-store.js';

/**
 * The blocks of one store in one file, opened when the first block fills (a run of a few files writes nothing). A
 * bureau's batch keeps ~3.4 KB a file in seven reports' stores (html and summary records, xlsx's 文档 and 项目 rows):
 * ~70 MB at 20,000 files, all in memory while the workers, ~120 MB more, were still linting. At the end the workers
 * have gone, and a block read back is held for the rest of the end: a ranking reads its records in rank order, from
 * every block in turn.
 */
export class FileBlocks implements BlockKeeper {
  private fd: number | undefined;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly readBack: (Uint8Array | undefined)[] = [];
  private size = 0;

  /** `newFile` names the file when the first block comes; `failed` turns a disk error into the error to report. */
  constructor(
    private readonly newFile: () => string,
    private readonly failed: (error: unknown) => Error,
  ) {}

  keep(block: Uint8Array): void {
    try {
      this.fd ??= openSync(this.newFile(), 'w+', 0o600);
      for (let done = 0; done < block.length; ) done += writeSync(this.fd, block, done, block.length - done, this.size + done);
    } catch (error) {
      throw this.failed(error);
    }
    this.starts.push(this.size);
    this.lengths.push(block.length);
    this.size += block.length;
  }

  block(n: number): Uint8Array {
    let block = this.readBack[n];
    if (block !== undefined) return block;
    const length = this.lengths[n];
    if (length === undefined || this.fd === undefined) throw new RangeError(`no block numbered ${n}`);
    block = new Uint8Array(length);
    try {
      for (let done = 0; done < length; ) {
        const read = readSync(this.fd, block, done, length - done, this.starts[n]! + done);
        if (read === 0) throw new Error(`临时文件比写入的短（第 ${n} 块）`);
        done += read;
      }
    } catch (error) {
      throw this.failed(error);
    }
    this.readBack[n] = block;
    return block;
  }

  /** Closes the file (the scratch folder deletes it). */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
