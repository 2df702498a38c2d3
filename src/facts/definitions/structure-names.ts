// Facts about 三级 names as names: the same indicator set twice in one project (R-STRUCT-10) and name length (R-STRUCT-14).
import { defineFact, type FactContext, type IndicatorSubject, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator, SourcedText } from '../../model/index.js';
import { normaliseForCompare } from '../../classify/similarity.js';
import { placeOf, placeOfEn, relatedAt } from './format.js';
import { effectiveLevel3, isShiftedNarrativeEntry, readCompared } from './structure-categories.js';
import { level3Analysis } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';

/** The 二级 label as written (for a shifted 一级-二级-三级 narrative entry, the field read as 三级). */
const level2Of = (i: Indicator, ctx: FactContext): string => (isShiftedNarrativeEntry(i, ctx) ? i.level3 : i.level2)?.text.trim() ?? '';

/** The parts compared, each on its own: the narrative list restates the table by design. */
const PARTS = ['table', 'narrative'] as const;

/** The comparison key of a row's effective 三级 name; '' for none or a name that normalises to nothing. */
function nameKeyOf(i: Indicator, name: SourcedText, ctx: FactContext): string {
  // The 三级 name's key is kept with its analysis (readCompared trims first, which changes nothing here).
  return name === i.level3 ? level3Analysis(ctx, i).get(SLOT.compared, readCompared) : normaliseForCompare(name.text);
}

/** Parts longer than this find a repeated key through a Map rather than by looking back through the rows before. */
const LOOK_BACK_ROWS = 48;

/**
 * The keys of the rows of the part being read, by row index ('' for none): one list per document,
 * written over part by part (a row's look back reads only rows of its own part, written just before).
 */
function newRowKeys(): string[] {
  return [];
}

export const duplicateIndicatorNames = defineFact({
  name: 'duplicateIndicatorNames',
  scope: 'project',
  type: 'list',
  description: '同一项目表（或同一叙述段落）中名称相同的三级指标（去掉空格、标点、括号后比较）；在第二次出现处报告，附第一次的位置',
  itemKeys: ['name', 'where', 'firstPlace', 'firstPlaceEn', 'relation'],
  compute(s: ProjectSubject, ctx) {
    const items: LocatedItem[] = [];
    for (const part of PARTS) {
      const indicators = s.project[part]?.indicators;
      // Fewer than two rows cannot repeat a name.
      if (indicators === undefined || indicators.length < 2) continue;
      // Where each key was first seen, as the row's index: a look back through the keys of the rows
      // before (a part has a dozen rows) instead of a Map per part; a long part gets a Map, so the look
      // back never grows quadratic.
      const first = indicators.length > LOOK_BACK_ROWS ? new Map<string, number>() : null;
      const keys = ctx.memo('names:row-keys', newRowKeys);
      for (let k = 0; k < indicators.length; k++) {
        const i = indicators[k]!;
        const name = effectiveLevel3(i, ctx);
        if (!name) {
          keys[k] = '';
          continue;
        }
        const key = nameKeyOf(i, name, ctx);
        keys[k] = key;
        // Names that normalise to nothing (-, /, ***) are junk, reported by placeholder-or-junk-text.
        if (key === '') continue;
        let at = -1;
        if (first === null) {
          for (let j = 0; j < k; j++) {
            if (keys[j] === key) {
              at = j;
              break;
            }
          }
        } else {
          at = first.get(key) ?? -1;
          if (at < 0) first.set(key, k);
        }
        if (at < 0) continue;
        const earlier = indicators[at]!;
        const earlierName = effectiveLevel3(earlier, ctx)!;
        const a = level2Of(earlier, ctx);
        const b = level2Of(i, ctx);
        const relation = a === b ? (a === '' ? '' : `同在“${a}”下`) : `分别列在“${a || '（空）'}”和“${b || '（空）'}”下`;
        items.push({
          span: name.span,
          path: [...s.path, part, 'indicators', k, name === i.level3 ? 'level3' : 'description'],
          data: {
            name: name.text.trim(),
            where: part === 'table' ? '项目表' : '叙述',
            firstPlace: placeOf(earlierName.span),
            firstPlaceEn: placeOfEn(earlierName.span),
            relation: relation === '' ? '' : `，${relation}`,
          },
          related: [relatedAt(earlierName.span, `第一次出现：${earlierName.text.trim()}${a ? `（${a}）` : ''}`)],
        });
      }
    }
    return items;
  },
});

export const level3Length = defineFact({
  name: 'level3Length',
  scope: 'indicator',
  type: 'number',
  description: '三级指标名称的字数（不计空白）；没有名称时为 0',
  compute: (s: IndicatorSubject) => codePointsWithoutSpace(s.indicator.level3?.text ?? ''),
});

/** White space as \s (and \u3000) matches it. */
const SPACE = /[\s\u3000]/;

/**
 * [...text.replace(/[\s\u3000]+/g, '')].length without the copy and the array: code points once the
 * spaces are out (a high surrogate pairs with the low one that follows it, even across a removed space).
 */
function codePointsWithoutSpace(text: string): number {
  let count = 0;
  let pendingHigh = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      count += 1;
      pendingHigh = false;
      continue;
    }
    if (SPACE.test(text[i]!)) continue;
    if (pendingHigh && code >= 0xdc00 && code <= 0xdfff) {
      pendingHigh = false;
      continue;
    }
    count += 1;
    pendingHigh = code >= 0xd800 && code <= 0xdbff;
  }
  return count;
}

export const STRUCTURE_NAME_FACTS = [duplicateIndicatorNames, level3Length];
