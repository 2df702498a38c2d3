// Reads configuration files: discovery up the folder tree, JSON parsing, and the `extends` chain (with cycle checks).
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError, JSON_FIX } from '../engine/errors.js';
import { presetName, type PresetName } from './presets.js';
import { CONFIG_FILE_NAME } from './file-name.js';
import type { ConfigInput, NormalizedConfig } from './schema.js';

/** The schema (zod) is imported when a configuration is actually given: a run without one does not load it. */
async function parseConfig(value: unknown, file: string): Promise<NormalizedConfig> {
  return (await import('./schema.js')).parseConfig(value, file);
}

/** How errors and `--print-config` name a configuration given as an object rather than a file. */
export const CONFIG_OBJECT_SOURCE = '<config>';

/** One step of the resolved chain: a preset, or one configuration file or object. */
export interface ConfigLayer {
  /** `jixiao:recommended`, `jixiao:strict`, an absolute file path, or `<config>`. */
  source: string;
  preset?: PresetName;
  /** Folder that relative paths in this layer (extends, rulesDirs) are resolved from. */
  dir: string;
  config?: NormalizedConfig;
}

/** A configuration with its `extends` flattened: layers in the order they apply (later wins). */
export interface ConfigChain {
  /** The top-level config file, or null (no file: an object, or nothing). */
  configFile: string | null;
  /** Folder that override globs and ignorePatterns are relative to: the top config file's, else the working folder. */
  basePath: string;
  layers: ConfigLayer[];
}

export interface ReadConfigOptions {
  /** A config file (relative to cwd). */
  configFile?: string;
  /** A config object, applied on top of `configFile` when both are given. */
  config?: ConfigInput;
  cwd: string;
}

/** The nearest jixiao.config.json in `from` or a parent folder, or null. */
export function findConfigFile(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads and validates one config file (no `extends` resolution). */
export async function readConfigFile(file: string): Promise<NormalizedConfig> {
  if (!existsSync(file)) throw new ConfigurationError(file, '', '配置文件不存在', '请检查路径（相对于当前目录），或去掉 --config，让程序向上查找 jixiao.config.json');
  if (!statSync(file).isFile()) throw new ConfigurationError(file, '', '配置文件路径是一个目录', `请指向其中的配置文件，如 ${join(file, CONFIG_FILE_NAME)}`);
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(file, '', `不是合法的 JSON：${(error as Error).message}`, JSON_FIX);
  }
  return await parseConfig(json, file);
}

/** An `extends` entry that names a file rather than a preset. */
function isPath(entry: string): boolean {
  return entry.startsWith('.') || entry.startsWith('/') || entry.includes('/') || entry.includes(sep) || /\.json$/i.test(entry);
}

function shown(file: string, from: string): string {
  const rel = relative(from, file);
  return rel.startsWith('..') ? rel : `.${sep}${rel}`;
}

async function layersOf(config: NormalizedConfig, source: string, dir: string, stack: string[]): Promise<ConfigLayer[]> {
  const layers: ConfigLayer[] = [];
  for (const [i, entry] of config.extends.entries()) {
    const field = config.extendsFields[i]!;
    const preset = presetName(entry);
    if (preset) {
      layers.push({ source: `jixiao:${preset}`, preset, dir });
      continue;
    }
    if (!isPath(entry)) {
      throw new ConfigurationError(source, field, `未知的预设“${entry}”；可用的预设：jixiao:recommended、jixiao:strict，或另一个配置文件的相对路径（如 ./base.json）`);
    }
    const file = resolve(dir, entry);
    const loop = stack.indexOf(file);
    if (loop >= 0) {
      const chain = [...stack.slice(loop), file].map((f) => shown(f, dir)).join(' → ');
      throw new ConfigurationError(source, field, `循环继承：${chain}`, '请删去其中一个 extends，使继承链不再回到已经读过的文件');
    }
    if (!existsSync(file)) throw new ConfigurationError(source, field, `找不到要继承的配置文件 ${file}`, '请改正路径（相对于写这条 extends 的配置文件所在的目录），或改用预设 jixiao:recommended、jixiao:strict');
    const child = await readConfigFile(file);
    layers.push(...(await layersOf(child, file, dirname(file), [...stack, file])));
  }
  layers.push({ source, dir, config });
  return layers;
}

/**
 * Reads the configuration chain: `configFile` (with everything it extends), then the `config`
 * object on top. With neither, the chain is empty (the caller applies the default preset).
 */
export async function readConfigChain(options: ReadConfigOptions): Promise<ConfigChain> {
  const layers: ConfigLayer[] = [];
  let configFile: string | null = null;
  if (options.configFile !== undefined) {
    configFile = resolve(options.cwd, options.configFile);
    const config = await readConfigFile(configFile);
    layers.push(...(await layersOf(config, configFile, dirname(configFile), [configFile])));
  }
  if (options.config !== undefined) {
    const config = await parseConfig(options.config, CONFIG_OBJECT_SOURCE);
    layers.push(...(await layersOf(config, CONFIG_OBJECT_SOURCE, options.cwd, [])));
  }
  return { configFile, basePath: configFile ? dirname(configFile) : resolve(options.cwd), layers };
}

/** Checks that every rule folder a config names exists, naming the config file and the field when one does not. */
export function checkRulesDirs(chain: ConfigChain): void {
  for (const layer of chain.layers) {
    layer.config?.rulesDirs.forEach((dir, i) => {
      const abs = resolve(layer.dir, dir);
      if (!existsSync(abs) || !statSync(abs).isDirectory()) {
        throw new ConfigurationError(layer.source, `rulesDirs[${i}]`, `规则目录 ${abs} 不存在或不是目录`, '请改正路径（相对于配置文件所在的目录）或创建该目录，或删去这一项');
      }
    });
  }
}
