// Every built-in fact definition, gathered for the registry.
import type { FactDefinition } from '../types.js';
import { INDICATOR_LABEL_FACTS } from './indicator-labels.js';
import { INDICATOR_VALUE_FACTS } from './indicator-value.js';
import { INDICATOR_CATEGORY_FACTS } from './indicator-category.js';
import { PROJECT_SCHEDULE_FACTS } from './project-schedule.js';
import { PROJECT_PART_FACTS } from './project-parts.js';
import { DOCUMENT_STRUCTURE_FACTS } from './document-structure.js';

export const ALL_FACTS: readonly FactDefinition[] = [
  ...INDICATOR_LABEL_FACTS,
  ...INDICATOR_VALUE_FACTS,
  ...INDICATOR_CATEGORY_FACTS,
  ...PROJECT_SCHEDULE_FACTS,
  ...PROJECT_PART_FACTS,
  ...DOCUMENT_STRUCTURE_FACTS,
] as readonly FactDefinition[];
