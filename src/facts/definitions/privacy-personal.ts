// Document facts about personal data in published text: private persons' names and personal mobile numbers.
import { defineFact, type FactContext, type LocatedItem } from '../types.js';
import type { Document } from '../../model/index.js';
import { looksLikePersonalName } from '../../lexicon/surnames.js';
import { contextOf, documentTextsOf, pieceOf, spanKey } from './relevance-texts.js';
import { PERSON_WORDS, PURPOSE_WORDS, ROLE_WORDS } from '../../lexicon/personal-context.js';
import { MOBILE, PERSON_CONTEXT, textCues } from './text-prefilter.js';

/**
 * Contexts that make a surname-led run a person. A name is only read where the words around it point at
 * one, and every candidate must still pass looksLikePersonalName (common surname, 1–2 given-name
 * characters that are not place, function or budget words):
 * - money for someone: 用于王庆合信访资金, 发放给张某某家属 (a purpose word before, a personal word after);
 * - a petitioner or comrade: 王庆合信访, 李某上访, 王某某同志 (the name right before 信访/上访/同志);
 * - a role label before the name: 项目负责人 徐德迁, 联系人：胡正君.
 */
const PURPOSE_BEFORE = new RegExp(`(?:${PURPOSE_WORDS.join('|')})`, 'g');
const PERSONAL_AFTER = /^(?:家属|家庭|一家|户主|医疗|住院|治疗|丧葬|抚恤|困难|生活补助|补助|救助|慰问|信访|上访|同志)/;
const PERSON_AFTER = new RegExp(PERSON_WORDS.join('|'), 'g');
const ROLE_BEFORE = new RegExp(`(?:${ROLE_WORDS.join('|')})(?:为|是)?[：:\\s]*`, 'g');
const ROLE_NAME_END = /^(?:$|[\s，,。；;、（(）)]|联系|电话|手机|同志)/;

/** Ordinary words that stand right before 信访/上访/同志 and start with a surname character. */
const NOT_A_PETITIONER = /^(?:关于|有关|相关|严格|依法|高频|周末|周密|江苏|党员|全体|各位)/;

/** Name lengths tried, longest plausible first: surname + two characters, surname + one, compound surname + two. */
const LENGTHS = [3, 2, 4] as const;

export interface PersonalName {
  name: string;
  start: number;
  end: number;
}

/** Personal names in one text, in order, each at most once per position. */
export function findPersonalNames(text: string): PersonalName[] {
  const found = new Map<number, PersonalName>();
  const add = (start: number, name: string | undefined) => {
    if (name && !found.has(start)) found.set(start, { name, start, end: start + name.length });
  };
  // A name starting where the context ends: pick the longest reading that the right words follow.
  const startingAt = (start: number, follows: RegExp) =>
    LENGTHS.map((len) => text.slice(start, start + len)).find((c) => looksLikePersonalName(c) && follows.test(text.slice(start + c.length)));
  for (const m of text.matchAll(PURPOSE_BEFORE)) {
    const start = m.index + m[0].length;
    add(start, startingAt(start, PERSONAL_AFTER));
  }
  for (const m of text.matchAll(ROLE_BEFORE)) {
    const start = m.index + m[0].length;
    add(start, startingAt(start, ROLE_NAME_END));
  }
  // A name ending where 信访/上访/同志 begins.
  for (const m of text.matchAll(PERSON_AFTER)) {
    for (const len of LENGTHS) {
      const start = m.index - len;
      const candidate = start >= 0 ? text.slice(start, m.index) : '';
      if (looksLikePersonalName(candidate) && !NOT_A_PETITIONER.test(candidate)) {
        add(start, candidate);
        break;
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** A located hit in one text: offsets into that text and the words reported. */
interface TextHit {
  start: number;
  end: number;
  value: string;
}

/** Personal names of a text as hits (the cache passes its own copy of the text, so the names hold no slice of the document). */
function namesIn(text: string): TextHit[] {
  return findPersonalNames(text).map((n) => ({ start: n.start, end: n.end, value: n.name }));
}

/** Personal names of one text (with a context word) as hits; cached per text, a pure function of it. */
function nameHits(text: string, ctx: FactContext): readonly TextHit[] {
  return ctx.shared('privacy:names', text, namesIn);
}

/** Mobile numbers: 11 digits from 13–19, optionally grouped 3-4-4, not part of a longer number or an amount. */
const MOBILE_NUMBER = /(?<![\d.,，A-Za-z])1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d.,，]|\s*(?:元|万|亿))/g;

function phoneHits(text: string): readonly TextHit[] {
  return findMobileNumbers(text).map((n) => ({ start: n.start, end: n.end, value: n.number }));
}

export function findMobileNumbers(text: string): { number: string; start: number; end: number }[] {
  return [...text.matchAll(MOBILE_NUMBER)].map((m) => ({ number: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Hits of `find` over the document's texts; only texts with the cue are read (find finds nothing elsewhere). */
function scan(document: Document, ctx: FactContext, key: string, cue: number, find: (text: string) => readonly TextHit[]): LocatedItem[] {
  return ctx.memo(key, () => {
    const items: LocatedItem[] = [];
    const seen = new Set<string>();
    const texts = documentTextsOf(document, ctx);
    const cues = textCues(document, ctx);
    for (let i = 0; i < texts.length; i++) {
      if ((cues[i]! & cue) === 0) continue;
      const walked = texts[i]!;
      for (const hit of find(walked.source.text)) {
        const piece = pieceOf(walked, hit.start, hit.end);
        const id = `${spanKey(piece.span)}|${hit.value}`;
        if (seen.has(id)) continue;
        seen.add(id);
        items.push({
          span: piece.span,
          path: piece.path,
          data: { value: hit.value, where: walked.where, context: contextOf(walked.source.text, hit.start, hit.end) },
        });
      }
    }
    return items;
  });
}

export const personalNames = defineFact({
  name: 'personalNames', scope: 'document', type: 'list',
  description: '公开文本中出现的个人姓名（常见姓氏＋1–2字名，且上下文指向个人：用于某某信访资金、某某同志、负责人某某）',
  itemKeys: ['value', 'where', 'context'],
  compute: (s, ctx) =>
    scan(s.document, ctx, 'privacy:names', PERSON_CONTEXT, (text) => nameHits(text, ctx)),
});

export const personalPhones = defineFact({
  name: 'personalPhones', scope: 'document', type: 'list',
  description: '公开文本中出现的手机号码（1[3-9] 开头的 11 位号码，固定电话不算）',
  itemKeys: ['value', 'where', 'context'],
  compute: (s, ctx) =>
    scan(s.document, ctx, 'privacy:phones', MOBILE, phoneHits),
});

export const PRIVACY_FACTS = [personalNames, personalPhones];
