// A lint worker's answers held and sent in groups: one message per few files instead of one per file.
import type { PackedReply } from './protocol.js';
import type { ResultPacker } from './result-codec.js';
import type { FileResult } from '../model/result.js';
import type { PackedHit } from '../api/linter.js';

/**
 * Answers sent together. Each message from a worker wakes the pool's thread, and on two busy cores that
 * wake-up takes a core from a worker: posting an empty message per document cost each bench worker
 * ~0.33 ms of its ~2.1 ms per document. With answers (and files handed) four at a time, 2,000 files on
 * two workers took 4.91 s instead of 5.68 s (three alternating runs each); groups of 8 or 16 did no better
 * than 4 in the bench.
 */
export const REPLY_GROUP_FILES = 4;
/** An answer waits at most about this long for the rest of its group (checked as each file finishes). */
export const REPLY_GROUP_WAIT_MS = 50;

export type PostReplies = (replies: PackedReply[], transfer: ArrayBuffer[]) => void;

export class ReplyGroup {
  private replies: PackedReply[] = [];
  private transfer: ArrayBuffer[] = [];
  private since = 0;

  constructor(
    private readonly packer: ResultPacker,
    private readonly post: PostReplies,
  ) {}

  /**
   * Packs a file's result and holds it; `more` says whether the worker has another file to lint at once.
   * The group goes when it is full, has waited long enough, or nothing is left to lint (a worker never sits
   * idle on answers). A result that cannot be packed (never made by the linter) goes alone at once, so that
   * a failure to send it is blamed on its own file. A cache hit left packed (PackedHit) is sent as it is.
   */
  add(index: number, result: FileResult | PackedHit, more: boolean): void {
    if ('packed' in result) {
      // A cache hit goes as its entry holds it: unpacking it here to pack it again would cost more than reading it did.
      this.hold({ index, packed: result.packed, cachedAs: result.filePath }, [result.packed.codes.buffer as ArrayBuffer], more);
      return;
    }
    const { packed, whole, transfer } = this.packer.packForPost(result);
    if (whole !== undefined) {
      this.flush();
      this.post([{ index, packed, result: whole }], transfer);
      return;
    }
    this.hold({ index, packed }, transfer, more);
  }

  private hold(reply: PackedReply, transfer: ArrayBuffer[], more: boolean): void {
    if (this.replies.length === 0) this.since = performance.now();
    this.replies.push(reply);
    for (const buffer of transfer) this.transfer.push(buffer);
    if (!more || this.replies.length >= REPLY_GROUP_FILES || performance.now() - this.since >= REPLY_GROUP_WAIT_MS) this.flush();
  }

  /** Sends what is held. */
  flush(): void {
    if (this.replies.length === 0) return;
    const replies = this.replies;
    const transfer = this.transfer;
    this.replies = [];
    this.transfer = [];
    this.post(replies, transfer);
  }
}
