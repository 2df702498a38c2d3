// Bundles the compiled CLI (dist/src/cli/main.js) and its worker thread into dist/bundle/ with esbuild, for a fast cold start.
//
// Why: node spends ~150 ms resolving, reading and compiling ~210 separate ES modules on every start;
// one entry file plus a few shared chunks cuts that to a handful of files. Code splitting keeps every
// dynamic import() (report formatters, exceljs, the format readers, fast-glob) in its own chunk that
// loads only when used. The library entry (dist/src/index.js) stays as tsc emits it.
//
// Run by `npm run build` after tsc (it bundles tsc's output, so the bundle runs exactly the code the
// tests check). All outputs sit flat in one folder: the pool finds its worker as ./lint-worker.js beside
// the module it runs from, in the bundle as in dist/src/worker/.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const outdir = join(root, 'dist', 'bundle');

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

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'jixiao-lint': 'dist/src/cli/main.js', 'lint-worker': 'dist/src/worker/lint-worker.js' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (commander, natural, cli-progress) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __jxCreateRequire } from 'node:module'; const require = __jxCreateRequire(import.meta.url);" },
  plugins: [jsonAsParse],
  legalComments: 'none',
  logLevel: 'warning',
});
