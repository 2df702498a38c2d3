// Checks a schema-valid rule against the facts, operators and anchors that really exist; no zod here, so start-up need not load it.
import type { Condition, LeafCondition, RuleFile, Scope } from './rule-schema.js';
import { ConfigurationError } from './errors.js';
import { checkOperator, checkPattern } from './operators.js';
import { ANCHOR_NAMES } from '../facts/subjects.js';
import type { FactDefinition } from '../facts/types.js';

/** A rule file as read from disk (or given by an embedding program). */
export interface RuleSource {
  file: string;
  text: string;
  /** The rule as the build validated it (dist/rule-index.json) when `text` is exactly what was validated: the schema is skipped. */
  validated?: RuleFile;
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
    throw new ConfigurationError(file, `${where}.fact`, `范围“${rule.scope}”中没有事实“${condition.fact}”（可用：${known}）`, '请改用上面列出的事实之一（注意大小写），或把规则的 scope 改为定义该事实的范围');
  }
  const op = checkOperator(condition.operator, fact.type);
  if (!op.ok) throw new ConfigurationError(file, `${where}.operator`, op.reason!, '请改用列出的运算符，并确认它适用于该事实的类型（见 rules/README.md）');
  const base = condition.operator.split(':').pop();
  if (base === 'matches' || base === 'notMatches') checkPatternValue(rule, condition, where, file);
  const value = condition.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('fact' in value && !facts[rule.scope].has(value.fact)) {
      throw new ConfigurationError(file, `${where}.value.fact`, `范围“${rule.scope}”中没有事实“${value.fact}”`, '请改用该范围中存在的事实（可用的事实见 fact 字段的错误信息或 rules/README.md）');
    }
    if ('param' in value && !(value.param in rule.options)) {
      throw new ConfigurationError(file, `${where}.value.param`, `规则没有选项“${value.param}”（请在 options 中给出默认值）`);
    }
  }
}

/**
 * A matches/notMatches pattern, literal or from an option (`{ "param": … }`, whose default is checked here and
 * whose configured values in resolve.ts), must compile and must not backtrack catastrophically.
 */
function checkPatternValue(rule: RuleFile, condition: LeafCondition, where: string, file: string): void {
  const value = condition.value;
  const param = value !== null && typeof value === 'object' && !Array.isArray(value) && 'param' in value ? value.param : undefined;
  if (param !== undefined && !(param in rule.options)) return; // reported below as a missing option
  const re = checkPattern(param === undefined ? value : rule.options[param]);
  if (!re.ok) throw new ConfigurationError(file, param === undefined ? `${where}.value` : `options.${param}`, re.reason!, re.fix ?? '');
}

/** The options a rule uses as matches/notMatches patterns: a configured value for them is checked like the default. */
export function patternOptions(rule: RuleFile): string[] {
  const out: string[] = [];
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else {
      const base = c.operator.split(':').pop();
      const v = c.value;
      if ((base === 'matches' || base === 'notMatches') && v !== null && typeof v === 'object' && !Array.isArray(v) && 'param' in v) out.push(v.param);
    }
  };
  visit(rule.conditions as Condition);
  return out;
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
      throw new ConfigurationError(file, field, `占位符 {{${name}}} 既不是事实，也不是选项${rule.each ? `或“${rule.each}”条目的字段` : ''}`, '请改成该范围的事实名或 options 中的选项名，或删去该占位符');
    }
  }
}

/** Checks one schema-valid rule (from `source`); throws ConfigurationError naming the file and field. */
export function checkRule(rule: RuleFile, source: RuleSource, facts: FactIndex): RuleFile {
  const stem = fileStem(source.file);
  if (stem !== rule.id && !source.file.startsWith('<')) {
    throw new ConfigurationError(source.file, 'id', `规则 id“${rule.id}”必须与文件名“${stem}”一致`, `请把 id 改为“${stem}”，或把文件改名为 ${rule.id}.json`);
  }
  checkConditions(rule, rule.conditions as Condition, 'conditions', facts, source.file);
  if (rule.each) {
    const fact = facts[rule.scope].get(rule.each);
    if (!fact) throw new ConfigurationError(source.file, 'each', `范围“${rule.scope}”中没有事实“${rule.each}”`, '请改用该范围中 list 类型的事实，或删去 each');
    if (fact.type !== 'list') throw new ConfigurationError(source.file, 'each', `事实“${rule.each}”不是位置列表（list）类型`, '请改用 list 类型的事实（每项带位置），或删去 each');
  }
  if (rule.at && !(ANCHOR_NAMES[rule.scope] as readonly string[]).includes(rule.at)) {
    throw new ConfigurationError(source.file, 'at', `范围“${rule.scope}”没有位置“${rule.at}”（可用：${ANCHOR_NAMES[rule.scope].join(', ')}）`, '请改用上面列出的位置之一，或删去 at');
  }
  checkPlaceholders(rule, facts, source.file);
  return rule;
}

/**
 * Checks many rules and rejects duplicate ids. A source the build validated is used as it is;
 * any other goes through `parse` (JSON and the schema, see load-rules.ts).
 */
export function checkRules(sources: RuleSource[], facts: FactIndex, parse: (source: RuleSource) => RuleFile): RuleFile[] {
  const seen = new Map<string, string>();
  const rules: RuleFile[] = [];
  for (const source of sources) {
    const rule = checkRule(source.validated ?? parse(source), source, facts);
    const previous = seen.get(rule.id);
    if (previous) throw new ConfigurationError(source.file, 'id', `规则 id“${rule.id}”与 ${previous} 重复`, '每条规则的 id 必须唯一：请给其中一条改名（文件名随之改），或删去重复的文件');
    seen.set(rule.id, source.file);
    rules.push(rule);
  }
  return rules;
}
