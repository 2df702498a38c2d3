// The result codec gives back exactly what it packed (values, key order, shapes numbered once per worker) or leaves the value to structured clone.
import { execFileSync } from 'node:child_process';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import { hasPackedArray, ResultPacker, ResultUnpacker, SelfContainedUnpacker, type PackedResult } from '../../src/worker/result-codec.js';
import { generateDocument } from '../bench/generate.mjs';
import { compileWorker } from '../batch/compiled-worker.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every object's keys in order, depth first: equal values with keys in another order differ here. */
function keyOrder(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    out.push(`[${value.length}`);
    for (const item of value) keyOrder(item, out);
  } else if (value !== null && typeof value === 'object') {
    out.push(`{${Object.keys(value).join(',')}`);
    for (const item of Object.values(value)) keyOrder(item, out);
  }
  return out;
}

/** Packs and unpacks through a real MessagePort, the stream transferred as the worker sends it. */
function roundTrip<T>(packer: ResultPacker, unpacker: ResultUnpacker, value: T): { back: T; packed: PackedResult } {
  const { packed, whole, transfer } = packer.packForPost(value);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ packed, result: whole }, transfer);
  const received = receiveMessageOnPort(port2)!.message as { packed: PackedResult; result?: T };
  port1.close();
  return { back: unpacker.unpack(received.packed, received.result), packed };
}

describe('ResultPacker / ResultUnpacker', () => {
  it('gives back lint results of the corpus and of generated documents exactly, keys in the same order', async () => {
    const linter = await createLinter({ cwd: ROOT });
    const texts = [readFileSync(join(ROOT, 'corpus/000_88a2649a8df46961.txt'), 'utf8'), ...Array.from({ length: 30 }, (_, i) => generateDocument(5, i))];
    const packer = new ResultPacker();
    const unpacker = new ResultUnpacker();
    let shapesSent = 0;
    for (const text of texts) {
      const result = await linter.lintText(text);
      const { back, packed } = roundTrip(packer, unpacker, result);
      expect(packed.codes).toBeDefined();
      expect(back).toStrictEqual(result);
      expect(keyOrder(back)).toEqual(keyOrder(result));
      expect(JSON.stringify(back)).toBe(JSON.stringify(result));
      shapesSent += packed.shapes.length;
    }
    // Object shapes go once per worker: a few dozen, not one per object of 31 results.
    expect(shapesSent).toBeGreaterThan(5);
    expect(shapesSent).toBeLessThan(60);
  });

  it('keeps numbers, strings, undefined, null, nesting and unusual keys as they were', () => {
    const value = {
      zero: -0, nan: Number.NaN, inf: -Infinity, big: 2 ** 53 + 2, small: 1e-300,
      text: '“全乡”\u0000\ud800', empty: '', missing: undefined, none: null, yes: true, no: false,
      list: [1, 'a', undefined, null, [], {}, [[2]], { b: 1, a: 2 }],
      '10': 'integer-like keys come first', '2': 'in ascending order',
      ...JSON.parse('{"__proto__": {"own": "property, not prototype"}}'),
    };
    const { back, packed } = roundTrip(new ResultPacker(), new ResultUnpacker(), value);
    expect(packed.codes).toBeDefined();
    expect(back).toStrictEqual(value);
    expect(keyOrder(back)).toEqual(keyOrder(value));
    expect(Object.is(back.zero, -0)).toBe(true);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toContain('__proto__');
    expect(Object.prototype.hasOwnProperty.call(back, 'missing')).toBe(true);
  });

  it('tells apart neighbours whose keys differ in order, number or name, and null-prototype objects', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: 2 });
    const value = [{ a: 1, b: 2 }, { b: 3, a: 4 }, { a: 5, b: 6, c: 7 }, { a: 8 }, { a: 9, c: 10 }, {}, bare, { a: 11, b: 12 }];
    const { back } = roundTrip(new ResultPacker(), new ResultUnpacker(), value);
    expect(keyOrder(back)).toEqual(keyOrder(value));
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
  });

  it('sends each string once per result and each shape once per packer', () => {
    const packer = new ResultPacker();
    const unpacker = new ResultUnpacker();
    const first = roundTrip(packer, unpacker, [{ ruleId: 'basis-missing', n: 1 }, { ruleId: 'basis-missing', n: 2 }]);
    expect(first.packed.strings).toEqual(['basis-missing']);
    expect(first.packed.shapes).toEqual([['ruleId', 'n']]);
    const second = roundTrip(packer, unpacker, [{ ruleId: 'level-mismatch', n: 3 }]);
    expect(second.packed.shapes).toEqual([]);
    expect(second.back).toStrictEqual([{ ruleId: 'level-mismatch', n: 3 }]);
  });

  it('leaves a value with anything structured clone alone can carry to structured clone, and stays in step afterwards', () => {
    class Finding {
      constructor(readonly line: number) {}
    }
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const packer = new ResultPacker();
    const unpacker = new ResultUnpacker();
    for (const odd of [new Map([[1, 2]]), new Date(0), new Finding(3), 10n, cyclic, [1, new Set([2])]]) {
      // A shape met before the odd part is numbered and sent all the same, so later results still unpack.
      const value = { before: { x: 1 }, odd };
      const { back, packed } = roundTrip(packer, unpacker, value);
      expect(packed.codes).toBeUndefined();
      expect(packed.strings).toEqual([]);
      expect(back.before).toStrictEqual({ x: 1 });
      const after = roundTrip(packer, unpacker, { before: { x: 2 }, odd: 'plain' });
      expect(after.packed.codes).toBeDefined();
      expect(after.back).toStrictEqual({ before: { x: 2 }, odd: 'plain' });
    }
  });

  it('works where node forbids code generation from strings, reading and building objects key by key', () => {
    // The current sources, compiled (dist/ may be stale outside npm test), run in a node that forbids new Function.
    const codec = pathToFileURL(join(dirname(compileWorker('result-codec')), 'result-codec.js')).href;
    const script = `
      import { isDeepStrictEqual } from 'node:util';
      const { ResultPacker, ResultUnpacker } = await import(${JSON.stringify(codec)});
      let forbidden = false;
      try { new Function('return 1'); } catch { forbidden = true; }
      const value = { a: 1, list: [{ b: 'x', c: undefined }, { b: '全乡', c: null }], ...JSON.parse('{"__proto__": [2]}') };
      const packer = new ResultPacker();
      const unpacker = new ResultUnpacker();
      const ok = [value, value].every((v) => {
        const back = unpacker.unpack(packer.pack(v));
        return isDeepStrictEqual(back, v) && JSON.stringify(Object.keys(back)) === JSON.stringify(Object.keys(v));
      });
      console.log(JSON.stringify({ forbidden, ok }));`;
    const out = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ forbidden: true, ok: true });
  }, 60_000);

  it('says what is wrong when a stream is damaged', () => {
    const packed = new ResultPacker().pack({ a: 1 });
    packed.codes![0] = 99;
    expect(() => new ResultUnpacker().unpack(packed)).toThrow(/检查结果的编码损坏.*99/);
  });
});

describe('a self-contained ResultPacker / SelfContainedUnpacker', () => {
  it('packs each result with the shapes it uses, so each unpacks alone, in any order, with any unpacker', async () => {
    const linter = await createLinter({ cwd: ROOT });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => linter.lintText(generateDocument(9, i))));
    const packer = new ResultPacker({ selfContained: true });
    const packed = results.map((result) => packer.pack(result));
    // Every result lists its shapes, numbered from 0, the later ones too (a worker's packer lists each shape once).
    for (const p of packed) expect(p.shapes.length).toBeGreaterThan(5);
    const shared = new SelfContainedUnpacker();
    for (const i of [5, 2, 0, 4, 1, 3]) {
      const { codes, strings, shapes } = packed[i]!;
      expect(shared.unpack(codes!, strings, shapes)).toStrictEqual(results[i]);
      const back = new SelfContainedUnpacker().unpack(codes!, strings, shapes);
      expect(back).toStrictEqual(results[i]);
      expect(keyOrder(back)).toEqual(keyOrder(results[i]));
    }
  });

  it('numbers shapes per result: the same objects packed twice give the same stream', () => {
    const value = { a: [{ x: 1, y: 2 }, { y: 3, x: 4 }], b: { x: 5, y: 6 }, c: undefined };
    const packer = new ResultPacker({ selfContained: true });
    const first = packer.pack(value);
    const second = packer.pack(value);
    expect(second.shapes).toEqual(first.shapes);
    expect([...second.codes!]).toEqual([...first.codes!]);
    expect(new SelfContainedUnpacker().unpack(second.codes!, second.strings, second.shapes)).toStrictEqual(value);
    // A worker's packer sends each shape once: its second result lists none.
    const worker = new ResultPacker();
    worker.pack(value);
    expect(worker.pack(value).shapes).toEqual([]);
  });

  it('throws on a stream that names a shape the result does not list', () => {
    const { codes, strings, shapes } = new ResultPacker({ selfContained: true }).pack({ a: { b: 1 } });
    expect(() => new SelfContainedUnpacker().unpack(codes!, strings, shapes.slice(0, 1))).toThrow(/形状 1 不存在/);
  });
});

describe('hasPackedArray', () => {
  it('finds an array property past values of every kind, without unpacking', () => {
    const packer = new ResultPacker({ selfContained: true });
    const before = { u: undefined, n: null, t: true, f: false, x: 1.5, s: '串', list: [1, [2, { a: 3 }]], o: { p: { q: [] } } };
    expect(hasPackedArray(packer.pack({ ...before, messages: [] }), 'messages')).toBe(true);
    expect(hasPackedArray(packer.pack({ ...before, messages: [{ line: 1 }] }), 'messages')).toBe(true);
    expect(hasPackedArray(packer.pack({ ...before, messages: 'none' }), 'messages')).toBe(false);
    expect(hasPackedArray(packer.pack({ ...before, messages: { length: 0 } }), 'messages')).toBe(false);
    expect(hasPackedArray(packer.pack(before), 'messages')).toBe(false);
    expect(hasPackedArray(packer.pack([[]]), 'messages')).toBe(false);
    expect(hasPackedArray(packer.pack('messages'), 'messages')).toBe(false);
  });

  it('is false for a stream cut short or naming a shape it does not list', () => {
    const packed = new ResultPacker({ selfContained: true }).pack({ o: { a: 1 }, messages: [] });
    expect(hasPackedArray({ ...packed, codes: packed.codes!.subarray(0, 4) }, 'messages')).toBe(false);
    expect(hasPackedArray({ ...packed, shapes: packed.shapes.slice(0, 1) }, 'messages')).toBe(false);
  });
});

