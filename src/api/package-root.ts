// Finds the installed package's root folder (where rules/ lives), from source or from the compiled dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from this module to the folder whose package.json is jixiao-lint's. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'jixiao-lint') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('找不到 jixiao-lint 的安装目录（package.json）');
    dir = parent;
  }
}

/** The built-in rules folder. */
export function builtInRulesDir(): string {
  return join(packageRoot(), 'rules');
}
