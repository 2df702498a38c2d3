// Bundles the compiled CLI (dist/src/cli/main.js) and its worker thread into dist/bundle/ with esbuild, for a fast cold start.
//
// Why: node spends ~150 ms resolving, reading and compiling ~210 separate ES modules on every start, and
// a cold run then compiles every function it calls. So the CLI becomes one CommonJS script, cli.cjs, that
// the entry jixiao-lint.js (cli-loader.mjs) runs from V8's code cache; the build runs it once on the sample
// so that the cache ships warm. Third-party packages the single-file path does not need (exceljs, zod, the
// format parsers, fast-glob, cli-progress) stay out of it, each in its own vendor-*.cjs that is required
// only when used, so the cached script holds just the start path. The worker thread keeps an ES-module
// bundle (it awaits at top level, which a script cannot), code-split so its lazy imports stay lazy.
// The library entry (dist/src/index.js) stays as tsc emits it.
//
// Run by `npm run build` after tsc (it bundles tsc's output, so the bundle runs exactly the code the
// tests check). All outputs sit flat in one folder: the pool finds its worker as ./lint-worker.js beside
// the module it runs from (cli.cjs here, as dist/src/worker/pool.js in the unbundled build).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const outdir = join(root, 'dist', 'bundle');
const SAMPLE = join(root, 'corpus', '000_88a2649a8df46961.txt');

/** Packages kept out of cli.cjs: not needed to lint one text file, and large (exceljs alone is 2.4 MB). */
const LAZY_PACKAGES = ['exceljs', 'zod', 'fast-glob', 'cli-progress', 'parse5', 'fast-xml-parser', 'fflate', 'json-rules-engine'];
const vendorFile = (specifier) => `vendor-${specifier.replace(/[^a-z0-9]+/gi, '-')}.cjs`;

/** JSON modules as JSON.parse('…'): V8 parses a JSON string several times faster than the same object literal. */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

/** Each import of a lazy package becomes require('./vendor-<package>.cjs'); `used` collects the specifiers. */
function lazyVendors(used) {
  return {
    name: 'lazy-vendors',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${LAZY_PACKAGES.join('|')})(/|$)`) }, (args) => {
        used.add(args.path);
        return { path: `./${vendorFile(args.path)}`, external: true };
      });
    },
  };
}

const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// cli.cjs: a function expression taking what node gives a CommonJS module. import() becomes require()
// (a vm.Script has no module loader to import with) and import.meta.url the script's own URL.
const used = new Set();
const cli = await build({
  ...common,
  entryPoints: ['dist/src/cli/main.js'],
  outfile: join(outdir, 'cli.cjs'),
  write: false,
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__jxImportMetaUrl' },
  banner: { js: '(function (exports, require, module, __filename, __dirname) {\nconst __jxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  footer: { js: '})' },
  plugins: [lazyVendors(used), jsonAsParse],
});
// main.ts's hashbang would come before the wrapper, where a script may not have one.
const script = cli.outputFiles[0].text.replace(/^#!.*\n/, '');
await writeFile(join(outdir, 'cli.cjs'), script);

const buildId = createHash('sha256').update(script).digest('hex').slice(0, 16);
const loader = (await readFile(join(import.meta.dirname, 'cli-loader.mjs'), 'utf8')).replace('__BUILD_ID__', buildId);
await writeFile(join(outdir, 'jixiao-lint.js'), loader);
await chmod(join(outdir, 'jixiao-lint.js'), 0o755);

await build({
  ...common,
  entryPoints: Object.fromEntries([...used].map((specifier) => [vendorFile(specifier).replace(/\.cjs$/, ''), specifier])),
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [jsonAsParse],
});

await build({
  ...common,
  entryPoints: { 'lint-worker': 'dist/src/worker/lint-worker.js' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'worker-[hash]',
  splitting: true,
  format: 'esm',
  // CommonJS dependencies (natural, …) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __jxCreateRequire } from 'node:module'; const require = __jxCreateRequire(import.meta.url);" },
  plugins: [jsonAsParse],
});

// Warm the code cache: one run on the sample compiles the start path and writes dist/bundle/cli.v8cache.
if (existsSync(SAMPLE)) spawnSync(process.execPath, [join(outdir, 'jixiao-lint.js'), SAMPLE, '--no-color'], { cwd: root, stdio: 'ignore' });
