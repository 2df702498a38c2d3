// Decoding: UTF-8 with and without BOM, and GB18030 fallback for bytes that are not UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode.js';
import { readTextFile } from '../../src/read/read-file.js';
import { samplePath, sampleText } from './sample.js';

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('绩效目标表'))).toEqual({ text: '绩效目标表', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一级指标')]);
    expect(decodeText(bytes)).toEqual({ text: '一级指标', encoding: 'utf-8-bom' });
  });

  it('falls back to GB18030 when the bytes are not valid UTF-8', () => {
    // 绩效目标表，元 in GBK
    const bytes = new Uint8Array([188, 168, 208, 167, 196, 191, 177, 234, 177, 237, 163, 172, 212, 170]);
    expect(decodeText(bytes)).toEqual({ text: '绩效目标表，元', encoding: 'gb18030' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('readTextFile', () => {
  it('reads the sample from disk', async () => {
    const { text, encoding } = await readTextFile(samplePath);
    expect(encoding).toBe('utf-8');
    expect(text).toBe(sampleText);
  });
});
