// Damaged and hostile ZIPs posing as .docx/.xlsx: truncated, flipped, bombs, lying directories — refused with a reason, never inflated whole.
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import { readDocument } from '../../src/read/read-document.js';
import { CONTENT_TYPES, CORPUS_DOCX, CORPUS_XLSX, deflate, deflateBomb, expectOutcome, expectRead, MB, rawZip, SEED, timed } from './helpers.js';

/** A damaged .docx that still reads is linted whole (~100 ms): fewer runs keep the suite near a minute on two cores. */
const RUNS = { docx: 60, xlsx: 100 };

let linter: Linter;
beforeAll(async () => {
  linter = await createLinter({ config: { extends: 'jixiao:recommended' } });
});

/** A package's bytes cut at a random length, or with a few random bytes overwritten. */
function damaged(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const cut = fc.integer({ min: 0, max: original.length - 1 }).map((n) => original.slice(0, n));
  const flipped = fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
    const copy = original.slice();
    for (const [at, value] of flips) copy[at] = value;
    return copy;
  });
  return fc.oneof(cut, flipped);
}

describe(`damaged packages (seed ${SEED})`, () => {
  for (const [kind, original] of [['docx', CORPUS_DOCX], ['xlsx', CORPUS_XLSX]] as const) {
    it(`a truncated or byte-flipped corpus .${kind} is read or refused with a reason (${RUNS[kind]} damaged copies)`, async () => {
      let tried = 0;
      await fc.assert(
        fc.asyncProperty(damaged(original), async (bytes) => {
          tried++;
          expectRead(await readDocument(bytes, `x.${kind}`));
          expectOutcome(await linter.lintBuffer(bytes, { filePath: `x.${kind}` }));
        }),
        { numRuns: RUNS[kind], seed: SEED },
      );
      expect(tried).toBe(RUNS[kind]);
    }, 60_000);
  }

  it('a .docx cut inside its document.xml says it is a damaged Word file', async () => {
    const result = await linter.lintBuffer(CORPUS_DOCX.slice(0, 2000), { filePath: 'cut.docx' });
    expect(result.fatal?.message).toMatch(/^无法读取 Word 文件，文件可能已损坏：/);
    expectOutcome(result);
  });
});

/** The corpus .docx with word/document.xml replaced by a bomb: a real opening, then `megabytes` MB of spaces. */
function docxBomb(megabytes: number, declaredSize: number): Uint8Array {
  const parts = unzipSync(CORPUS_DOCX);
  const entries = Object.entries(parts)
    .filter(([name]) => name !== 'word/document.xml')
    .map(([name, data]) => ({ name, data: deflate(data), method: 8 as const, declaredSize: data.length }));
  const opening = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  entries.push({ name: 'word/document.xml', data: deflateBomb(opening, megabytes), method: 8, declaredSize });
  return rawZip(entries);
}

describe('zip bombs', () => {
  it('a 2 MB .docx whose document.xml declares 2 GB is refused at once from the declared size (default limits)', async () => {
    const bomb = docxBomb(2048, 2048 * MB);
    expect(bomb.length).toBeLessThan(4 * MB);
    const { value: result, ms } = await timed(() => linter.lintBuffer(bomb, { filePath: 'bomb.docx' }));
    expect(result.fatal?.message).toMatch(/^无法读取 Word 文件：其中的 word\/document\.xml 解压后超过上限 200 MB（声明 2 GB 时停止），可能是“压缩炸弹”/);
    expect(ms).toBeLessThan(5_000);
  });

  it('the same bomb with a central directory that declares 1 KB is stopped while inflating, just past the 200 MB part limit', async () => {
    const bomb = docxBomb(2048, 1024);
    const before = process.memoryUsage().arrayBuffers;
    const { value: result, ms } = await timed(() => linter.lintBuffer(bomb, { filePath: 'liar.docx' }));
    const message = result.fatal?.message ?? '';
    expect(message).toMatch(/word\/document\.xml 解压后超过上限 200 MB（已解压 (\d+(\.\d)?) MB 时停止）/);
    // Stopped within one inflate step (16 KB in, at most ~16 MB out) of the limit: nowhere near 2 GB.
    expect(Number(/已解压 ([\d.]+) MB/.exec(message)![1])).toBeLessThan(220);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(600 * MB);
    expect(ms).toBeLessThan(20_000);
  }, 30_000);

  it('maxInflatedBytes and maxEntryBytes are options: a 64 MB document.xml is refused under a 32 MB part limit', async () => {
    const small = await createLinter({ config: { extends: 'jixiao:recommended' }, maxEntryBytes: 32 * MB });
    const result = await small.lintBuffer(docxBomb(64, 1024), { filePath: 'mid.docx' });
    expect(result.fatal?.message).toMatch(/超过上限 32 MB/);
    await expect(createLinter({ maxInflatedBytes: -1 })).rejects.toThrow(/maxInflatedBytes 应为正数/);
  });

  it('an .xlsx whose directory lists one 24 MB sheet under 40 names (overlapping entries) is refused by the total limit', async () => {
    const sheet = deflateBomb('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', 24);
    const bomb = rawZip(
      [
        { name: '[Content_Types].xml', data: strToU8(CONTENT_TYPES), method: 0, declaredSize: CONTENT_TYPES.length },
        { name: 'xl/workbook.xml', data: strToU8('<workbook/>'), method: 0, declaredSize: 11 },
        { name: 'xl/worksheets/sheet1.xml', data: sheet, method: 8, declaredSize: 1000 },
      ],
      Array.from({ length: 40 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, of: 2 })),
    );
    const small = await createLinter({ config: { extends: 'jixiao:recommended' }, maxInflatedBytes: 100 * MB });
    const { value: result, ms } = await timed(() => small.lintBuffer(bomb, { filePath: 'overlap.xlsx' }));
    expect(result.fatal?.message).toMatch(/^无法读取 Excel 文件：压缩包内容（到 xl\/worksheets\/sheet\d+\.xml 为止）解压后超过上限 100 MB/);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('a directory that claims more compressed bytes than the file holds, or a method other than deflate, is a damaged file', async () => {
    const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';
    const long = rawZip([{ name: 'word/document.xml', data: deflate(xml), method: 8, declaredSize: xml.length, declaredCompressed: 10 * MB }]);
    const long2 = await readDocument(long, 'long.docx');
    expect(long2.kind === 'unreadable' && long2.message).toMatch(/word\/document\.xml 的数据不完整（文件被截断）/);
    const short = rawZip([{ name: 'word/document.xml', data: deflate(xml), method: 8, declaredSize: xml.length, declaredCompressed: 5 }]);
    const short2 = await readDocument(short, 'short.docx');
    expect(short2.kind === 'unreadable' && short2.message).toMatch(/^无法读取 Word 文件，文件可能已损坏：word\/document\.xml 的压缩数据/);
    const bzip = rawZip([{ name: 'word/document.xml', data: strToU8(xml), method: 12 as 0, declaredSize: xml.length }]);
    const bzip2 = await readDocument(bzip, 'bzip.docx');
    expect(bzip2.kind === 'unreadable' && bzip2.message).toMatch(/不支持的压缩方式（12）/);
  });

  it('a sound package rebuilt with stored (uncompressed) parts still reads the same', async () => {
    const stored = zipSync(Object.fromEntries(Object.entries(unzipSync(CORPUS_DOCX)).map(([n, d]) => [n, [d, { level: 0 }]])));
    const a = await linter.lintBuffer(CORPUS_DOCX, { filePath: 'a.docx' });
    const b = await linter.lintBuffer(stored, { filePath: 'a.docx' });
    expect(b.messages.map((m) => m.ruleId)).toEqual(a.messages.map((m) => m.ruleId));
    expect(a.fatal).toBeUndefined();
  });
});
