// The batch-memory measure of the benchmark, run in its own process: lints a folder of generated files
// the way a bureau's batch runs (lintFilesStream, worker threads, results consumed and dropped) and
// prints its figures as JSON: documents, messages, ms, and the process's peak RSS (main thread and
// workers share the process, so maxRSS covers them all).
// With --cache FOLDER the linter keeps and reuses results there (the CLI's --cache).
//   node test/bench/batch-rss.mjs DIR [--concurrency auto|N|off] [--cache FOLDER]
import { createLinter } from '../../dist/src/index.js';
import { argValue, ROOT } from './generate.mjs';

const [dir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const raw = argValue(process.argv.slice(2), 'concurrency', 'auto');
const concurrency = raw === 'auto' || raw === 'off' ? raw : Number(raw);
const cacheLocation = argValue(process.argv.slice(2), 'cache', null);
const linter = await createLinter(cacheLocation === null ? { cwd: ROOT } : { cwd: ROOT, cache: true, cacheLocation });
const t0 = performance.now();
let docs = 0;
let messages = 0;
let fatal = 0;
for await (const result of linter.lintFilesStream([dir], { concurrency })) {
  docs += 1;
  messages += result.messages.length;
  if (result.fatal) fatal += 1;
}
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ docs, messages, fatal, ms, concurrency, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
