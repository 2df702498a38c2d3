// A 绩效目标 that only repeats the project name (R-STRUCT-11).
import { describe, expect, it } from 'vitest';
import { goalOnlyRepeatsName } from '../../src/facts/definitions/structure-goals.js';

describe('goalOnlyRepeatsName', () => {
  it.each([
    ['按时发放村组干部报酬', '村组干部报酬'],
    ['确保乡镇人大工作站正常运转；年初预算乡镇人大工作站经费', '乡镇人大工作站'],
    ['完成河渠清理及河长制', '河渠清理及河长制项目'],
    ['信访维稳', '信访维稳（保险）'],
    ['残疾人保障金', '残疾人保障金'],
  ])('“%s” only repeats “%s”', (goal, name) => {
    expect(goalOnlyRepeatsName(goal, name)).toBe(true);
  });

  it.each([
    ['完成全镇5公里河渠清理', '河渠清理及河长制项目'],
    ['完成河渠清理及河长制项目，改善河道水环境和村容村貌', '河渠清理及河长制项目'],
    ['改善残疾人生活质量，提高幸福水平；保证残疾人保障金项目顺利开展', '残疾人保障金'],
    ['确保信访稳定，推进信访维稳工作', '信访维稳（保险）'],
    ['保证宣传人武工作正常开展；保证党建工作正常开展', '人武、党团妇建设、纪检、宣传经费'],
    ['', '残疾人保障金'],
  ])('“%s” says more than “%s”', (goal, name) => {
    expect(goalOnlyRepeatsName(goal, name)).toBe(false);
  });
});
