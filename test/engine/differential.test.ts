// The compiled runner against json-rules-engine itself: identical findings over the whole corpus and over generated rules and documents.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import { buildRuleSet, type RuleSet } from '../../src/engine/rule-set.js';
import { RuleRunner } from '../../src/engine/runner.js';
import { ReferenceRunner } from '../../src/engine/reference-runner.js';
import type { Condition, RuleFile, Scope } from '../../src/engine/rule-schema.js';
import { checkOperator } from '../../src/engine/operators.js';
import { FACTS } from '../../src/facts/index.js';
import { createFactContext } from '../../src/facts/context.js';
import type { FactType, FactValue } from '../../src/facts/types.js';
import { SCOPES, subjectsOf } from '../../src/engine/scopes.js';
import type { Document } from '../../src/model/index.js';
import { generateDocument, mulberry32 } from '../bench/generate.mjs';

const ROOT = join(import.meta.dirname, '../..');
const GENERATED_DOCS = 40;
const GENERATED_RULES = 300;

let linter: Linter;
let corpus: { file: string; document: Document }[] = [];
let generated: Document[] = [];

beforeAll(async () => {
  linter = await createLinter({ cwd: ROOT, configFile: join(ROOT, 'corpus/jixiao.config.json') });
  const files = await linter.listFiles(['corpus']);
  for (const file of files) {
    try {
      corpus.push({ file: relative(ROOT, file), document: await linter.parseBuffer(new Uint8Array(readFileSync(file)), relative(ROOT, file)) });
    } catch {
      // unreadable files (none today) have no findings to compare
    }
  }
  generated = Array.from({ length: GENERATED_DOCS }, (_, i) => linter.parse(generateDocument(11, i) as string, `generated-${i}.txt`));
}, 120_000);

async function expectSameFindings(ruleSet: RuleSet, documents: Document[], lang: 'zh' | 'en' = 'zh'): Promise<number> {
  const compiled = new RuleRunner(ruleSet, FACTS);
  const reference = new ReferenceRunner(ruleSet, FACTS);
  let findings = 0;
  for (const document of documents) {
    const ours = await compiled.run(document, lang);
    const theirs = await reference.run(document, lang);
    expect(ours, document.filePath).toEqual(theirs);
    findings += ours.length;
  }
  return findings;
}

describe('compiled rules against json-rules-engine, over the corpus', () => {
  it('reads the whole corpus (sample, clean, real, every format)', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(corpus.some((c) => c.file.endsWith('.docx'))).toBe(true);
    expect(corpus.some((c) => c.file.endsWith('.xlsx'))).toBe(true);
  });

  it('recommended rules: identical messages on every corpus document', async () => {
    const findings = await expectSameFindings(linter.ruleSet, corpus.map((c) => c.document));
    expect(findings).toBeGreaterThan(500);
  });

  it('every rule on (strict), in English too: identical messages on every corpus document', async () => {
    const all = buildRuleSet([...linter.rules]);
    expect(all.byId.size).toBe(linter.rules.length);
    expect(await expectSameFindings(all, corpus.map((c) => c.document), 'en')).toBeGreaterThan(500);
  });

  it(`every rule on: identical messages on ${GENERATED_DOCS} generated documents`, async () => {
    expect(await expectSameFindings(buildRuleSet([...linter.rules]), generated)).toBeGreaterThan(GENERATED_DOCS);
  });
});

const OPERATORS_BY_TYPE: Record<FactType, string[]> = {
  string: ['equal', 'notEqual', 'in', 'notIn', 'matches', 'notMatches', 'isEmpty', 'isNotEmpty', 'not:equal', 'swap:equal', 'someValue:equal', 'everyValue:notEqual'],
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn', 'not:lessThan', 'swap:greaterThan', 'someValue:lessThan'],
  boolean: ['equal', 'notEqual', 'not:equal'],
  'string[]': ['contains', 'doesNotContain', 'isEmpty', 'isNotEmpty', 'someFact:equal', 'everyFact:notEqual', 'someFact:in', 'not:contains', 'someFact:matches', 'everyFact:someValue:equal'],
  list: ['isEmpty', 'isNotEmpty', 'equal', 'notEqual'],
};
const PATTERNS = ['^\\d', '万元$', '率', '^$', '[≥≤]', '(满意|效益)', '.'];

/** Values each fact took on the corpus, to draw literals that sometimes match. */
function observedValues(documents: Document[]): Map<string, FactValue[]> {
  const seen = new Map<string, FactValue[]>();
  for (const document of documents) {
    const ctx = createFactContext();
    for (const scope of SCOPES) {
      for (const subject of subjectsOf(document, scope).slice(0, 6)) {
        for (const [name, definition] of FACTS[scope]) {
          const list = seen.get(name) ?? [];
          if (list.length < 12) list.push(definition.compute(subject as never, ctx));
          seen.set(name, list);
        }
      }
    }
  }
  return seen;
}

function generateRules(seed: number, count: number, observed: Map<string, FactValue[]>): RuleFile[] {
  const next = mulberry32(seed) as () => number;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const scalar = (name: string, type: FactType): string | number | boolean | null => {
    const values = (observed.get(name) ?? []).flatMap((v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [v]));
    if (values.length > 0 && next() < 0.7) return pick(values) as string | number | boolean | null;
    if (type === 'number') return Math.round(next() * 200 - 50);
    if (type === 'boolean') return next() < 0.5;
    return pick(['', '万元', '%', '是', '满意度', '无']);
  };
  const leaf = (scope: Scope): Condition => {
    const [name, definition] = pick([...FACTS[scope]]);
    const operator = pick(OPERATORS_BY_TYPE[definition.type]);
    expect(checkOperator(operator, definition.type).ok, `${operator} on ${definition.type}`).toBe(true);
    const base = operator.split(':').pop()!;
    const sameType = [...FACTS[scope]].filter(([, d]) => d.type === definition.type).map(([n]) => n);
    let value: unknown;
    if (base === 'isEmpty' || base === 'isNotEmpty') value = true;
    else if (base === 'matches' || base === 'notMatches') value = pick(PATTERNS);
    else if (operator.startsWith('someValue') || operator.startsWith('everyValue') || operator.includes(':someValue') || base === 'in' || base === 'notIn') {
      value = Array.from({ length: 1 + Math.floor(next() * 3) }, () => scalar(name, definition.type)).filter((v) => v !== null && typeof v !== 'boolean');
    } else if (next() < 0.15 && sameType.length > 1) value = { fact: pick(sameType) };
    else value = scalar(name, definition.type);
    return { fact: name, operator, value } as Condition;
  };
  const tree = (scope: Scope, depth: number): Condition => {
    const roll = next();
    if (depth >= 3 || roll < 0.45) return leaf(scope);
    if (roll < 0.6) return { not: tree(scope, depth + 1) };
    const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => tree(scope, depth + 1));
    return roll < 0.8 ? { all: parts } : { any: parts };
  };
  return Array.from({ length: count }, (_, i): RuleFile => {
    const scope = pick(SCOPES);
    const facts = [...FACTS[scope]];
    const lists = facts.filter(([, d]) => d.type === 'list').map(([n]) => n);
    const shown = pick(facts)[0];
    const rule: RuleFile = {
      id: `generated-${i}`, family: 'A', scope, severity: pick(['error', 'warning', 'info'] as const), dimension: 'completeness',
      recommended: true, title: `generated ${i}`, message: `规则 ${i}：{{${shown}}} {{threshold}}`, messageEn: `rule ${i}: {{${shown}}}`,
      suggestion: `改为 {{${pick(facts)[0]}}}`, options: { threshold: i }, conditions: { all: [tree(scope, 1)] },
    };
    if (lists.length > 0 && next() < 0.2) rule.each = pick(lists);
    return rule;
  });
}

describe('compiled rules against json-rules-engine, over generated rules', () => {
  it(`${GENERATED_RULES} generated rules (nested all/any/not, decorators, fact-to-fact values, each): identical messages on the corpus and generated documents`, async () => {
    const documents = [...corpus.map((c) => c.document), ...generated.slice(0, 15)];
    const rules = generateRules(20261124, GENERATED_RULES, observedValues(documents.slice(0, 10)));
    const ruleSet = buildRuleSet(rules);
    const findings = await expectSameFindings(ruleSet, documents);
    // Generated rules must both fire and stay quiet, or the comparison proves little.
    const fired = new Set<string>();
    const runner = new RuleRunner(ruleSet, FACTS);
    for (const document of documents.slice(0, 10)) (await runner.run(document)).forEach((m) => fired.add(m.ruleId));
    expect(findings).toBeGreaterThan(1000);
    expect(fired.size).toBeGreaterThan(GENERATED_RULES / 5);
    expect(fired.size).toBeLessThan(GENERATED_RULES);
  }, 240_000);
});
