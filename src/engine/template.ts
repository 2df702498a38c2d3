// Fills {{placeholders}} in rule messages from list-item data, facts and rule options; templates are split once, then joined per message.
import type { FactValue } from '../facts/types.js';
import type { OptionValue } from './rule-schema.js';

type Value = FactValue | OptionValue | undefined;
type Sources = readonly Record<string, Value>[];

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function show(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return showList(value);
  return value;
}

/**
 * A list's scalar items joined with 、 (objects and empty strings left out). A loop, not map/filter/join:
 * an optimised map returns a holey list and an interpreted one a packed list, and the filter reading
 * them was deoptimised on the kind it had not seen.
 */
function showList(values: readonly unknown[]): string {
  let out = '';
  for (const v of values) {
    if (typeof v === 'object') continue;
    const text = String(v);
    if (text !== '') out = out === '' ? text : `${out}、${text}`;
  }
  return out;
}

/** The value of placeholder `name`: from the first source that has it, else empty. */
function lookUp(name: string, sources: Sources): string {
  for (const source of sources) if (name in source) return show(source[name]);
  return '';
}

/** A template split into literal text and placeholder names: `texts[0] names[0] texts[1] … texts[n]`. */
interface CompiledTemplate {
  texts: string[];
  names: string[];
}

function compileTemplate(template: string): CompiledTemplate {
  const texts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(last, m.index));
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  texts.push(template.slice(last));
  return { texts, names };
}

/** Renders a compiled template: each {{name}} replaced by the first source that has it. */
function fillTemplate({ texts, names }: CompiledTemplate, sources: Sources): string {
  let out = texts[0]!;
  for (let i = 0; i < names.length; i++) out += lookUp(names[i]!, sources) + texts[i + 1]!;
  return out;
}

/** Compiled templates of one runner, by template text (rule sets hold a bounded number of templates). */
export class TemplateCache {
  private readonly compiled = new Map<string, CompiledTemplate>();

  render(template: string, sources: Sources): string {
    let found = this.compiled.get(template);
    if (found === undefined) {
      found = compileTemplate(template);
      this.compiled.set(template, found);
    }
    return fillTemplate(found, sources);
  }
}
