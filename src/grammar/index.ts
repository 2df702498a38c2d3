// Public entry of the value grammar: parseValue and the helpers rules use with it.
export * from './types.js';
export { parseValue, type ParseValueOptions } from './value.js';
export { readNumber, parseNumber, type NumberMatch, type ReadNumberOptions } from './number.js';
export { readDate, type DateMatch } from './date.js';
export { readDirectionColumn, readLeadingDirection, readTrailingDirection, type DirectionMatch, type DirectionColumn } from './direction.js';
export { readUnit, type UnitMatch } from './unit-reader.js';
export { formatDirection, normaliseDirection, formatNumber, formatValue } from './format.js';
export { isMoneyCeiling, isQuantitative, isRatio } from './predicates.js';
export { foldWidth, isHanzi } from './fold.js';
export { readMonthNumber, parseMonthLabel, type MonthLabel } from './month.js';
