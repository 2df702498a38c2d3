// Deterministic output: the same corpus gives byte-identical json, csv and sarif whatever the concurrency.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import type { Concurrency } from '../../src/api/options.js';
import { getFormatter, type ReportContext } from '../../src/report/index.js';
import { compileWorker, ROOT } from './compiled-worker.js';

let workerFile: string;
beforeAll(() => {
  workerFile = compileWorker('determinism');
}, 60_000);

const context: ReportContext = { cwd: ROOT, lang: 'zh', color: false, toolVersion: '0.0.0-test' };

async function reports(concurrency: Concurrency): Promise<{ files: string[]; streamed: string[]; out: Record<string, string> }> {
  const linter = await createLinter({ cwd: ROOT, configFile: 'corpus/jixiao.config.json' });
  const streamed: string[] = [];
  const results = await linter.lintFiles(['corpus'], { concurrency, workerFile, onResult: (r) => streamed.push(r.filePath) });
  const out: Record<string, string> = {};
  for (const format of ['json', 'csv', 'sarif']) out[format] = String(await getFormatter(format)(results, context));
  return { files: results.map((r) => r.filePath), streamed, out };
}

describe('lintFiles with workers', () => {
  it('gives byte-identical json, csv and sarif with concurrency off, 1 and 2', async () => {
    const off = await reports('off');
    expect(off.files.length).toBeGreaterThan(10);
    expect(off.files).toEqual([...off.files].sort());
    for (const concurrency of [1, 2] as const) {
      const run = await reports(concurrency);
      expect(run.files).toEqual(off.files);
      // Every result was handed over as it finished, each exactly once.
      expect([...run.streamed].sort()).toEqual([...off.files].sort());
      for (const format of ['json', 'csv', 'sarif']) expect(run.out[format], `${format} with concurrency ${concurrency}`).toBe(off.out[format]);
    }
  }, 120_000);

  it('streams results with lintFilesStream, every file once', async () => {
    const linter = await createLinter({ cwd: ROOT, configFile: 'corpus/jixiao.config.json' });
    const files = await linter.listFiles(['corpus/real']);
    const seen: string[] = [];
    for await (const result of linter.lintFilesStream(['corpus/real'], { concurrency: 2, workerFile })) seen.push(result.filePath);
    expect(seen.sort()).toEqual(files.map((f) => f.slice(ROOT.length)).sort());
  }, 60_000);
});
