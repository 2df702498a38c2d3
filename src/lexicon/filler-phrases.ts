// Generic benefit wording (R-CLASS-06): names made only of these words (促进经济发展, 维护社会稳定, 增强影响力) say nothing about a project.

/**
 * Topic words of the generic benefit slogans. When one of them also appears in the project's name,
 * purpose or goals, the phrase is about the project after all (维护社会稳定 for a 维稳 fund), so these
 * are the words R-CLASS-06 looks for in the project text.
 */
export const FILLER_TOPIC_WORDS: readonly string[] = [
  '经济社会', '社会经济', '生态环境', '可持续', '经济', '社会', '生态', '环境', '稳定', '和谐', '卫生', '公信力', '风气',
  '文明', '秩序', '正能量', '繁荣', '活力', '形象',
];

/** Verbs, change words and abstract nouns of the slogans; they carry no project content. */
export const FILLER_GENERIC_WORDS: readonly string[] = [
  '促进', '推动', '带动', '维护', '保护', '改善', '提高', '提升', '增强', '保障', '保持', '加强', '实现', '助力', '营造',
  '形成', '带来', '产生', '发挥', '增加', '增进', '推进', '确保', '发展', '效益', '效果', '影响力', '影响', '水平', '作用',
  '方面', '行业', '整体', '全面', '综合', '显著', '明显', '良好', '增长率', '增值率', '提升率', '增长', '增值', '健康',
  '快速', '高质量', '进步', '氛围', '能力', '持续', '长远', '积极', '一定', '较大', '良性', '循环',
];

/** Single characters that only join the words above: 的, 与, 对 …, and a trailing 性 or 率. */
export const FILLER_JOINERS: readonly string[] = ['的', '与', '和', '及', '对', '等', '性', '了', '更', '加', '得', '到', '使', '让', '有', '在', '中', '各', '之', '其', '率', '力'];
