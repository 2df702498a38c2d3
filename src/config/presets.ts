// The built-in presets a config may extend: `jixiao:recommended` and `jixiao:strict`, computed from the loaded rules.
import type { RuleFile } from '../engine/rule-schema.js';
import type { RuleSetting } from '../engine/rule-set.js';

export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The preset an `extends` entry names (`recommended`, `jixiao:recommended` …), or null. */
export function presetName(entry: string): PresetName | null {
  const name = entry.startsWith('jixiao:') ? entry.slice('jixiao:'.length) : entry;
  return (PRESET_NAMES as readonly string[]).includes(name) ? (name as PresetName) : null;
}

/**
 * A preset's severity for every rule (presets set no options: rules keep their defaults).
 * - `recommended`: rules marked `recommended` (the default) at their own severity; the others off.
 * - `strict`: every rule on at its own severity, and `info` rules raised to `warning`.
 *   Errors stay errors and warnings stay warnings (like ESLint's and Spectral's `all`).
 */
export function presetSettings(name: PresetName, rules: readonly RuleFile[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    if (name === 'recommended') settings[rule.id] = { severity: rule.recommended ? rule.severity : 'off' };
    else settings[rule.id] = { severity: rule.severity === 'info' ? 'warning' : rule.severity };
  }
  return settings;
}
