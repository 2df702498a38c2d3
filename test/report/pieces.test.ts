// A writer's end in pieces: a chunk is one piece (though strings and bytes are iterable), an iterable is pulled piece by piece, and long texts are cut by count.
import { describe, expect, it } from 'vitest';
import { chunksOf, inPieces } from '../../src/report/pieces.js';

describe('chunksOf', () => {
  it('gives a string or bytes as one chunk, not character by character or byte by byte', () => {
    expect([...chunksOf('数据')]).toEqual(['数据']);
    expect([...chunksOf('')]).toEqual(['']);
    const bytes = Uint8Array.of(1, 2, 3);
    expect([...chunksOf(bytes)]).toEqual([bytes]);
    expect([...chunksOf(Buffer.from('ab'))]).toEqual([Buffer.from('ab')]);
  });

  it('pulls an iterable of chunks one at a time', () => {
    const pulled: string[] = [];
    function* parts(): Generator<string> {
      for (const part of ['a', 'b']) {
        pulled.push(part);
        yield part;
      }
    }
    const chunks = chunksOf(parts());
    expect(chunks.next().value).toBe('a');
    expect(pulled).toEqual(['a']);
    expect([...chunks]).toEqual(['b']);
  });
});

describe('inPieces', () => {
  it('joins every `size` parts into one piece, the last piece holding what is left', () => {
    expect([...inPieces(['a', 'b', 'c', 'd', 'e'], 2)]).toEqual(['ab', 'cd', 'e']);
    expect([...inPieces(['a', 'b', 'c', 'd'], 2)]).toEqual(['ab', 'cd']);
    expect([...inPieces([], 2)]).toEqual([]);
    expect([...inPieces(['a', 'b'])]).toEqual(['ab']);
  });
});
