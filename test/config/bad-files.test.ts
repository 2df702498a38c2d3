// A table of bad rule and config files: each stops the run (ConfigurationError in the API, exit 2 in the CLI) with a
// message that names the file, the field and how to fix it. Regular expressions that can backtrack catastrophically
// are refused before any rule runs, whether written in a rule or set through a config option.
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/api/load-config.js';
import { run } from '../cli/fake-io.js';
import { configError, tempFolder, userRule } from './helpers.js';

const tmp = tempFolder('jixiao-bad-');
afterAll(() => tmp.cleanup());

/** A rule that reports indicator names matching its `pattern` option. */
const patternRule = (pattern: unknown) =>
  userRule('name-pattern', { options: { pattern }, conditions: { all: [{ fact: 'level3Text', operator: 'matches', value: { param: 'pattern' } }] } });
const matching = (value: unknown, operator = 'matches') =>
  userRule('bad-rule', { conditions: { all: [{ fact: 'level3Text', operator, value }] } });

interface Case {
  name: string;
  /** Files of the case folder (rule files go in rules/, which the config names); strings are written as they are. */
  files: Record<string, unknown>;
  /** The file the error names, relative to the case folder. */
  file: string;
  field: string;
  /** Words of the fix, to check it is there. */
  fix: RegExp;
}

const config = (extra: Record<string, unknown> = {}) => ({ rulesDirs: ['rules'], ...extra });

const CASES: Case[] = [
  { name: 'rule: broken JSON', files: { 'rules/bad-rule.json': '{ "id": "bad-rule", ' }, file: 'rules/bad-rule.json', field: '', fix: /JSON 语法/ },
  { name: 'rule: wrong type', files: { 'rules/bad-rule.json': userRule('bad-rule', { severity: 5 }) }, file: 'rules/bad-rule.json', field: 'severity', fix: /rules\/README\.md/ },
  { name: 'rule: unknown field', files: { 'rules/bad-rule.json': userRule('bad-rule', { colour: 'red' }) }, file: 'rules/bad-rule.json', field: 'colour', fix: /删除该字段或改正拼写/ },
  { name: 'rule: unknown fact', files: { 'rules/bad-rule.json': userRule('bad-rule', { conditions: { all: [{ fact: 'noSuchFact', operator: 'equal', value: 1 }] } }) }, file: 'rules/bad-rule.json', field: 'conditions.all[0].fact', fix: /改用上面列出的事实/ },
  { name: 'rule: unknown operator', files: { 'rules/bad-rule.json': matching('x', 'resembles') }, file: 'rules/bad-rule.json', field: 'conditions.all[0].operator', fix: /改用列出的运算符/ },
  { name: 'rule: invalid regex', files: { 'rules/bad-rule.json': matching('(') }, file: 'rules/bad-rule.json', field: 'conditions.all[0].value', fix: /加反斜杠/ },
  { name: 'rule: regex not a string', files: { 'rules/bad-rule.json': matching(5) }, file: 'rules/bad-rule.json', field: 'conditions.all[0].value', fix: /JSON 字符串/ },
  { name: 'rule: nested quantifier (a+)+', files: { 'rules/bad-rule.json': matching('^(a+)+$') }, file: 'rules/bad-rule.json', field: 'conditions.all[0].value', fix: /“\(a\+\)\+”写成“a\+”/ },
  { name: 'rule: overlapping alternatives (a|a)*', files: { 'rules/bad-rule.json': matching('(a|a)*b', 'notMatches') }, file: 'rules/bad-rule.json', field: 'conditions.all[0].value', fix: /互不重叠/ },
  { name: 'rule: (.*a){20}', files: { 'rules/bad-rule.json': matching('(.*a){20}') }, file: 'rules/bad-rule.json', field: 'conditions.all[0].value', fix: /不嵌套/ },
  { name: 'rule: risky default of a pattern option', files: { 'rules/name-pattern.json': patternRule('(\\d+)*元') }, file: 'rules/name-pattern.json', field: 'options.pattern', fix: /去掉一层重复/ },
  { name: 'rule: id and file name differ', files: { 'rules/other-name.json': userRule('bad-rule') }, file: 'rules/other-name.json', field: 'id', fix: /改为“other-name”/ },
  { name: 'config: broken JSON', files: { 'jixiao.config.json': '{ "rules": ' }, file: 'jixiao.config.json', field: '', fix: /JSON 语法/ },
  { name: 'config: wrong type', files: { 'jixiao.config.json': { lang: 5 } }, file: 'jixiao.config.json', field: 'lang', fix: /Configuration/ },
  { name: 'config: unknown field', files: { 'jixiao.config.json': { rulez: {} } }, file: 'jixiao.config.json', field: 'rulez', fix: /删除该字段或改正拼写/ },
  { name: 'config: unknown rule', files: { 'jixiao.config.json': { rules: { 'unit-requird': 'off' } } }, file: 'jixiao.config.json', field: 'rules.unit-requird', fix: /改为“unit-required”/ },
  { name: 'config: option of the wrong type', files: { 'rules/name-pattern.json': patternRule('元$'), 'jixiao.config.json': config({ rules: { 'name-pattern': ['warning', { pattern: 3 }] } }) }, file: 'jixiao.config.json', field: 'rules.name-pattern[1].pattern', fix: /改为字符串/ },
  { name: 'config: risky regex in an option', files: { 'rules/name-pattern.json': patternRule('元$'), 'jixiao.config.json': config({ overrides: [{ files: '*.txt', rules: { 'name-pattern': { options: { pattern: '(\\w|\\d)+元' } } } }] }) }, file: 'jixiao.config.json', field: 'overrides[0].rules.name-pattern.options.pattern', fix: /互不重叠/ },
  { name: 'config: extends a missing file', files: { 'jixiao.config.json': { extends: './base.json' } }, file: 'jixiao.config.json', field: 'extends', fix: /改正路径/ },
  { name: 'config: missing rulesDirs folder', files: { 'jixiao.config.json': { rulesDirs: ['nowhere'] } }, file: 'jixiao.config.json', field: 'rulesDirs[0]', fix: /改正路径/ },
];

let n = 0;
/** Writes a case into its own folder (with a config naming rules/ unless the case brings its own config). */
function setUp(files: Record<string, unknown>): string {
  const dir = `case${n++}`;
  const all = { 'jixiao.config.json': config(), 'doc.txt': '项目名称：测试\n', ...files };
  for (const [rel, content] of Object.entries(all)) tmp.write(`${dir}/${rel}`, content);
  return `${tmp.dir}/${dir}`;
}

describe('bad rule and config files', () => {
  it.each(CASES)('$name: API ConfigurationError and CLI exit 2 with file, field and fix', async ({ files, file, field, fix }) => {
    const dir = setUp(files);
    const error = await configError(loadConfig({ cwd: dir, configFile: 'jixiao.config.json' }));
    expect(error.file).toBe(`${dir}/${file}`);
    expect(error.field).toBe(field);
    expect(error.fix).toMatch(fix);
    expect(error.message).toContain(file);
    if (field) expect(error.message).toContain(`字段 ${field}`);
    expect(error.message).toContain(error.fix);

    const cli = await run(['doc.txt'], { cwd: dir });
    expect(cli.code).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toMatch(/^jixiao-lint: 配置错误：/);
    expect(cli.stderr).toContain(file);
    if (field) expect(cli.stderr).toContain(`字段 ${field}`);
    expect(cli.stderr).toContain(error.fix);
  });

  it('a safe pattern loads, from the rule and from the config', async () => {
    const dir = setUp({
      'rules/name-pattern.json': patternRule('^\\d+(\\.\\d+)?%$'),
      'jixiao.config.json': config({ rules: { 'name-pattern': ['warning', { pattern: '(?:万元|元)$' }] } }),
    });
    const loaded = await loadConfig({ cwd: dir, configFile: 'jixiao.config.json' });
    expect(loaded.forFile('doc.txt').rules['name-pattern']).toEqual({ severity: 'warning', options: { pattern: '(?:万元|元)$' } });
  });
});
