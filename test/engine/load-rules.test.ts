// Rule files are validated against the schema and against the facts, operators and anchors that exist.
import { describe, expect, it } from 'vitest';
import { loadRule, loadRules } from '../../src/engine/load-rules.js';
import { ConfigurationError } from '../../src/engine/errors.js';
import { FACTS } from '../../src/facts/index.js';

const base = {
  id: 'x-rule',
  family: 'C',
  scope: 'indicator',
  severity: 'error',
  dimension: 'measurability',
  title: '标题',
  message: '指标“{{level3Text}}”有问题',
  conditions: { all: [{ fact: 'targetEchoesName', operator: 'equal', value: true }] },
};

function load(rule: unknown, file = 'rules/x-rule.json') {
  return loadRule({ file, text: JSON.stringify(rule) }, FACTS);
}

function failure(rule: unknown, file?: string): ConfigurationError {
  try {
    load(rule, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadRule', () => {
  it('accepts a well-formed rule and fills defaults', () => {
    const rule = load(base);
    expect(rule.id).toBe('x-rule');
    expect(rule.options).toEqual({});
    expect(rule.recommended).toBe(true);
  });

  it('names the file when the JSON is broken', () => {
    const e = (() => {
      try {
        loadRule({ file: 'rules/x-rule.json', text: '{ "id": ' }, FACTS);
      } catch (error) {
        return error as ConfigurationError;
      }
      throw new Error('no error');
    })();
    expect(e.file).toBe('rules/x-rule.json');
    expect(e.message).toContain('不是合法的 JSON');
  });

  it.each([
    [{ ...base, message: undefined }, 'message'],
    [{ ...base, severity: 'fatal' }, 'severity'],
    [{ ...base, scope: 'table' }, 'scope'],
    [{ ...base, extra: 1 }, ''],
    [{ ...base, conditions: { all: [{ fact: 'targetEchoesName', operator: 'equal' }] } }, 'conditions'],
  ])('names the field of a schema error (%#)', (rule, field) => {
    const e = failure(rule);
    expect(e.field.startsWith(field)).toBe(true);
  });

  it('rejects an unknown fact, naming the field', () => {
    const e = failure({ ...base, conditions: { all: [{ fact: 'noSuchFact', operator: 'equal', value: true }] } });
    expect(e.field).toBe('conditions.all[0].fact');
    expect(e.reason).toContain('noSuchFact');
  });

  it('rejects a fact of another scope', () => {
    const e = failure({ ...base, conditions: { all: [{ fact: 'scheduleMismatches', operator: 'isNotEmpty', value: true }] } });
    expect(e.field).toBe('conditions.all[0].fact');
  });

  it('rejects an unknown operator and an unknown decorator', () => {
    expect(failure({ ...base, conditions: { any: [{ fact: 'targetEchoesName', operator: 'isTrue', value: true }] } }).field).toBe('conditions.any[0].operator');
    expect(failure({ ...base, conditions: { all: [{ fact: 'level3Text', operator: 'maybe:equal', value: 'x' }] } }).reason).toContain('maybe');
  });

  it('rejects a numeric operator on a boolean fact', () => {
    const e = failure({ ...base, conditions: { all: [{ fact: 'targetEchoesName', operator: 'greaterThan', value: 1 }] } });
    expect(e.field).toBe('conditions.all[0].operator');
  });

  it('rejects a broken regular expression', () => {
    const e = failure({ ...base, conditions: { all: [{ fact: 'level3Text', operator: 'matches', value: '(' }] } });
    expect(e.field).toBe('conditions.all[0].value');
  });

  it('rejects a {param} that has no default option', () => {
    const e = failure({ ...base, conditions: { all: [{ fact: 'predictedConfidence', operator: 'greaterThan', value: { param: 'min' } }] } });
    expect(e.field).toBe('conditions.all[0].value.param');
  });

  it('rejects a value that names an unknown fact', () => {
    const e = failure({ ...base, conditions: { all: [{ fact: 'level3Text', operator: 'equal', value: { fact: 'nope' } }] } });
    expect(e.field).toBe('conditions.all[0].value.fact');
  });

  it('rejects a placeholder that is neither a fact nor an option', () => {
    const e = failure({ ...base, message: '{{nothing}}' });
    expect(e.field).toBe('message');
  });

  it('rejects an id that differs from the file name', () => {
    expect(failure(base, 'rules/other.json').field).toBe('id');
  });

  it('rejects `each` naming a fact that is not a located list', () => {
    expect(failure({ ...base, each: 'level3Text' }).field).toBe('each');
  });

  it('rejects an unknown anchor in `at`', () => {
    expect(failure({ ...base, at: 'cell' }).field).toBe('at');
  });

  it('rejects duplicate ids across files', () => {
    const text = JSON.stringify(base);
    expect(() => loadRules([{ file: 'a/x-rule.json', text }, { file: 'b/x-rule.json', text }], FACTS)).toThrow(/重复/);
  });
});
