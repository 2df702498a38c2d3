// The built-in rules as the build validated them (dist/rule-index.json, written by src/build/rule-index.mjs), so start-up can skip the schema.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuleFile } from '../engine/rule-schema.js';

/** The index, relative to the package root. */
export const RULE_INDEX_PATH = join('dist', 'rule-index.json');

/** One built-in rule file: its exact text when validated, and the rule the schema made of it. */
export interface RuleIndexEntry {
  text: string;
  rule: RuleFile;
}

/** Entries by file name (e.g. `unit-required.json`). */
export type RuleIndex = ReadonlyMap<string, RuleIndexEntry>;

/**
 * Reads the index of the package at `root`; null when there is none or it cannot be read (every
 * rule file is then validated). Running from the .ts sources (vitest) it is not used: the sources
 * may be newer than the build that wrote it. Each call parses the file anew, so the rules are the caller's own.
 */
export async function readRuleIndex(root: string): Promise<RuleIndex | null> {
  if (import.meta.url.endsWith('.ts')) return null;
  try {
    const json = JSON.parse(await readFile(join(root, RULE_INDEX_PATH), 'utf8')) as { rules?: Record<string, RuleIndexEntry> };
    return json.rules ? new Map(Object.entries(json.rules)) : null;
  } catch {
    return null;
  }
}
