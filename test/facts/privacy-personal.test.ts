import { describe, expect, it } from 'vitest';
import { findMobileNumbers, findPersonalNames } from '../../src/facts/definitions/privacy-personal.js';
import { looksLikePersonalName } from '../../src/lexicon/surnames.js';

const names = (text: string) => findPersonalNames(text).map((n) => n.name);

describe('findPersonalNames', () => {
  it('finds a petitioner named in a fund purpose or goal (sample S15)', () => {
    expect(names('用于王庆合信访资金')).toEqual(['王庆合']);
    expect(names('2.保证王庆合信访资金项目完成')).toEqual(['王庆合']);
    expect(findPersonalNames('用于王庆合信访资金')[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('finds names after role labels and before 同志/上访', () => {
    expect(names('项目负责人 徐德迁 联系电话 13452649655')).toEqual(['徐德迁']);
    expect(names('联系人：胡正君（19922989736）')).toEqual(['胡正君']);
    expect(names('王建国同志')).toEqual(['王建国']);
    expect(names('对李明信访事项')).toEqual(['李明']);
    expect(names('用于刘欢家庭困难补助')).toEqual(['刘欢']);
  });

  it('does not read place names, unit names or common words as names', () => {
    for (const text of [
      '用于张家口市道路维修', '用于黄河治理补助', '用于高标准农田建设', '用于周边村庄补助', '于是开展信访工作', '用于方案的编制',
      '用于林业补助', '江河治理', '陈旧设施更新', '关于信访工作', '有效化解涉检信访矛盾率', '党员同志', '广大干部同志',
      '高频信访', '严格信访', '马踏镇信访', '合同志愿', '负责人签字', '负责人员', '用于残疾人补助', '向王同志汇报',
    ]) expect(names(text), text).toEqual([]);
  });
});

describe('looksLikePersonalName', () => {
  it('needs a common surname and one or two plausible given-name characters', () => {
    expect(looksLikePersonalName('王庆合')).toBe(true);
    expect(looksLikePersonalName('欧阳明')).toBe(true);
    expect(looksLikePersonalName('张家口')).toBe(false);
    expect(looksLikePersonalName('林业')).toBe(false);
    expect(looksLikePersonalName('项目')).toBe(false);
    expect(looksLikePersonalName('王')).toBe(false);
  });
});

describe('findMobileNumbers', () => {
  it('finds 11-digit mobile numbers, also grouped 3-4-4', () => {
    expect(findMobileNumbers('联系电话13452649655').map((n) => n.number)).toEqual(['13452649655']);
    expect(findMobileNumbers('手机 134-5264-9655').map((n) => n.number)).toEqual(['134-5264-9655']);
  });

  it('ignores amounts, codes and fixed lines', () => {
    for (const text of ['支出13452649655元', '金额13452649655.00', '编号13022925P00002910009K', '电话0315-6112345', '12345678901']) {
      expect(findMobileNumbers(text), text).toEqual([]);
    }
  });
});
