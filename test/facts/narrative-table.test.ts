import { describe, expect, it } from 'vitest';
import { sameIndicatorName } from '../../src/facts/definitions/narrative-table.js';

describe('sameIndicatorName', () => {
  it('treats punctuation, unit brackets and a word or two added as the same indicator', () => {
    expect(sameIndicatorName('有效化解涉检信访矛盾率', '有效化解涉检信访矛盾率（%）')).toBe(true);
    expect(sameIndicatorName('机构的综合实力，人才的专业水平', '机构的综合实力、人才的专业水平')).toBe(true);
    expect(sameIndicatorName('大气环境质量改善率', '大气环境质量改善')).toBe(true);
    expect(sameIndicatorName('人员工作及时性', '人员工作支付及时性')).toBe(true);
  });

  it('treats generic satisfaction names as the same', () => {
    expect(sameIndicatorName('群众满意度', '服务对象满意度')).toBe(true);
    expect(sameIndicatorName('对象满意度', '满意率')).toBe(true);
    expect(sameIndicatorName('残疾人满意率', '满意率')).toBe(false);
  });

  it('keeps reworded and different names apart (sample S8, S10)', () => {
    expect(sameIndicatorName('保证企业安全运行，增加企业经济效益', '保证矿井安全运行，增加企业经济效益')).toBe(false);
    expect(sameIndicatorName('生态效益增值率', '生态效益增长率')).toBe(false);
    expect(sameIndicatorName('环保信访投诉办结率', '经济效益增长率')).toBe(false);
  });
});
