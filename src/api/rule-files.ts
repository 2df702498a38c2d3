// Reads rule files (*.json) from rule folders, in a stable order, for the engine to validate.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RuleSource } from '../engine/load-rules.js';
import { ConfigurationError } from '../engine/errors.js';

/** Reads every rule file of the given folders; a missing folder is a configuration error. */
export async function readRuleFolders(dirs: string[], cwd: string): Promise<RuleSource[]> {
  const sources: RuleSource[] = [];
  for (const dir of dirs) {
    const abs = resolve(cwd, dir);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) {
      throw new ConfigurationError(dir, '', '规则目录不存在或不是目录');
    }
    // <id>.cases.json beside a rule holds its test cases, not a rule.
    // A plain directory listing (what fast-glob's '*.json' matched: no dotfiles, files or links to files), so that
    // start-up does not load a glob library for one folder.
    const files = (await readdir(abs, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.') && entry.name.endsWith('.json') && !entry.name.endsWith('.cases.json'))
      .map((entry) => ({ entry, file: resolve(abs, entry.name) }))
      .filter(({ entry, file }) => entry.isFile() || (entry.isSymbolicLink() && existsSync(file) && statSync(file).isFile()))
      .map(({ file }) => file)
      .sort();
    for (const file of files) sources.push({ file, text: await readFile(file, 'utf8') });
  }
  return sources;
}
