#!/usr/bin/env node
// The bundled CLI's entry (written to dist/bundle/jixiao-lint.js by bundle-cli.mjs): runs cli.cjs from V8's code cache.
//
// Why: a cold run spends much of its time compiling functions on first call. V8 can serialise the compiled
// code of a script (vm.Script#createCachedData, which after a run holds every function that run compiled)
// and take it back on the next start instead of compiling. Only classic scripts have this without
// experimental flags, hence a CommonJS cli.cjs wrapped in a function, run the way node runs a CommonJS module.
//
// The cache file starts with a key line (build id, script length, node, V8 and arch); a cache whose key does
// not match is ignored, and one V8 rejects (cachedDataRejected: other flags, corrupt) is simply recompiled.
// A new cache is written on exit only when there was no usable one: into this folder, else the temp folder.
// Nothing here may fail the run: the cache is an optimisation, so any error reading or writing it is ignored.
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** Hash of cli.cjs, filled in by bundle-cli.mjs. */
const BUILD_ID = '__BUILD_ID__';

const dir = dirname(fileURLToPath(import.meta.url));
const file = join(dir, 'cli.cjs');
const source = readFileSync(file, 'utf8');
const key = Buffer.from(`jixiao-lint ${BUILD_ID} ${source.length} ${process.version} ${process.versions.v8} ${process.arch}\n`);
const shipped = join(dir, 'cli.v8cache');
const fallback = join(tmpdir(), `jixiao-lint-${BUILD_ID}.v8cache`);

/** The cached code at `place` when its key matches; undefined when there is none or it is not ours. */
function readCache(place, mustOwn) {
  try {
    // Another user could plant a file in the shared temp folder; code from it would run as us.
    if (mustOwn && process.getuid !== undefined && statSync(place).uid !== process.getuid()) return undefined;
    const data = readFileSync(place);
    return data.subarray(0, key.length).equals(key) ? data.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache to the first place that takes it, atomically (a concurrent run never reads half a file). */
function writeCache(data) {
  for (const place of [shipped, fallback]) {
    const temp = `${place}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat([key, data]), { mode: 0o644 });
      renameSync(temp, place);
      return;
    } catch {
      try {
        unlinkSync(temp);
      } catch {
        // Nothing was written.
      }
    }
  }
}

const cachedData = readCache(shipped, false) ?? readCache(fallback, true);
const script = new Script(source, { filename: file, cachedData });
if (cachedData === undefined || script.cachedDataRejected === true) {
  process.once('exit', () => {
    try {
      writeCache(script.createCachedData());
    } catch {
      // Not cached this time.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
