// Random bytes and random text through the readers and the whole pipeline: every input ends in a result or a clear Chinese error.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import { readDocument } from '../../src/read/read-document.js';
import { expectOutcome, expectRead, SEED } from './helpers.js';

const RUNS = 200;
const NAMES = ['a.txt', 'a.docx', 'a.xlsx', 'a.html', 'a.csv', 'a.md', 'noext', undefined];

let linter: Linter;
beforeAll(async () => {
  linter = await createLinter({ config: { extends: 'jixiao:recommended' } });
});

/** Bytes that look like something: random, random with a ZIP/PDF/HTML/BOM head, or random text encoded. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.tuple(fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x25, 0x50, 0x44, 0x46, 0x2d], [...new TextEncoder().encode('<html><table><tr><td>')]), fc.uint8Array({ maxLength: 2048 }))
    .map(([head, tail]) => Uint8Array.from([...head, ...tail])),
  fc.string({ unit: 'grapheme', maxLength: 1000 }).map((s) => new TextEncoder().encode(s)),
);

describe(`random input (seed ${SEED})`, () => {
  it(`readDocument returns text, blocks or a Chinese reason for ${RUNS} random inputs`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(bytesArb, fc.constantFrom(...NAMES), async (bytes, name) => {
        tried++;
        expectRead(await readDocument(bytes, name));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(tried).toBe(RUNS);
  });

  it(`lintBuffer ends in a result or a fatal Chinese message for ${RUNS} random inputs`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(bytesArb, fc.constantFrom(...NAMES), async (bytes, name) => {
        tried++;
        expectOutcome(await linter.lintBuffer(bytes, name === undefined ? {} : { filePath: name }));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(tried).toBe(RUNS);
  });

  it(`parseBuffer resolves or rejects with a Chinese Error for ${RUNS} random inputs`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(bytesArb, async (bytes) => {
        tried++;
        await linter.parseBuffer(bytes, 'x.bin').then(
          (document) => expect(Array.isArray(document.projects)).toBe(true),
          (error: Error) => expect(error.message).toMatch(/^[\u4e00-\u9fff“]/u),
        );
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(tried).toBe(RUNS);
  });

  it(`lintText ends in a result for ${RUNS} random texts (any code point, lone surrogates, NUL, CR)`, async () => {
    let tried = 0;
    const pieces = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('\r', '\r\n', '\n', '\0', '\t', '|', ',', '"', '一、', '二级指标', '指标值', '≥95%', '产出指标', '\ud800', '\ufeff'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), async (parts) => {
        tried++;
        expectOutcome(await linter.lintText(parts.join(''), { filePath: 'x.txt' }));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(tried).toBe(RUNS);
  });
});
