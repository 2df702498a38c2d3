// ReportOutput: a report's parts go out as results arrive, or wait in a temporary file until the head is known; a failure stops only its report and leaves no file behind.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportOutput } from '../../src/cli/report-output.js';
import { fileSink, type Sink } from '../../src/cli/report-sink.js';
import { ScratchFolder } from '../../src/cli/report-spill.js';
import type { FileResult } from '../../src/model/result.js';
import type { ReportChunk, ReportWriter } from '../../src/report/context.js';
import { temporaryFolder } from './temporary-folder.js';

function result(name: string): FileResult {
  return { filePath: name, format: 'text', errorCount: 0, warningCount: 0, infoCount: 0, messages: [] };
}

/** A sink that records what reached it, as text, and whether it was closed or aborted. */
function recording(): Sink & { text: string; state: string } {
  const decoder = new TextDecoder();
  const sink = {
    text: '',
    state: 'open',
    async write(chunk: ReportChunk) {
      sink.text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    },
    async close() {
      sink.state = 'closed';
    },
    async abort() {
      sink.state = 'aborted';
    },
  };
  return sink;
}

/** Lists the files; the head is known up front ("[") or only at the end (the count). */
function listing(headFirst: boolean): ReportWriter<string> {
  let count = 0;
  return {
    head: headFirst ? '[' : undefined,
    add: (r) => `${count++ === 0 ? '' : ','}${r.filePath}`,
    end: () => (headFirst ? { tail: ']' } : { head: `${count}:[`, tail: ']' }),
  };
}

describe('ReportOutput', () => {
  let parent: string;
  temporaryFolder('jixiao-output-', (path) => (parent = path), { each: true });

  it('writes a head known up front at once and each part as it comes', async () => {
    const sink = recording();
    const scratch = new ScratchFolder(parent);
    const output = await ReportOutput.open(async () => ({ writer: listing(true), destination: sink }), true, scratch);
    expect(sink.text).toBe('[');
    await output.add(result('a'));
    await output.add(result('b'));
    expect(sink.text).toBe('[a,b');
    expect(await output.finish()).toBeUndefined();
    expect(sink).toMatchObject({ text: '[a,b]', state: 'closed' });
    expect(await readdir(parent)).toEqual([]);
  });

  it('keeps the body aside until the end gives the head, then copies it whole, multi-byte characters included', async () => {
    const sink = recording();
    const scratch = new ScratchFolder(parent);
    const output = await ReportOutput.open(async () => ({ writer: listing(false), destination: sink }), true, scratch);
    const names = Array.from({ length: 3000 }, (_, i) => `文件${i}`);
    for (const name of names) await output.add(result(name));
    expect(sink.text).toBe('');
    expect(await output.finish()).toBeUndefined();
    expect(sink.text).toBe(`3000:[${names.join(',')}]`);
    await scratch.remove();
    expect(await readdir(parent)).toEqual([]);
  });

  it('keeps a live head back too when the destination is not live (stdout under a progress bar)', async () => {
    const sink = recording();
    const scratch = new ScratchFolder(parent);
    const output = await ReportOutput.open(async () => ({ writer: listing(true), destination: sink }), false, scratch);
    await output.add(result('a'));
    expect(sink.text).toBe('');
    await output.finish();
    expect(sink.text).toBe('[a]');
    await scratch.remove();
  });

  it('writes each piece of a head or tail given in pieces before the next is made, once the sink has taken it', async () => {
    const log: string[] = [];
    function* pieces(name: string): Generator<string> {
      for (const k of [1, 2]) {
        log.push(`make ${name}${k}`);
        yield `${name}${k};`;
      }
    }
    const writer: ReportWriter<string> = { head: undefined, add: (r) => r.filePath, end: () => ({ head: pieces('head'), tail: pieces('tail') }) };
    const sink = recording();
    const take = sink.write;
    // A slow sink (a full pipe): the write resolves a turn of the event loop later.
    sink.write = async (chunk) => {
      await new Promise((resolve) => setImmediate(resolve));
      await take(chunk);
      log.push(`wrote ${typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)}`);
    };
    const scratch = new ScratchFolder(parent);
    const output = await ReportOutput.open(async () => ({ writer, destination: sink }), true, scratch);
    await output.add(result('body;'));
    expect(await output.finish()).toBeUndefined();
    expect(log).toEqual(['make head1', 'wrote head1;', 'make head2', 'wrote head2;', 'wrote body;', 'make tail1', 'wrote tail1;', 'make tail2', 'wrote tail2;']);
    expect(sink).toMatchObject({ text: 'head1;head2;body;tail1;tail2;', state: 'closed' });
    await scratch.remove();
  });

  it('a piece of the end that cannot be made fails its report (aborted) and says why', async () => {
    function* tail(): Generator<string> {
      yield 'first';
      throw new Error('坏了');
    }
    const sink = recording();
    const writer: ReportWriter<string> = { head: '', add: () => '', end: () => ({ tail: tail() }) };
    const output = await ReportOutput.open(async () => ({ writer, destination: sink }), true, new ScratchFolder(parent));
    expect((await output.finish() as Error).message).toBe('坏了');
    expect(sink).toMatchObject({ text: 'first', state: 'aborted' });
  });

  it('a writer that throws fails its own report (aborted) and says why at the end', async () => {
    const sink = recording();
    const writer: ReportWriter<string> = { head: '', add: () => { throw new Error('坏了'); }, end: () => ({ tail: '' }) };
    const output = await ReportOutput.open(async () => ({ writer, destination: sink }), true, new ScratchFolder(parent));
    await output.add(result('a'));
    const failure = await output.finish();
    expect((failure as Error).message).toBe('坏了');
    expect(sink.state).toBe('aborted');
  });

  it('a report file that cannot be created fails at open, naming the file, and leaves nothing behind', async () => {
    await writeFile(join(parent, 'plain'), 'x');
    const start = async () => ({ writer: listing(true), destination: await fileSink('plain/r.json', parent) });
    const output = await ReportOutput.open(start, true, new ScratchFolder(parent));
    await output.add(result('a'));
    expect(String(await output.finish())).toMatch(/无法写入报告文件 plain\/r\.json：(ENOTDIR|EEXIST)/);
    expect(await readdir(parent)).toEqual(['plain']);
  });

  it('writes a file under a temporary name and renames it into place only when complete', async () => {
    const output = await ReportOutput.open(async () => ({ writer: listing(false), destination: await fileSink('r.txt', parent) }), true, new ScratchFolder(parent));
    await output.add(result('a'));
    const during = await readdir(parent);
    expect(during.some((name) => name === 'r.txt')).toBe(false);
    expect(during.some((name) => /^r\.txt\.[0-9a-f]{8}\.tmp$/.test(name))).toBe(true);
    await output.finish();
    expect(await readFile(join(parent, 'r.txt'), 'utf8')).toBe('1:[a]');
    expect((await readdir(parent)).filter((name) => name.startsWith('r.txt'))).toEqual(['r.txt']);
  });

  it('abort removes the half-written file', async () => {
    const output = await ReportOutput.open(async () => ({ writer: listing(true), destination: await fileSink('r.txt', parent) }), true, new ScratchFolder(parent));
    await output.add(result('a'));
    await output.abort();
    expect(await readdir(parent)).toEqual([]);
  });
});
