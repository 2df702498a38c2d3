// Every built-in fact definition, gathered for the registry.
import type { FactDefinition } from '../types.js';
import { INDICATOR_LABEL_FACTS } from './indicator-labels.js';
import { INDICATOR_VALUE_FACTS } from './indicator-value.js';
import { INDICATOR_CATEGORY_FACTS } from './indicator-category.js';
import { PROJECT_SCHEDULE_FACTS } from './project-schedule.js';
import { PROJECT_PART_FACTS } from './project-parts.js';
import { DOCUMENT_STRUCTURE_FACTS } from './document-structure.js';
import { DIRECTION_POLARITY_FACTS } from './direction-polarity.js';
import { DIRECTION_BAND_FACTS } from './direction-bands.js';
import { MONEY_BUDGET_FACTS } from './money-budget.js';
import { MONEY_TOTAL_FACTS } from './money-totals.js';
import { BASIS_STANDARD_FACTS } from './basis-standard.js';
import { STRUCTURE_FACTS } from './structure-facts.js';
import { CLASSIFICATION_AND_VALUE_FACTS } from './classification-and-value-facts.js';
import { RELEVANCE_GOAL_FACTS } from './relevance-goal.js';
import { RELEVANCE_BOILERPLATE_FACTS } from './relevance-boilerplate.js';
import { RELEVANCE_ENTITY_FACTS } from './relevance-entity.js';
import { RELEVANCE_PERIOD_FACTS } from './relevance-period.js';
import { NARRATIVE_PROGRESS_FACTS } from './narrative-progress.js';
import { NARRATIVE_TEXT_FACTS } from './narrative-text.js';
import { NARRATIVE_TABLE_FACTS } from './narrative-table.js';
import { PRIVACY_FACTS } from './privacy-personal.js';

export const ALL_FACTS: readonly FactDefinition[] = [
  ...INDICATOR_LABEL_FACTS,
  ...INDICATOR_VALUE_FACTS,
  ...INDICATOR_CATEGORY_FACTS,
  ...PROJECT_SCHEDULE_FACTS,
  ...PROJECT_PART_FACTS,
  ...DOCUMENT_STRUCTURE_FACTS,
  ...DIRECTION_POLARITY_FACTS,
  ...DIRECTION_BAND_FACTS,
  ...MONEY_BUDGET_FACTS,
  ...MONEY_TOTAL_FACTS,
  ...BASIS_STANDARD_FACTS,
  ...STRUCTURE_FACTS,
  ...CLASSIFICATION_AND_VALUE_FACTS,
  ...RELEVANCE_GOAL_FACTS,
  ...RELEVANCE_BOILERPLATE_FACTS,
  ...RELEVANCE_ENTITY_FACTS,
  ...RELEVANCE_PERIOD_FACTS,
  ...NARRATIVE_PROGRESS_FACTS,
  ...NARRATIVE_TEXT_FACTS,
  ...NARRATIVE_TABLE_FACTS,
  ...PRIVACY_FACTS,
] as readonly FactDefinition[];
