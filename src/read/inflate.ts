// Inflates chosen ZIP entries under size limits: the running total is checked while inflating, so a bomb is stopped, never expanded.
import { Inflate } from 'fflate';
import { formatBytes, ReadLimitError, type ReadLimits } from './limits.js';
import { listZipEntries, type ZipEntry } from './zip.js';

const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: DEFLATE expands at most ~1032:1, so one step adds at most ~16 MB. */
const STEP = 16 * 1024;

export class ZipDamagedError extends Error {}

/** Where the compressed data of an entry lies: after its local header, for as many bytes as the directory says (cut at the end of the file). */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_HEADER) throw new ZipDamagedError(`${entry.name} 的文件头缺失或已损坏`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipDamagedError(`${entry.name} 的数据不完整（文件被截断）`);
  return bytes.subarray(start, end);
}

/** Running totals of one package, checked after every step. */
class Budget {
  private total = 0;
  constructor(private readonly limits: Pick<ReadLimits, 'maxInflatedBytes' | 'maxEntryBytes'>) {}

  /** Refuses before inflating when the directory already declares too much. */
  declared(entry: ZipEntry): void {
    if (entry.uncompressedSize > this.limits.maxEntryBytes) this.refuse(entry.name, entry.uncompressedSize, 'entry', '声明');
  }

  add(name: string, entrySoFar: number, step: number): void {
    this.total += step;
    if (entrySoFar > this.limits.maxEntryBytes) this.refuse(name, entrySoFar, 'entry', '已解压');
    if (this.total > this.limits.maxInflatedBytes) this.refuse(name, this.total, 'total', '已解压');
  }

  private refuse(name: string, size: number, which: 'entry' | 'total', how: '声明' | '已解压'): never {
    const limit = which === 'entry' ? this.limits.maxEntryBytes : this.limits.maxInflatedBytes;
    const what = which === 'entry' ? `其中的 ${name} ` : `压缩包内容（到 ${name} 为止）`;
    throw new ReadLimitError(
      `${what}解压后超过上限 ${formatBytes(limit)}（${how} ${formatBytes(size)} 时停止），可能是“压缩炸弹”；未继续读取。确属正常文件时可用 --max-inflated-size（选项 maxInflatedBytes、maxEntryBytes）调高上限`,
    );
  }
}

/** Inflates one entry in steps, stopping as soon as a limit is passed. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: Budget): Uint8Array {
  budget.declared(entry);
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    budget.add(entry.name, data.length, data.length);
    return data;
  }
  if (entry.method !== 8) throw new ZipDamagedError(`${entry.name} 使用了不支持的压缩方式（${entry.method}）`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    budget.add(entry.name, size, chunk.length);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    throw new ZipDamagedError(`${entry.name} 的压缩数据已损坏（${(error as Error).message}）`);
  }
  if (!ended) throw new ZipDamagedError(`${entry.name} 的压缩数据不完整`);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Inflates the entries `wanted` accepts (the first of duplicate names), as the central directory
 * lists them — the same reading exceljs and Word use, so overlapping entries count every time
 * they are read. Declared sizes are only trusted to refuse early; the real output is counted.
 * Throws ReadLimitError past a limit, ZipDamagedError on a damaged archive.
 */
export function inflateEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: Pick<ReadLimits, 'maxInflatedBytes' | 'maxEntryBytes'>,
): Map<string, Uint8Array> {
  const budget = new Budget(limits);
  const files = new Map<string, Uint8Array>();
  for (const entry of listZipEntries(bytes)) {
    if (entry.name.endsWith('/') || files.has(entry.name) || !wanted(entry.name)) continue;
    files.set(entry.name, inflateEntry(bytes, entry, budget));
  }
  return files;
}
