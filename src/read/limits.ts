// Size limits on what a file may be and what its ZIP may inflate to, their defaults, and the messages that name them.

/** Byte limits applied while reading; every field has a default (DEFAULT_READ_LIMITS). */
export interface ReadLimits {
  /** Largest file (or buffer, or text as UTF-8) read at all. */
  maxFileBytes: number;
  /** Largest total a .docx/.xlsx may inflate to (the parts that are read). */
  maxInflatedBytes: number;
  /** Largest single part of a .docx/.xlsx once inflated. */
  maxEntryBytes: number;
}

const MB = 1024 * 1024;

/**
 * Published target tables are kilobytes to a few megabytes (a whole bureau's workbook stays under
 * 20 MB); 100 MB leaves five times that room while keeping a text file's decoded string and its
 * parse well inside Node's default heap. Inflated XML is 10–20 times its ZIP, and exceljs holds a
 * workbook's whole model, so a package may inflate to 500 MB in all and 200 MB in one part.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 100 * MB,
  maxInflatedBytes: 500 * MB,
  maxEntryBytes: 200 * MB,
});

/** The defaults with the given limits on top (undefined keeps the default). Throws RangeError on a limit that is not a positive number. */
export function readLimits(given: { [K in keyof ReadLimits]?: number | undefined } = {}): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(limits) as Array<keyof ReadLimits>) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`选项 ${key} 应为正数（字节数），收到 ${String(value)}`);
    limits[key] = value;
  }
  return limits;
}

/** A size as people write it: 200 MB, 1.5 GB, 512 KB, 12 字节. */
export function formatBytes(bytes: number): string {
  const units: Array<[string, number]> = [['GB', 1024 ** 3], ['MB', MB], ['KB', 1024]];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} 字节`;
}

/** Reads "100MB", "1.5 GB", "512k", "1048576" (bytes); null when it is not a size. */
export function parseByteSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? MB : unit === 'k' ? 1024 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** A read stopped by a limit: not a damaged file, so the message says which limit and how to raise it. */
export class ReadLimitError extends Error {}

/** Why a file was not read: its name, its size and the limit. */
export function fileTooLargeMessage(shown: string, size: number, limit: number): string {
  return `文件“${shown}”大小为 ${formatBytes(size)}（${size} 字节），超过上限 ${formatBytes(limit)}，未读取；请拆分文件，或用 --max-file-size（选项 maxFileBytes）调高上限`;
}
