// A worker's answers go in groups: full groups, at once when nothing follows or the group has waited, and an unpackable result alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import type { PackedReply } from '../../src/worker/protocol.js';
import { REPLY_GROUP_FILES, REPLY_GROUP_WAIT_MS, ReplyGroup } from '../../src/worker/reply-group.js';
import { ResultPacker, ResultUnpacker } from '../../src/worker/result-codec.js';

const result = (name: string): FileResult =>
  ({ filePath: name, format: 'text', errorCount: 0, warningCount: 0, infoCount: 0, messages: [] }) as unknown as FileResult;

/** A group whose messages are recorded: each as the indices it carried and the buffers it transferred. */
function recorded() {
  const sent: { replies: PackedReply[]; transfer: ArrayBuffer[] }[] = [];
  const group = new ReplyGroup(new ResultPacker(), (replies, transfer) => sent.push({ replies, transfer }));
  return { group, sent, indices: () => sent.map((m) => m.replies.map((r) => r.index)) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ReplyGroup', () => {
  it('holds answers until a group is full, then sends them in one message, in order, streams transferred', () => {
    const { group, sent, indices } = recorded();
    const names = Array.from({ length: REPLY_GROUP_FILES }, (_, i) => `f${i}`);
    for (let i = 0; i < REPLY_GROUP_FILES - 1; i++) group.add(i, result(names[i]!), true);
    expect(sent).toHaveLength(0);
    group.add(REPLY_GROUP_FILES - 1, result(names.at(-1)!), true);
    expect(indices()).toEqual([Array.from({ length: REPLY_GROUP_FILES }, (_, i) => i)]);
    expect(sent[0]!.transfer).toHaveLength(REPLY_GROUP_FILES);
    // The pool's unpacker for this worker gives every result back, in order.
    const unpacker = new ResultUnpacker();
    expect(sent[0]!.replies.map((r) => unpacker.unpack<FileResult>(r.packed).filePath)).toEqual(names);
  });

  it('sends at once when no other file follows, so a worker never sits idle on answers', () => {
    const { group, indices } = recorded();
    group.add(7, result('a'), true);
    group.add(8, result('b'), false);
    expect(indices()).toEqual([[7, 8]]);
    group.flush();
    expect(indices()).toEqual([[7, 8]]);
  });

  it('sends a group that has waited REPLY_GROUP_WAIT_MS, however small', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { group, indices } = recorded();
    group.add(0, result('a'), true);
    now += REPLY_GROUP_WAIT_MS - 1;
    group.add(1, result('b'), true);
    expect(indices()).toEqual([]);
    now += 1;
    group.add(2, result('c'), true);
    expect(indices()).toEqual([[0, 1, 2]]);
  });

  it('sends a result that cannot be packed alone and whole, after the answers held before it', () => {
    const { group, sent, indices } = recorded();
    group.add(0, result('a'), true);
    const odd = { ...result('odd'), extra: new Map([[1, 2]]) } as unknown as FileResult;
    group.add(1, odd, true);
    expect(indices()).toEqual([[0], [1]]);
    expect(sent[1]!.replies[0]!.result).toBe(odd);
    expect(sent[1]!.replies[0]!.packed.codes).toBeUndefined();
  });
});
