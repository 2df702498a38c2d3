// More aim verbs for R-VAL-04, beside goal-verbs.ts: 保护生态环境, 减少矛盾纠纷, 弘扬文明新风 open aims just as 提高 and 维护 do.

/**
 * Verbs that open an aim and are not in GOAL_VERBS. 建立 is left out on purpose: 建立长效管护机制 with the
 * graded value 建立并运行 is the accepted wording of a 可持续影响 milestone.
 */
export const EXTRA_GOAL_VERBS: readonly string[] = [
  '保护', '增加', '降低', '减少', '加快', '健全', '树立', '弘扬', '丰富', '满足', '解决', '杜绝', '防止', '遏制', '激发',
  '引导', '规范', '美化', '净化', '提振', '夯实', '凝聚', '繁荣', '发挥', '发展', '倡导',
];
