// The result cache on disk (--cache): a file whose bytes were linted before with the same tool and settings is not linted again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { extname, join } from 'node:path';
import type { FileResult } from '../model/result.js';
import { EntryCodec, type PackedEntry } from './cache-entry.js';
import { isCachedResult, withPath, type CachedResult } from './cached-result.js';
import { hasPackedArray } from '../worker/result-codec.js';
import { ConfigurationError } from '../engine/errors.js';
import { OPTIONS_SOURCE } from '../config/resolve.js';
import { packageRoot } from './package-root.js';

/**
 * What an entry file holds: its own key, so an entry is only ever read back for that key, and the result
 * without its path, packed by the workers' codec (src/worker/result-codec.ts) with its shapes numbered
 * for itself, gzipped (src/api/cache-entry.ts). Like V8's serialization format, which entries were in
 * before, it keeps what JSON drops (undefined fields), so a result read back is the object that was
 * linted. Over 600 generated results an entry read back in 0.19–0.21 ms instead of 0.62, wrote in
 * 0.57–0.69 ms instead of 0.61–0.70, and took 14.1 KB instead of 14.7. JSON was slower than both: it
 * spent most of its time turning UTF-8 into strings, which is why an entry's strings are kept as Latin-1
 * and UTF-16 (src/api/cache-strings.ts). The codes are in the platform's byte order, part of the tool's identity.
 * Bumped when that layout changes: entries of another layout are then never read.
 */
const ENTRY_FORMAT = 3;

/** A tool folder's name: 16 hex digits. Only such folders holding a TOOL_FILE are ever removed from the cache location. */
const TOOL_FOLDER = /^[0-9a-f]{16}$/;
/** Written in each tool folder: the identity it was made for, and the mark that the folder is the cache's own. Its time is the last sweep's. */
const TOOL_FILE = 'tool.json';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An entry neither read nor written for this long is removed by the next sweep (a file changed since, or gone). */
export const ENTRY_MAX_AGE_MS = 30 * DAY_MS;
/** How often a linter opening the cache sweeps it: a sweep stats every entry, so not on every run. */
export const SWEEP_EVERY_MS = DAY_MS;
/** A temporary file older than this was left by a writer that was stopped mid-write (a worker past the time limit). */
const TEMPORARY_MAX_AGE_MS = 60 * 60 * 1000;
/**
 * Marks the location as a cache for backup tools that honour the Cache Directory Tagging Specification
 * (https://bford.info/cachedir/): its contents can be made again.
 */
const CACHEDIR_TAG = 'Signature: 8a477f597d28d172789f06886806bc55\n# This file marks jixiao-lint\'s result cache (--cache); see https://bford.info/cachedir/\n';

/**
 * Which build of the tool wrote an entry: the package version, the code id the build writes
 * (dist/code-id.json, a hash of the compiled sources and the dependencies' versions, so a rebuilt tool
 * never reads an older tool's results even at the same version), the entries' layout (ENTRY_FORMAT)
 * and the platform's byte order (the codes'). Without a build there is no code id: 'unbuilt'. (Run from sources after a build, as the tests are,
 * the build's id stands for code it may not match; each test uses a cache of its own.)
 */
function toolIdentity(): string {
  const root = packageRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const codeIdFile = join(root, 'dist', 'code-id.json');
  const codeId = existsSync(codeIdFile) ? (JSON.parse(readFileSync(codeIdFile, 'utf8')) as { codeId: string }).codeId : 'unbuilt';
  return `jixiao-lint@${version}+${codeId}#${ENTRY_FORMAT} ${endianness()}`;
}

/** Why a cache folder cannot be used, in words, for the error message. */
const FOLDER_PROBLEMS: Record<string, string> = {
  ENOTDIR: '它或它的上级是文件而不是文件夹',
  EEXIST: '它或它的上级是文件而不是文件夹',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '所在的文件系统只读',
  ENOSPC: '磁盘已满',
};

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Results kept on disk by content: an entry's key hashes the file's bytes, its extension (which breaks
 * ties in format detection) and a fingerprint of everything else a result depends on (the active rules
 * with their severities and options, scoring, language, limits). Nothing is keyed by path, so a file
 * renamed or copied is still a hit, and its result comes back with its current path. Entries of one
 * tool build live in a folder of their own; a build that finds no folder of its own removes the others.
 * At most once a day, opening the cache removes entries unused for 30 days (see sweep). The location
 * gets a CACHEDIR.TAG, so backup tools that honour it leave the cache out.
 *
 * Only complete results are kept: a fatal result (unreadable, too large, timed out) may not happen
 * again. An entry that cannot be read back (truncated, not gzip, not this key) is a miss and is
 * rewritten. Entries are written to a temporary file and renamed, so workers writing at once never
 * leave a half-written one; a failed write (disk full) costs only the next run's time, never a result.
 */
export class ResultCache {
  /** Subfolders (the key's first two hex digits) known to exist, so a write makes its folder once. */
  private readonly made = new Set<string>();
  /** Writes and reads entries' bytes (see ENTRY_FORMAT). */
  private readonly codec = new EntryCodec();

  private constructor(
    /** The cache location as opened (absolute when the linter opened it): what workers open too. */
    readonly location: string,
    private readonly folder: string,
  ) {}

  /**
   * Opens (creating) the cache in `location` for this tool build. Throws ConfigurationError (field
   * cacheLocation) when the folder cannot be made or is not a folder.
   */
  static open(location: string): ResultCache {
    const identity = toolIdentity();
    const tool = sha256(identity).slice(0, 16);
    const folder = join(location, tool);
    try {
      if (existsSync(location) && !statSync(location).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      const toolFile = join(folder, TOOL_FILE);
      if (!existsSync(toolFile)) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(toolFile, `${JSON.stringify({ tool: identity })}\n`);
        if (!existsSync(join(location, 'CACHEDIR.TAG'))) writeFileSync(join(location, 'CACHEDIR.TAG'), CACHEDIR_TAG);
        // Entries of other builds can never be read again by this one. Only the cache's own folders go.
        for (const name of readdirSync(location)) {
          if (name !== tool && TOOL_FOLDER.test(name) && existsSync(join(location, name, TOOL_FILE))) rmSync(join(location, name), { recursive: true, force: true });
        }
      } else if (Date.now() - statSync(toolFile).mtimeMs >= SWEEP_EVERY_MS) {
        // Marked first, so the workers this linter starts (which open the cache too) do not sweep it again.
        const now = new Date();
        utimesSync(toolFile, now, now);
        sweep(folder, now.getTime());
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const problem = FOLDER_PROBLEMS[code] ? `${FOLDER_PROBLEMS[code]}，${code}` : code || (error as Error).message;
      throw new ConfigurationError(
        OPTIONS_SOURCE,
        'cacheLocation',
        `无法使用缓存目录“${location}”（${problem}）`,
        '请指定一个可以创建和写入的文件夹',
      );
    }
    return new ResultCache(location, folder);
  }

  /** The fingerprint of a linter's settings, for keyOf (computed once per set of settings by the caller). */
  fingerprint(settings: unknown): string {
    return sha256(JSON.stringify(settings));
  }

  /** An entry's key: the settings' fingerprint, the file's extension and its bytes. */
  keyOf(fingerprint: string, filePath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(fingerprint).update('\0').update(extname(filePath).toLowerCase()).update('\0').update(bytes).digest('hex');
  }

  private pathOf(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.gz`);
  }

  // Entries are read and written synchronously: an entry is ~15 KB, in the page cache when it was just
  // written, and each await on the thread pool left the thread idle between files. Filling the cache for
  // 2,000 files (CLI, -f summary) took 9.6–10.1 s with awaited reads and writes and 8.4–8.7 s with these
  // (5.3–5.7 s without the cache); reading every entry back, 2.9 s and 2.4–2.7 s.

  /** The result kept for `key`, given the path to report it under; undefined when there is none (or it cannot be read back). */
  get(key: string, filePath: string): FileResult | undefined {
    const path = this.pathOf(key);
    let entry: { key: string; value: CachedResult };
    try {
      entry = this.codec.decode<CachedResult>(readFileSync(path));
    } catch {
      return undefined;
    }
    const result = entry.value;
    if (entry.key !== key || !isCachedResult(result)) return undefined;
    touch(path);
    return withPath(filePath, result);
  }

  /**
   * The result kept for `key` still packed, for a worker to post as it is: unpacking and packing it again
   * in the worker cost more than reading it. The thread that unpacks it checks it (isCachedResult) and
   * adds the path (withPath). Undefined when there is none, it cannot be read, or it holds no result (as get).
   */
  getPacked(key: string): PackedEntry | undefined {
    const path = this.pathOf(key);
    let entry: { key: string; packed: PackedEntry };
    try {
      entry = this.codec.decodePacked(readFileSync(path));
    } catch {
      return undefined;
    }
    // What get checks after unpacking (isCachedResult), read from the packed value.
    if (entry.key !== key || !hasPackedArray(entry.packed, 'messages')) return undefined;
    touch(path);
    return entry.packed;
  }

  /** Keeps a complete result for `key` (an existing entry is replaced); fatal results are not kept. Never throws. */
  put(key: string, result: FileResult): void {
    if (result.fatal !== undefined) return;
    const { filePath: _path, ...rest } = result;
    const target = this.pathOf(key);
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const sub = key.slice(0, 2);
      if (!this.made.has(sub)) {
        mkdirSync(join(this.folder, sub), { recursive: true });
        this.made.add(sub);
      }
      const bytes = this.codec.encode(key, rest satisfies CachedResult);
      // Only something other than a plain result cannot be packed: it is linted again next time.
      if (bytes === null) return;
      writeFileSync(temporary, bytes);
      renameSync(temporary, target);
    } catch {
      // Disk full, folder removed meanwhile …: the file is linted again next time.
      this.made.clear();
      rmSync(temporary, { force: true });
    }
  }
}

/** Marks an entry used now: the sweep keeps it another ENTRY_MAX_AGE_MS. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Read-only cache: it is still read, only never swept by use.
  }
}

/**
 * Removes the entries of a tool folder not used for ENTRY_MAX_AGE_MS (an entry's time is renewed each
 * time it is read or written) and temporary files abandoned mid-write. Without it the folder would keep
 * one entry for every version of every file ever linted with this build. Errors leave an entry in place.
 */
function sweep(folder: string, now: number): void {
  for (const sub of readdirSync(folder)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    const dir = join(folder, sub);
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      try {
        const age = now - statSync(file).mtimeMs;
        if (age >= (name.endsWith('.tmp') ? TEMPORARY_MAX_AGE_MS : ENTRY_MAX_AGE_MS)) rmSync(file, { force: true });
      } catch {
        // Removed meanwhile by another run: nothing to do.
      }
    }
  }
}
