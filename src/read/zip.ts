// Lists the entries of a ZIP archive from its central directory, without inflating anything (format detection, size limits).

export interface ZipEntry {
  name: string;
  /** As the directory (or local header) declares it: a hostile archive may lie, so inflating checks the real sizes. */
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  flags: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65535 bytes. */
const END_SEARCH = 22 + 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Without the UTF-8 flag the name is in the archiver's code page: CP437 by the spec, GBK from Chinese Windows.
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Entries read from the local headers one after another (archives without a usable central directory). */
function scanLocalHeaders(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && dv.getUint32(at, true) === LOCAL_HEADER) {
    const flags = dv.getUint16(at + 6, true);
    const method = dv.getUint16(at + 8, true);
    const compressedSize = dv.getUint32(at + 18, true);
    const uncompressedSize = dv.getUint32(at + 22, true);
    const nameLength = dv.getUint16(at + 26, true);
    const extraLength = dv.getUint16(at + 28, true);
    const name = decodeName(bytes.subarray(at + 30, at + 30 + nameLength), (flags & 0x800) !== 0);
    entries.push({ name, compressedSize, uncompressedSize, method, flags, localOffset: at });
    // Sizes written after the data (flag bit 3) are unknown here: stop rather than guess.
    if ((flags & 0x8) !== 0) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return entries;
}

interface EntrySizes {
  uncompressedSize: number;
  compressedSize: number;
  localOffset: number;
}

/** Sizes and offset written as 0xFFFFFFFF stand in the ZIP64 extra field (id 1), in this order, only those that overflowed. */
function zip64Sizes(dv: DataView, extraStart: number, extraLength: number, sizes: EntrySizes): EntrySizes {
  const overflowed = (Object.keys(sizes) as Array<keyof EntrySizes>).filter((k) => sizes[k] === 0xffffffff);
  if (overflowed.length === 0) return sizes;
  const out = { ...sizes };
  const end = Math.min(dv.byteLength, extraStart + extraLength);
  for (let at = extraStart; at + 4 <= end; ) {
    const id = dv.getUint16(at, true);
    const size = dv.getUint16(at + 2, true);
    if (id === 1) {
      overflowed.forEach((key, i) => {
        if (at + 4 + i * 8 + 8 <= end) out[key] = Number(dv.getBigUint64(at + 4 + i * 8, true));
      });
      break;
    }
    at += 4 + size;
  }
  return out;
}

/**
 * The entries of a ZIP archive: from the central directory when the end record is found, else
 * from the local headers. Never throws on damaged input: it returns what it could read.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  if (!isZip(bytes)) return [];
  const dv = view(bytes);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--) {
    if (dv.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) return scanLocalHeaders(bytes);
  const count = dv.getUint16(end + 10, true);
  const offset = dv.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset >= bytes.length) return scanLocalHeaders(bytes);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count && at + 46 <= bytes.length && dv.getUint32(at, true) === CENTRAL_HEADER; n++) {
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    const sizes = zip64Sizes(dv, at + 46 + nameLength, extraLength, {
      uncompressedSize: dv.getUint32(at + 24, true),
      compressedSize: dv.getUint32(at + 20, true),
      localOffset: dv.getUint32(at + 42, true),
    });
    entries.push({ name, ...sizes, method, flags });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries.length > 0 ? entries : scanLocalHeaders(bytes);
}
