// Validates rule files against the schema and against the facts, operators and anchors that really exist.
import { RuleFileSchema, type Condition, type RuleFile, type Scope } from './rule-schema.js';
import { ConfigurationError, formatFieldPath } from './errors.js';
import { checkOperator, checkPattern } from './operators.js';
import { ANCHOR_NAMES } from '../facts/subjects.js';
import type { FactDefinition } from '../facts/types.js';

/** A rule file as read from disk (or given by an embedding program). */
export interface RuleSource {
  file: string;
  text: string;
}

/** Facts available per scope, by name. */
export type FactIndex = Record<Scope, ReadonlyMap<string, FactDefinition>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/i, '');
}

function checkConditions(rule: RuleFile, condition: Condition, where: string, facts: FactIndex, file: string): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => checkConditions(rule, c, `${where}.all[${i}]`, facts, file));
    return;
  }
  if ('any' in condition) {
    condition.any.forEach((c, i) => checkConditions(rule, c, `${where}.any[${i}]`, facts, file));
    return;
  }
  if ('not' in condition) {
    checkConditions(rule, condition.not, `${where}.not`, facts, file);
    return;
  }
  const fact = facts[rule.scope].get(condition.fact);
  if (!fact) {
    const known = [...facts[rule.scope].keys()].sort().join(', ');
    throw new ConfigurationError(file, `${where}.fact`, `范围“${rule.scope}”中没有事实“${condition.fact}”（可用：${known}）`);
  }
  const op = checkOperator(condition.operator, fact.type);
  if (!op.ok) throw new ConfigurationError(file, `${where}.operator`, op.reason!);
  const base = condition.operator.split(':').pop();
  if ((base === 'matches' || base === 'notMatches') && typeof condition.value === 'string') {
    const re = checkPattern(condition.value);
    if (!re.ok) throw new ConfigurationError(file, `${where}.value`, re.reason!);
  }
  const value = condition.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('fact' in value && !facts[rule.scope].has(value.fact)) {
      throw new ConfigurationError(file, `${where}.value.fact`, `范围“${rule.scope}”中没有事实“${value.fact}”`);
    }
    if ('param' in value && !(value.param in rule.options)) {
      throw new ConfigurationError(file, `${where}.value.param`, `规则没有选项“${value.param}”（请在 options 中给出默认值）`);
    }
  }
}

function checkPlaceholders(rule: RuleFile, facts: FactIndex, file: string): void {
  const itemKeys = rule.each ? (facts[rule.scope].get(rule.each)?.itemKeys ?? []) : [];
  const templates: [string, string | undefined][] = [
    ['message', rule.message], ['messageEn', rule.messageEn], ['suggestion', rule.suggestion], ['suggestionEn', rule.suggestionEn],
  ];
  for (const [field, template] of templates) {
    if (!template) continue;
    for (const match of template.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (facts[rule.scope].has(name) || name in rule.options || itemKeys.includes(name)) continue;
      throw new ConfigurationError(file, field, `占位符 {{${name}}} 既不是事实，也不是选项${rule.each ? `或“${rule.each}”条目的字段` : ''}`);
    }
  }
}

/** Parses and checks one rule file; throws ConfigurationError naming the file and field. */
export function loadRule(source: RuleSource, facts: FactIndex): RuleFile {
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (error) {
    throw new ConfigurationError(source.file, '', `不是合法的 JSON：${(error as Error).message}`);
  }
  const parsed = RuleFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigurationError(source.file, formatFieldPath(issue.path), issue.message);
  }
  const rule = parsed.data;
  const stem = fileStem(source.file);
  if (stem !== rule.id && !source.file.startsWith('<')) {
    throw new ConfigurationError(source.file, 'id', `规则 id“${rule.id}”必须与文件名“${stem}”一致`);
  }
  checkConditions(rule, rule.conditions as Condition, 'conditions', facts, source.file);
  if (rule.each) {
    const fact = facts[rule.scope].get(rule.each);
    if (!fact) throw new ConfigurationError(source.file, 'each', `范围“${rule.scope}”中没有事实“${rule.each}”`);
    if (fact.type !== 'list') throw new ConfigurationError(source.file, 'each', `事实“${rule.each}”不是位置列表（list）类型`);
  }
  if (rule.at && !(ANCHOR_NAMES[rule.scope] as readonly string[]).includes(rule.at)) {
    throw new ConfigurationError(source.file, 'at', `范围“${rule.scope}”没有位置“${rule.at}”（可用：${ANCHOR_NAMES[rule.scope].join(', ')}）`);
  }
  checkPlaceholders(rule, facts, source.file);
  return rule;
}

/** Loads many rule files; rejects duplicate ids. */
export function loadRules(sources: RuleSource[], facts: FactIndex): RuleFile[] {
  const seen = new Map<string, string>();
  const rules: RuleFile[] = [];
  for (const source of sources) {
    const rule = loadRule(source, facts);
    const previous = seen.get(rule.id);
    if (previous) throw new ConfigurationError(source.file, 'id', `规则 id“${rule.id}”与 ${previous} 重复`);
    seen.set(rule.id, source.file);
    rules.push(rule);
  }
  return rules;
}
