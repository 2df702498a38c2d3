// Writes dist/code-id.json: a hash of the compiled library (dist/src), so the result cache never reuses what another build linted.
//
// Why: a cached result is only right for the code that made it. The package version alone does not
// change between a developer's rebuilds, so the cache's key (src/api/result-cache.ts) also holds this
// hash of every compiled module and data file, and of the installed version of each dependency (the
// readers and natural's similarity shape results too). Run by `npm run build` after tsc.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const compiled = join(root, 'dist', 'src');
const files = (await readdir(compiled, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && /\.(js|json)$/.test(entry.name))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .sort();
const hash = createHash('sha256');
// Each file's path and length before its bytes, so no two different trees hash alike by shifting bytes between files.
for (const file of files) {
  const bytes = await readFile(file);
  hash.update(`${relative(compiled, file)}\0${bytes.length}\0`).update(bytes);
}
const { dependencies = {} } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
for (const name of Object.keys(dependencies).sort()) {
  const { version } = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  hash.update(`${name}@${version}\0`);
}
await writeFile(join(root, 'dist', 'code-id.json'), `${JSON.stringify({ codeId: hash.digest('hex').slice(0, 32), files: files.length })}\n`);
