// The CLI batch measure of the benchmark: runs the real CLI (dist) in this process on a folder and, as the process
// exits, writes its figures as JSON to $BENCH_CLI_OUT: ms, exit code and peak RSS (workers included).
//   BENCH_CLI_OUT=figures.json node test/bench/cli-rss.mjs DIR -f stylish -o out/a.txt …
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_CLI_OUT;
if (!out) throw new Error('set BENCH_CLI_OUT to the file the figures go to');
const t0 = performance.now();
process.on('exit', (code) => {
  writeFileSync(out, `${JSON.stringify({ ms: performance.now() - t0, exitCode: code, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
// main.js reads process.argv.slice(2), which are this script's arguments.
await import('../../dist/src/cli/main.js');
