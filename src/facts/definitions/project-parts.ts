// Project facts comparing the narrative paragraph with the project table of the same fund: amount and name.
import { defineFact, type LocatedItem } from '../types.js';
import { formatYuan, placeOf, placeOfEn, relatedAt } from './format.js';
import { normaliseFundName } from '../../parse/link/similarity.js';

export const budgetMismatches = defineFact({
  name: 'budgetMismatches',
  scope: 'project',
  type: 'list',
  description: '叙述中的年初安排金额与项目表预算数不一致（按元比较，容差 0.01 元）',
  itemKeys: ['narrativeAmount', 'tableBudget', 'tablePlace', 'tablePlaceEn'],
  compute(subject) {
    const amount = subject.project.narrative?.amount;
    const budget = subject.project.table?.budget;
    if (!amount || !budget || Math.abs(amount.value - budget.value) < 0.01) return [];
    const item: LocatedItem = {
      span: amount.span,
      path: [...subject.path, 'narrative', 'amount'],
      data: { narrativeAmount: formatYuan(amount.value), tableBudget: formatYuan(budget.value), tablePlace: placeOf(budget.span), tablePlaceEn: placeOfEn(budget.span) },
      related: [relatedAt(budget.span, `项目表预算数：${budget.raw}`)],
    };
    return [item];
  },
});

export const nameMismatches = defineFact({
  name: 'nameMismatches',
  scope: 'project',
  type: 'list',
  description: '叙述与项目表中同一项目的名称不同（去掉标点和“经费/项目/资金”等通用词后比较）',
  itemKeys: ['narrativeName', 'tableName', 'tablePlace', 'tablePlaceEn'],
  compute(subject) {
    const narrative = subject.project.narrative?.name;
    const table = subject.project.table?.name;
    if (!narrative || !table || normaliseFundName(narrative.text) === normaliseFundName(table.text)) return [];
    const item: LocatedItem = {
      span: narrative.span,
      path: [...subject.path, 'narrative', 'name'],
      data: { narrativeName: narrative.text, tableName: table.text, tablePlace: placeOf(table.span), tablePlaceEn: placeOfEn(table.span) },
      related: [relatedAt(table.span, `项目表项目名称：${table.text}`)],
    };
    return [item];
  },
});

export const hasNarrative = defineFact({
  name: 'hasNarrative', scope: 'project', type: 'boolean',
  description: '项目在叙述部分有对应段落',
  compute: (subject) => subject.project.narrative !== null,
});

export const hasTable = defineFact({
  name: 'hasTable', scope: 'project', type: 'boolean',
  description: '项目有绩效目标表',
  compute: (subject) => subject.project.table !== null,
});

export const projectName = defineFact({
  name: 'projectName', scope: 'project', type: 'string',
  description: '项目名称（有项目表时取表中的项目名称）',
  compute: (subject) => subject.project.name,
});

export const projectKind = defineFact({
  name: 'projectKind', scope: 'project', type: 'string',
  description: '资金类别：basic（基本支出，如人员类、日常公用）或 project（项目支出）',
  compute: (subject) => subject.project.kind,
});

export const PROJECT_PART_FACTS = [budgetMismatches, nameMismatches, hasNarrative, hasTable, projectName, projectKind];
