// Document facts about whose text this is: level words of another kind of township (全乡 in a 镇), other units' names, another budget year.
import { defineFact, type FactContext, type LocatedItem } from '../types.js';
import { foreignLevelWords, namedPlaces, unitPlace, type UnitPlace } from '../../lexicon/admin-levels.js';
import { contextOf, documentTextsOf, pieceOf, spanKey, type WalkedText } from './relevance-texts.js';
import { JIEDAO_WORD, NAMED_BODY, TOWN_WORD, XIANG_WORD, YEAR, textCues } from './text-prefilter.js';

/** Texts a unit writes about itself: the indicator basis and description may quote other units and years legitimately. */
function isOwnText(t: WalkedText): boolean {
  return t.kind !== 'indicator' || t.column === 'level3' || t.column === 'target';
}

/** The cues of the other township levels' own-area words (foreignLevelWords of a 镇 unit finds 乡 and 街道 words only). */
function foreignLevelCues(own: '街道' | '镇' | '乡'): number {
  if (own === '镇') return XIANG_WORD | JIEDAO_WORD;
  if (own === '乡') return TOWN_WORD | JIEDAO_WORD;
  return TOWN_WORD | XIANG_WORD;
}

/** Same place when one name ends with the other's core (亮甲店镇 / 玉田县亮甲店镇); the level word is compared apart. */
function samePlace(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const core = (s: string) => s.replace(/(?:街道|镇|乡|县)$/, '');
  return a.endsWith(core(b)) || b.endsWith(core(a)) || core(a).endsWith(core(b)) || core(b).endsWith(core(a));
}

/** "2024年部门整体绩效目标", "2024年度预算": a budget year named where the document's own year belongs. */
/** (A year's carry-over, execution or adjustment — 2024年度预算结转资金 — is a legitimate reference to that year.) */
const BUDGET_YEAR_PHRASE = /(?<![\d较比])((?:19|20)\d{2})\s*年度?(?:部门|单位)?(?:整体|总体)?(?:绩效目标|预算(?:数|安排)?|年度目标|工作目标)(?!的?(?:结转|结余|执行|剩余|追加|调整|完成情况))/g;

function levelWordDetail(place: UnitPlace, unitName: string, word: string): string {
  const own = place.township === '街道' ? '全街道/本街道' : `全${place.township}/本${place.township}`;
  return `本单位“${unitName}”是${place.township}，不应出现“${word}”，应为“${own}”；疑为沿用其他单位的文本`;
}

/** R-REL-03. */
export const foreignEntityMentions = defineFact({
  name: 'foreignEntityMentions', scope: 'document', type: 'list',
  description: '文本说的不是本单位：镇的文件写“全乡/本乡”（乡、街道同理），点名其他乡镇或县的政府，或写了另一个预算年度的“某年绩效目标/预算”',
  itemKeys: ['value', 'where', 'context', 'detail'],
  compute(s, ctx: FactContext) {
    return ctx.memo('entity:foreign', () => {
      const document = s.document;
      const unitName = document.unitName?.text.trim() ?? '';
      const place = unitPlace(unitName);
      const year = document.year?.value;
      const items: LocatedItem[] = [];
      const seen = new Set<string>();
      const add = (t: WalkedText, start: number, end: number, detail: string) => {
        const piece = pieceOf(t, start, end);
        const key = `${spanKey(piece.span)}|${piece.text}`;
        if (seen.has(key)) return;
        seen.add(key);
        items.push({ span: piece.span, path: piece.path, data: { value: piece.text, where: t.where, context: contextOf(t.source.text, start, end), detail } });
      };
      const texts = documentTextsOf(document, ctx);
      const cues = textCues(document, ctx);
      // Each scan below reads only the texts with its cue: a text without one has nothing the scan can find.
      const levelCues = place.township ? foreignLevelCues(place.township) : 0;
      for (let i = 0; i < texts.length; i++) {
        const cue = cues[i]!;
        if ((cue & (levelCues | NAMED_BODY | YEAR)) === 0) continue;
        const t = texts[i]!;
        if (!isOwnText(t)) continue;
        const text = t.source.text;
        if (place.township && (cue & levelCues) !== 0) {
          for (const w of foreignLevelWords(text, place.township)) add(t, w.index, w.index + w.word.length, levelWordDetail(place, unitName, w.word));
        }
        if ((cue & NAMED_BODY) !== 0) {
          for (const p of namedPlaces(text)) {
            const isTownship = p.level !== '县';
            // A township unit names only itself; a county department may name its townships, but not another county.
            if (isTownship && (!place.township || samePlace(p.name, place.townshipName))) continue;
            if (!isTownship && (place.countyName === '' || samePlace(p.name, place.countyName))) continue;
            add(t, p.index, p.index + p.name.length, `本单位是“${unitName}”，这里却提到“${p.name}”；疑为沿用其他单位的文本`);
          }
        }
        if (year !== undefined && (cue & YEAR) !== 0 && (t.kind === 'title' || t.kind === 'overallGoal' || t.kind === 'goal' || t.kind === 'heading' || t.kind === 'purpose')) {
          for (const m of text.matchAll(BUDGET_YEAR_PHRASE)) {
            if (Number(m[1]) === year) continue;
            add(t, m.index, m.index + m[0].length, `文档的预算年度是${year}年，这里写的是${m[1]}年`);
          }
        }
      }
      return items;
    });
  },
});

export const RELEVANCE_ENTITY_FACTS = [foreignEntityMentions];
