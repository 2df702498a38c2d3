// Every fact of the classification (catalogue B) and value-form (catalogue C) families, gathered so the registry imports one list.
import { CLASSIFICATION_CONFUSION_FACTS } from './classification-confusion.js';
import { CLASSIFICATION_RELEVANCE_FACTS } from './classification-relevance.js';
import { CLASSIFICATION_SATISFACTION_FACTS } from './classification-satisfaction.js';
import { VALUE_BOUNDS_FACTS } from './value-bounds.js';
import { VALUE_FORM_FACTS } from './value-form.js';
import { VALUE_NAME_FACTS } from './value-name.js';

export const CLASSIFICATION_AND_VALUE_FACTS = [
  ...CLASSIFICATION_CONFUSION_FACTS,
  ...CLASSIFICATION_SATISFACTION_FACTS,
  ...CLASSIFICATION_RELEVANCE_FACTS,
  ...VALUE_FORM_FACTS,
  ...VALUE_NAME_FACTS,
  ...VALUE_BOUNDS_FACTS,
];
