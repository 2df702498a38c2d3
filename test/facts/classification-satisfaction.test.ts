// Tests for the satisfaction facts: which names are satisfaction measures, and whether they name whom to survey.
import { describe, expect, it } from 'vitest';
import { namesSubject, satisfactionHead } from '../../src/facts/definitions/classification-satisfaction.js';

describe('satisfactionHead', () => {
  it.each([
    ['群众满意度', '满意度', '群众'], ['满意率', '满意率', ''], ['群众满意度提升率', '满意度', '群众'],
    ['效果满意度指标', '满意度', '效果'], ['服务对象满意度', '满意度', '服务对象'],
  ])('%s → %s after %j', (name, term, before) => {
    expect(satisfactionHead(name)).toEqual({ term, before });
  });

  it.each(['满意度调查次数', '村民认可度', '受益人数'])('%s is no satisfaction measure', (name) => {
    expect(satisfactionHead(name)).toBeNull();
  });
});

describe('namesSubject', () => {
  it.each(['群众', '残疾人', '机关工作人员', '主管部门', '服务对象', '受益对象', '职工对福利发放', '参训', '养殖场户', '社会公众'])(
    '%s names a subject', (before) => {
      expect(namesSubject(before)).toBe(true);
    },
  );

  it.each(['', '对象', '效果', '及时性', '服务', '总体', '对项目实施的', '项目'])('%j names no subject', (before) => {
    expect(namesSubject(before)).toBe(false);
  });
});
