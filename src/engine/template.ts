// Fills {{placeholders}} in rule messages from list-item data, facts and rule options.
import type { FactValue } from '../facts/types.js';
import type { OptionValue } from './rule-schema.js';

type Value = FactValue | OptionValue | undefined;

function show(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? '' : String(v))).filter(Boolean).join('、');
  return value;
}

/** Replaces each {{name}} with the first source that has it. */
export function renderTemplate(template: string, sources: Record<string, Value>[]): string {
  return template.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    for (const source of sources) if (name in source) return show(source[name]);
    return '';
  });
}
