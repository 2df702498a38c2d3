// Tests for name clauses, term matching and head detection behind the category model.
import { describe, expect, it } from 'vitest';
import { findTerms, nameClauses } from '../../src/classify/name-terms.js';

const heads = (name: string) => findTerms(name).filter((m) => m.isHead).map((m) => m.term.term);
const terms = (name: string) => findTerms(name).map((m) => m.term.term);

describe('nameClauses', () => {
  it('cleans names and splits clauses', () => {
    expect(nameClauses('有效化解涉检信访矛盾率（%）')).toEqual(['有效化解涉检信访矛盾率']);
    expect(nameClauses('执行效率指标')).toEqual(['执行效率']);
    expect(nameClauses('经济效益提升%')).toEqual(['经济效益提升']);
    expect(nameClauses('机构的综合实力、人才的专业水平')).toEqual(['机构的综合实力', '人才的专业水平']);
    expect(nameClauses('pm2.5 浓度')).toEqual(['PM2.5浓度']);
    expect(nameClauses('补贴（含临时救助）发放户数')).toEqual(['补贴含临时救助发放户数']);
  });
});

describe('findTerms', () => {
  it('drops matches inside a longer match', () => {
    expect(terms('工程验收合格率')).toEqual(['验收合格率']);
    expect(terms('降低成本')).toEqual(['降低成本']);
  });

  it('marks the term at the end as the head', () => {
    expect(heads('社会科学宣传活动举办及时性')).toEqual(['及时性']);
  });

  it('passes the head role through generic heads', () => {
    expect(heads('大气环境质量改善')).toEqual(['环境质量', '改善']);
    expect(heads('村集体经济收入增长率')).toEqual(['收入', '增长率']);
    expect(heads('安全事故发生率')).toEqual(['事故', '发生率']);
    expect(heads('对社会经济发展的影响')).toEqual(['社会经济发展', '影响']);
  });

  it('lets a bare trailing 率 pass the head role left', () => {
    expect(heads('有效化解涉检信访矛盾率')).toContain('矛盾');
  });
});
