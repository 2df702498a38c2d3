// Document facts about what the parser found at all: projects and indicator rows.
import { defineFact } from '../types.js';

export const projectCount = defineFact({
  name: 'projectCount', scope: 'document', type: 'number',
  description: '文档中识别出的资金（项目）个数，含只有叙述段落的基本支出',
  compute: (s) => s.document.projects.length,
});

export const indicatorCount = defineFact({
  name: 'indicatorCount', scope: 'document', type: 'number',
  description: '文档中识别出的三级指标个数（项目表的行和叙述中的指标项）',
  compute: (s) =>
    s.document.projects.reduce((n, p) => n + (p.table?.indicators.length ?? 0) + (p.narrative?.indicators.length ?? 0), 0),
});

export const DOCUMENT_STRUCTURE_FACTS = [projectCount, indicatorCount];
