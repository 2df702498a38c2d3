// The benchmark of issue 6 (npm run bench; npm run bench -- --docs 20000): generates the seeded
// synthetic corpus and measures parse-only, full lint+score (one thread and a worker pool), a naive
// json-rules-engine baseline, CLI cold start and peak RSS. Prints a table with the issue-6 targets
// beside each figure and writes the figures to test/output/bench/latest.json. Never fails on a
// target: benchmarks report, they do not assert. See test/bench/results/README.md for the fields.
//
// Options: --docs N (2000), --seed S (1), --workers N (extra pool size; 2 and availableParallelism()
// are always measured), --runs N (cold-start runs per command, 7), --batch N (documents generated
// per batch outside the timed sections, 100), --warmup N (documents each isolate processes before
// its throughput is timed, 300; their own rate is reported beside the steady figure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Engine } from 'json-rules-engine';
import { createLinter } from '../../dist/src/index.js';
import { parseText } from '../../dist/src/parse/index.js';
import { FACTS } from '../../dist/src/facts/index.js';
import { indicatorSubjects } from '../../dist/src/facts/subjects.js';
import { createFactContext } from '../../dist/src/facts/context.js';
import { addCustomOperators } from '../../dist/src/engine/operators.js';
import { collectFacts } from '../../dist/src/engine/reference-runner.js';
import { argValue, DEFAULT_DOCS, DEFAULT_SEED, generateDocument, ROOT, writeCorpus } from './generate.mjs';

const argv = process.argv.slice(2);
const DOCS = Number(argValue(argv, 'docs', DEFAULT_DOCS));
const SEED = Number(argValue(argv, 'seed', DEFAULT_SEED));
const RUNS = Number(argValue(argv, 'runs', 7));
const BATCH = Number(argValue(argv, 'batch', 100));
// Throughput is a steady-state figure: V8 keeps compiling for the first few hundred documents (and
// each worker isolate compiles on its own), so each isolate first processes WARMUP other documents,
// timed separately and reported as the warm-up rate. Cold start is measured on its own below.
const WARMUP = Number(argValue(argv, 'warmup', 300));
// The naive baseline runs ~2,000 indicators/s; a few documents warm it (its cost is the engine, not the JIT).
const NAIVE_WARMUP = Math.min(WARMUP, 20);
const EXTRA_WORKERS = argValue(argv, 'workers', null);
// The naive baseline runs ~2,000 indicators/s: 20,000 documents would take most of an hour, so it sees the first N.
const NAIVE_DOCS = Math.min(DOCS, Number(argValue(argv, 'naive-docs', 1000)));
const SAMPLE = 'corpus/000_88a2649a8df46961.txt';
const OUT_DIR = join(ROOT, 'test/output/bench');
const MB = 1024 * 1024;

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
const indicatorCount = (doc) =>
  doc.projects.reduce((n, p) => n + (p.table?.indicators.length ?? 0) + (p.narrative?.indicators.length ?? 0), 0);

/** Runs `measure(texts)` over the corpus in batches generated outside the timed section; returns its summed ms. */
async function overCorpus(measure, docs = DOCS) {
  let ms = 0;
  for (let start = 0; start < docs; start += BATCH) {
    const texts = [];
    for (let i = start; i < Math.min(docs, start + BATCH); i++) texts.push(generateDocument(SEED, i));
    ms += await measure(texts);
  }
  return ms;
}
const warmupTexts = (count = WARMUP) => Array.from({ length: count }, (_, i) => generateDocument(SEED + 7919, i));

/** Runs `each` over the warm-up documents (generated first, untimed); returns their rate. */
async function warmUp(each, count = WARMUP) {
  const texts = warmupTexts(count);
  const t0 = performance.now();
  for (const text of texts) await each(text);
  const ms = performance.now() - t0;
  return { docs: count, ms, docsPerSec: count > 0 ? (count / ms) * 1000 : null };
}

function log(line) {
  process.stderr.write(`${line}\n`);
}

// --- parse only -----------------------------------------------------------------------------------
async function benchParse() {
  const warmup = await warmUp((text) => parseText(text, '<bench>'));
  let indicators = 0;
  let projects = 0;
  let chars = 0;
  const ms = await overCorpus((texts) => {
    const docs = [];
    const t0 = performance.now();
    for (const text of texts) docs.push(parseText(text, '<bench>'));
    const dt = performance.now() - t0;
    for (const doc of docs) {
      indicators += indicatorCount(doc);
      projects += doc.projects.length;
    }
    for (const text of texts) chars += text.length;
    return dt;
  });
  return { docs: DOCS, indicators, projects, chars, ms, docsPerSec: (DOCS / ms) * 1000, indicatorsPerSec: (indicators / ms) * 1000, warmup };
}

// --- full lint + score, one thread ----------------------------------------------------------------
async function benchLint(linter) {
  const warmup = await warmUp((text) => linter.lintText(text));
  let messages = 0;
  let indicators = 0;
  const ms = await overCorpus(async (texts) => {
    const t0 = performance.now();
    for (const text of texts) {
      const result = await linter.lintText(text);
      messages += result.messages.length;
    }
    const dt = performance.now() - t0;
    for (const text of texts) indicators += indicatorCount(parseText(text, '<bench>'));
    return dt;
  });
  return { docs: DOCS, indicators, messages, ms, docsPerSec: (DOCS / ms) * 1000, indicatorsPerSec: (indicators / ms) * 1000, warmup };
}

// --- naive baseline: one json-rules-engine run per indicator, all indicator-scope rules --------------
async function benchNaive(linter) {
  const active = linter.ruleSet.byScope.indicator;
  const engine = new Engine([], { allowUndefinedFacts: false });
  addCustomOperators(engine);
  const names = new Set();
  for (const { rule, conditions } of active) {
    engine.addRule({ name: rule.id, conditions, event: { type: rule.id } });
    collectFacts(conditions, names);
    if (rule.each) names.add(rule.each);
  }
  const definitions = FACTS.indicator;
  const factNames = [...names].filter((n) => definitions.has(n)).sort();
  let hits = 0;
  const runIndicator = async (subject) => {
    const ctx = createFactContext(); // a fresh fact context per indicator: nothing shared
    const values = {};
    for (const name of factNames) values[name] = definitions.get(name).compute(subject, ctx);
    const { results } = await engine.run(values);
    hits += results.length;
  };
  for (const text of warmupTexts(NAIVE_WARMUP)) for (const s of indicatorSubjects(parseText(text, '<bench>'))) await runIndicator(s);
  hits = 0;
  let indicators = 0;
  const ms = await overCorpus(async (texts) => {
    const subjects = texts.flatMap((text) => indicatorSubjects(parseText(text, '<bench>'))); // parsing untimed
    const t0 = performance.now();
    for (const subject of subjects) await runIndicator(subject);
    indicators += subjects.length;
    return performance.now() - t0;
  }, NAIVE_DOCS);
  return {
    scope: `indicator rules only (no document or project rules), parse untimed, facts computed per indicator with a fresh context; the first ${NAIVE_DOCS} documents`,
    docs: NAIVE_DOCS, rules: active.length, facts: factNames.length, indicators, hits, ms, indicatorsPerSec: (indicators / ms) * 1000,
  };
}

// --- worker pool ------------------------------------------------------------------------------------
async function benchWorkers(workers) {
  const pool = Array.from({ length: workers }, (_, worker) =>
    new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { seed: SEED, docs: DOCS, worker, workers, batch: BATCH, warmup: WARMUP, cwd: ROOT },
    }));
  const done = pool.map((w) => new Promise((resolve, reject) => {
    w.on('error', reject);
    w.on('message', (m) => { if (m.type === 'done') resolve(m); });
  }));
  await Promise.all(pool.map((w) => new Promise((resolve, reject) => {
    w.on('error', reject);
    w.on('message', (m) => { if (m.type === 'ready') resolve(); });
  })));
  const t0 = performance.now();
  pool.forEach((w) => w.postMessage('go'));
  const reports = await Promise.all(done);
  const wallMs = performance.now() - t0;
  await Promise.all(pool.map((w) => w.terminate()));
  const busyMs = Math.max(...reports.map((r) => r.ms));
  return {
    workers, docs: reports.reduce((n, r) => n + r.docs, 0), busyMs, wallMsIncludingGeneration: wallMs,
    docsPerSec: (DOCS / busyMs) * 1000,
    perWorker: reports.map((r) => ({ worker: r.worker, docs: r.docs, ms: r.ms, messages: r.messages, heapPeakMB: r.heapPeakBytes / MB, warmup: r.warmup })),
    processMaxRssMB: maxRssBytes() / MB,
  };
}

// --- batch memory: a bureau's batch in its own process -------------------------------------------------
function benchBatchRss() {
  const dir = join(OUT_DIR, `files-seed${SEED}-${DOCS}`);
  if (!existsSync(dir) || readdirSync(dir).length !== DOCS) {
    rmSync(dir, { recursive: true, force: true });
    writeCorpus(SEED, DOCS, dir); // written once per size and seed, reused by later runs
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'test/bench/batch-rss.mjs'), dir, '--concurrency', 'auto'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB });
  if (run.status !== 0) throw new Error(`batch-rss failed: ${run.stderr}`);
  return { dir: relative(ROOT, dir), ...JSON.parse(run.stdout.trim().split('\n').pop()) };
}

// --- cold start ---------------------------------------------------------------------------------------
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeCommand(args) {
  spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' }); // warm the file cache
  const times = [];
  let status = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t0);
    status = run.status;
  }
  return { args, runs: times, medianMs: median(times), exitStatus: status };
}

/** The CLI as installed: package.json's bin (the esbuild bundle that `npm run build` writes). */
function binFile() {
  const { bin } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return typeof bin === 'string' ? bin : Object.values(bin)[0];
}

function benchColdStart() {
  const cli = timeCommand([binFile(), SAMPLE, '--no-color']);
  const bare = timeCommand(['-e', '0']);
  return { cli, bare, ratio: cli.medianMs / bare.medianMs };
}

// --- main ---------------------------------------------------------------------------------------------
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

const started = performance.now();
log(`jixiao-lint bench: ${DOCS} documents, seed ${SEED} …`);
const rss = {};
const tLinter = performance.now();
const linter = await createLinter({ cwd: ROOT });
const createLinterMs = performance.now() - tLinter;
log('  parse only …');
const parse = await benchParse();
rss.afterParse = maxRssBytes();
log('  full lint + score, one thread …');
const lint = await benchLint(linter);
rss.afterLint = maxRssBytes();
log('  naive baseline …');
const naive = await benchNaive(linter);
rss.afterNaive = maxRssBytes();
const poolSizes = [...new Set([2, availableParallelism(), ...(EXTRA_WORKERS ? [Number(EXTRA_WORKERS)] : [])])].sort((a, b) => a - b);
const pools = [];
for (const n of poolSizes) {
  log(`  ${n} workers …`);
  pools.push(await benchWorkers(n));
}
rss.afterWorkers = maxRssBytes();
log(`  batch of ${DOCS} files on disk, own process (lintFilesStream, workers) …`);
const batch = benchBatchRss();
log('  cold start …');
const cold = benchColdStart();

const two = pools.find((p) => p.workers === 2);
const peakMB = maxRssBytes() / MB;
const batchMB = batch.maxRssMB;
const targets = {
  lintVsParse: { figure: lint.docsPerSec / parse.docsPerSec, target: '≥ 0.50', pass: lint.docsPerSec / parse.docsPerSec >= 0.5 },
  lintVsNaive: { figure: lint.indicatorsPerSec / naive.indicatorsPerSec, target: '≥ 10×', pass: lint.indicatorsPerSec / naive.indicatorsPerSec >= 10 },
  workersVsOne: { figure: two.docsPerSec / lint.docsPerSec, target: '≥ 1.6× (2 workers)', pass: two.docsPerSec / lint.docsPerSec >= 1.6 },
  coldCliVsNode: { figure: cold.ratio, target: '≤ 3×', pass: cold.ratio <= 3 },
  peakRss: {
    figure: batchMB, target: '< 300 MB at 20,000 docs (batch process: main thread + workers)',
    pass: DOCS >= 20000 ? batchMB < 300 : null,
    note: DOCS >= 20000 ? undefined : `run with --docs 20000 for the target; this run has ${DOCS} documents`,
  },
};

const rows = [
  ['parse only', `${fmt(parse.docsPerSec, 1)} docs/s · ${fmt(parse.indicatorsPerSec)} ind/s`, '', ''],
  ['lint+score, 1 thread', `${fmt(lint.docsPerSec, 1)} docs/s · ${fmt(lint.indicatorsPerSec)} ind/s`, `${fmt(targets.lintVsParse.figure * 100, 1)} % of parse (target ≥ 50 %)`, verdict(targets.lintVsParse.pass)],
  ...(WARMUP > 0 ? [[`  warm-up (first ${fmt(WARMUP)} docs)`, `lint+score ${fmt(lint.warmup.docsPerSec, 1)} docs/s · parse ${fmt(parse.warmup.docsPerSec, 1)} docs/s`, 'not in the figures above (V8 still compiling)', '']] : []),
  ['naive (1 engine run/indicator)', `${fmt(naive.indicatorsPerSec)} ind/s (${naive.rules} indicator rules, ${naive.facts} facts)`, `lint = ${fmt(targets.lintVsNaive.figure, 2)}× naive (target ≥ 10×)`, verdict(targets.lintVsNaive.pass)],
  ...pools.map((p) => [
    `lint+score, ${p.workers} workers`, `${fmt(p.docsPerSec, 1)} docs/s`,
    `${fmt(p.docsPerSec / lint.docsPerSec, 2)}× one thread${p.workers === 2 ? ' (target ≥ 1.6×)' : ''}`,
    p.workers === 2 ? verdict(targets.workersVsOne.pass) : '',
  ]),
  ['cold start', `CLI ${fmt(cold.cli.medianMs, 0)} ms vs node -e 0 ${fmt(cold.bare.medianMs, 0)} ms (median of ${RUNS})`, `${fmt(cold.ratio, 2)}× bare node (target ≤ 3×)`, verdict(targets.coldCliVsNode.pass)],
  ['batch of files, own process', `${fmt(batch.docs)} files in ${fmt(batch.ms / 1000, 1)} s (${fmt((batch.docs / batch.ms) * 1000, 1)} docs/s, concurrency auto)`, '', ''],
  ['peak RSS, batch process', `${fmt(batchMB, 0)} MB (main thread + workers)`, `target < 300 MB at 20,000 docs`, DOCS >= 20000 ? verdict(targets.peakRss.pass) : `n/a (${DOCS} docs)`],
  ['peak RSS, this bench process', `${fmt(peakMB, 0)} MB (all phases and pools in one process; after 1-thread lint ${fmt(rss.afterLint / MB, 0)} MB)`, '', ''],
  ...pools.map((p) => [`  worker heap peaks (${p.workers})`, p.perWorker.map((w) => `${fmt(w.heapPeakMB, 0)} MB`).join(', '), '', '']),
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => [...r[c]].length), ['measure', 'figure', 'vs target', 'result'][c].length));
const line = (cells) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' │ ').trimEnd();
const table = [
  line(['measure', 'figure', 'vs target', 'result']),
  widths.map((w) => '─'.repeat(w)).join('─┼─'),
  ...rows.map(line),
].join('\n');

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', availableParallelism: availableParallelism(), totalMemMB: totalmem() / MB },
  options: { docs: DOCS, seed: SEED, runs: RUNS, batch: BATCH, warmup: WARMUP, naiveWarmup: NAIVE_WARMUP },
  corpus: { documents: DOCS, indicators: parse.indicators, projects: parse.projects, chars: parse.chars },
  createLinterMs,
  parse, lint, naive, workers: pools, batch, coldStart: cold,
  rss: { peakMB, afterParseMB: rss.afterParse / MB, afterLintMB: rss.afterLint / MB, afterNaiveMB: rss.afterNaive / MB, afterWorkersMB: rss.afterWorkers / MB },
  targets,
  totalMs: performance.now() - started,
};
mkdirSync(OUT_DIR, { recursive: true });
const outFile = join(OUT_DIR, 'latest.json');
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\njixiao-lint bench · ${DOCS} documents (seed ${SEED}; ${fmt(parse.indicators)} indicators, ${fmt(parse.projects)} projects) · node ${process.version} · ${availableParallelism()} cores\n`);
console.log(table);
console.log(`\nthroughputs are steady-state: each isolate first processes ${fmt(WARMUP)} other documents (--warmup; their rate is the warm-up row).`);
console.log(`naive baseline: ${naive.scope}.`);
console.log('targets are issue 6’s; the benchmark reports them and never fails.');
console.log(`results: ${relative(process.cwd(), outFile)}`);
