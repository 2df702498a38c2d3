// Words that carry no target in a 绩效目标 sentence (R-STRUCT-11): what is left of "确保X项目正常运转" once X is taken out.

/**
 * Generic process verbs, fund nouns and connectives. A goal made only of these plus the project name
 * ("按时发放村组干部报酬" for 村组干部报酬, "完成X项目") states no output or effect.
 * Longer words come first so that 正常运转 is removed before 正常.
 */
export const GOAL_FILLER_WORDS: readonly string[] = [
  '正常运转', '正常运行', '顺利开展', '顺利实施', '顺利完成', '正常开展', '按时足额', '按时发放', '及时发放', '足额发放',
  '年初预算', '预算安排', '年度预算', '本年度', '全年度',
  '完成', '做好', '保障', '保证', '确保', '推进', '开展', '实施', '落实', '顺利', '正常', '按时', '按期', '及时', '足额',
  '发放', '支付', '拨付', '使用', '用于', '安排', '运转', '运行', '维持',
  '项目', '工作', '经费', '资金', '任务', '年度', '全年', '本年', '年初', '预算', '各项', '相关', '有关',
  '的', '和', '及', '与', '等', '了', '好',
];

/** Numbering and punctuation in a goal cell ("1.", "2、", "；"), which carry no content either. */
export const GOAL_NUMBERING = /(?:^|[\s；;。，,、])\s*\d{1,2}\s*[.、．)）]|[\s\p{P}]/gu;
