// exceljs's streaming workbook made fit for a report: zipped by fflate as rows come, deflated in node's zlib thread pool with a bound on what waits there, fixed entry dates, and the tabs in reading order.
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { concatBytes } from './bytes.js';
import { Zip, strToU8 } from 'fflate';
import { NativeDeflateEntry } from './native-deflate-entry.js';

/** The date of the document properties, fixed so that the same results give the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** …and of the zip entries, whose DOS dates fflate takes in local time: local midnight gives the same bytes in every time zone. */
const FIXED_ZIP_DATE = (): Date => new Date(2000, 0, 1);

/**
 * zlib's level for the entries. Levels 1–3 skip lazy matching, 4–9 search harder; 4 is the cheapest of those.
 * On 500 generated files' sheets (CLI results, ~50 MB of XML), alternating runs: level 6 took 1.51–1.79 s for
 * 6.10 MB, level 4 (with DEFLATE_CHUNK_BYTES) 1.21–1.55 s for 6.39 MB, level 3 1.18–1.46 s for 7.19 MB.
 */
const DEFLATE_LEVEL = 4;
/**
 * Sheet XML is deflated in pieces of at least this much. exceljs passes it on in 64 KB, and each piece starts
 * a zlib stream primed with the 32 KB before it (see NativeDeflateEntry): larger pieces prime less often.
 */
const DEFLATE_CHUNK_BYTES = 256 * 1024;

/** Largest entry a zip without ZIP64 (fflate writes none) can record. */
const ZIP32_LIMIT = 0xffff_ffff;

/** Bytes written to it and not yet taken: what the zip has produced since it was last asked. */
class PendingBytes extends Writable {
  private chunks: Uint8Array[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }

  take(): Uint8Array {
    const bytes = concatBytes(this.chunks);
    this.chunks = [];
    return bytes;
  }
}

/** What exceljs's sheet streams (its StreamBuf) pipe into: a write with a callback, and an end. */
interface PipeTarget {
  write(chunk: Uint8Array, done: () => void): void;
  end(): void;
}

/** An entry's content as exceljs appends it: text, bytes, or a sheet's stream. */
type EntrySource = string | Uint8Array | { pipe(target: PipeTarget): unknown };

/**
 * Sheet XML pieces (DEFLATE_CHUNK_BYTES each) that may wait in zlib's thread pool before add() waits for them: the
 * report's thread goes on making rows while the pool compresses (on 2,000 files, deflate had taken 1.7 s of the
 * main thread's 5.7 s for xlsx), and memory stays bounded however fast rows come.
 */
export const MAX_PENDING_PIECES = 4;

/**
 * The part of archiver's API that exceljs's WorkbookWriter uses (append, pipe, finalize, error events), done with
 * fflate's streaming zip. archiver compresses in zlib's thread pool too, but behind buffers that take whatever they
 * are given (exceljs's sheet stream ignores back-pressure, archiver pipes it into an unbounded PassThrough): since
 * exceljs cannot wait, the XML not yet compressed piled up as fast as rows came (2,000 files through the CLI:
 * 490 MB against 270 MB for csv). Here sheet XML goes to the pool as soon as DEFLATE_CHUNK_BYTES of it have come,
 * and the caller can wait (room()) while MAX_PENDING_PIECES are there; entries keep fixed dates. fflate writes the
 * zip; the deflate is node's own zlib (NativeDeflateEntry), since fflate's JavaScript deflate took a fifth of a
 * seven-report CLI run.
 */
class PooledZip extends EventEmitter {
  private output: Writable | undefined;
  private readonly zip: Zip;
  private readonly entries: NativeDeflateEntry[] = [];
  /** Callers of room() waiting for the pool to catch up. */
  private waiting: (() => void)[] = [];
  failure: { error: unknown } | undefined;

  constructor() {
    super();
    this.zip = new Zip((error, chunk, final) => {
      if (error) return this.fail(error);
      this.output!.write(chunk);
      if (final) this.output!.end();
    });
  }

  pipe<Output extends Writable>(output: Output): Output {
    this.output = output;
    return output;
  }

  append(source: EntrySource, data: { name: string }): this {
    // archiver drops a leading slash, which exceljs gives some names.
    const entry = new NativeDeflateEntry(data.name.replace(/^\/+/, ''), DEFLATE_LEVEL);
    entry.mtime = FIXED_ZIP_DATE();
    entry.onsettle = () => this.wakeIfRoom();
    this.entries.push(entry);
    this.zip.add(entry);
    if (typeof source === 'string') entry.push(strToU8(source), true);
    else if (source instanceof Uint8Array) entry.push(source, true);
    else source.pipe(this.entryStream(entry));
    return this;
  }

  /**
   * Where a sheet's stream goes: into its entry, compressed once DEFLATE_CHUNK_BYTES have come. exceljs may reuse its
   * buffer once a write is done, so each chunk is copied into one piece buffer, reused from piece to piece: the entry
   * deflates a copy of what it is pushed.
   */
  private entryStream(entry: NativeDeflateEntry): PipeTarget {
    let size = 0;
    let piece = new Uint8Array(DEFLATE_CHUNK_BYTES);
    let heldBytes = 0;
    const flush = (final: boolean) => {
      entry.push(piece.subarray(0, heldBytes), final);
      heldBytes = 0;
    };
    return {
      write: (chunk, done) => {
        size += chunk.byteLength;
        // Past 4 GiB the entry's size could not be recorded, and the file would not open: say so instead.
        if (size > ZIP32_LIMIT) this.fail(new RangeError(`xlsx: ${entry.filename} is larger than a zip without ZIP64 can hold`));
        else {
          if (heldBytes + chunk.byteLength > piece.length) {
            const grown = new Uint8Array(heldBytes + chunk.byteLength);
            grown.set(piece.subarray(0, heldBytes));
            piece = grown;
          }
          piece.set(chunk, heldBytes);
          heldBytes += chunk.byteLength;
          if (heldBytes >= DEFLATE_CHUNK_BYTES) this.guard(() => flush(false));
        }
        done();
      },
      end: () => this.guard(() => flush(true)),
    };
  }

  finalize(): void {
    this.guard(() => this.zip.end());
  }

  /** Pieces in the pool, of every entry. */
  private pending(): number {
    let count = 0;
    for (const entry of this.entries) count += entry.pending;
    return count;
  }

  /** Undefined while fewer than MAX_PENDING_PIECES wait in the pool; else resolves once that is so again (or the zip failed). */
  room(): Promise<void> | undefined {
    if (this.failure || this.pending() < MAX_PENDING_PIECES) return undefined;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wakeIfRoom(): void {
    if (this.waiting.length === 0 || (!this.failure && this.pending() >= MAX_PENDING_PIECES)) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** exceljs calls these from promises it does not await: an error is kept for the caller instead of being lost. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    if (this.listenerCount('error') > 0) this.emit('error', error);
    this.wakeIfRoom();
  }
}

/**
 * exceljs's streaming writer, zipping with PooledZip. Its constructor creates an archiver instance, pipes it to the
 * output and appends the first entries (theme, rels) at once, before any code of ours could run; so the archive is
 * swapped as the constructor assigns it (this accessor), and then steps aside for a plain property.
 */
class PooledZipWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  set zip(_archiver: unknown) {
    Object.defineProperty(this, 'zip', { value: new PooledZip(), writable: true, enumerable: true, configurable: true });
  }
}

/**
 * Lists the sheets in the given order. exceljs lists them in the order they were added, and it has no public way to
 * change that; but 问题 must be added first (its rows go into the zip as they come, and the zip writes one entry
 * after another, so a sheet added before it would hold all of 问题 back in memory), while a reader expects the
 * overview first. So exceljs's own list, which from commit() on is only read (for workbook.xml, its relationships,
 * the content types and app.xml; each sheet keeps its id and file name), is replaced, after checking that it holds
 * exactly these sheets: a change inside exceljs then fails loudly instead of losing a sheet.
 */
function orderTabs(workbook: ExcelJS.Workbook, sheets: readonly ExcelJS.Worksheet[]): void {
  const internal = workbook as unknown as { _worksheets?: unknown };
  const listed: unknown[] = Array.isArray(internal._worksheets) ? internal._worksheets.filter(Boolean) : [];
  if (listed.length !== sheets.length || !sheets.every((sheet) => listed.includes(sheet))) {
    throw new Error('exceljs no longer keeps its sheets where expected: the workbook tabs cannot be ordered');
  }
  internal._worksheets = [...sheets];
}

/** A workbook written as it grows: its zip's bytes are taken as they come, and the rest when it is finished. */
export interface StreamedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** The bytes the zip has produced since the last call: what was written, but the zip's window and the pieces still in the pool. */
  take(): Uint8Array;
  /** Undefined when more may be written at once; else a promise to await first, so that the pool catches up. */
  room(): Promise<void> | undefined;
  /** Commits the workbook with its tabs in this order (every sheet, each committed) and gives the remaining bytes, once the pool is done. */
  finish(tabs: readonly ExcelJS.Worksheet[]): Promise<Uint8Array>;
}

export function streamedWorkbook(creator: string): StreamedWorkbook {
  const pending = new PendingBytes();
  // Shared strings would keep every distinct string until the end; inline strings keep nothing.
  const workbook = new PooledZipWorkbookWriter({ stream: pending, useStyles: true, useSharedStrings: false });
  workbook.creator = creator;
  workbook.lastModifiedBy = creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const zip = (workbook as unknown as { zip: PooledZip }).zip;
  const take = (): Uint8Array => {
    if (zip.failure) throw zip.failure.error;
    return pending.take();
  };
  return {
    workbook,
    take,
    room: () => zip.room(),
    async finish(tabs) {
      orderTabs(workbook, tabs);
      // exceljs resolves this once the zip's last bytes have reached `pending`, after every piece in the pool.
      await workbook.commit();
      return take();
    },
  };
}
