// Every fact of the structure-and-completeness family (catalogue A), gathered so the registry imports one list.
import { STRUCTURE_CELL_FACTS } from './structure-cells.js';
import { STRUCTURE_CATEGORY_FACTS } from './structure-categories.js';
import { STRUCTURE_COLUMN_FACTS } from './structure-columns.js';
import { STRUCTURE_COVERAGE_FACTS } from './structure-coverage.js';
import { STRUCTURE_GOAL_FACTS } from './structure-goals.js';
import { STRUCTURE_NAME_FACTS } from './structure-names.js';
import { STRUCTURE_TEXT_FACTS } from './structure-text.js';
import { STRUCTURE_UNIT_FACTS } from './structure-units.js';

export const STRUCTURE_FACTS = [
  ...STRUCTURE_COLUMN_FACTS,
  ...STRUCTURE_CELL_FACTS,
  ...STRUCTURE_CATEGORY_FACTS,
  ...STRUCTURE_COVERAGE_FACTS,
  ...STRUCTURE_TEXT_FACTS,
  ...STRUCTURE_NAME_FACTS,
  ...STRUCTURE_GOAL_FACTS,
  ...STRUCTURE_UNIT_FACTS,
];
