// Reads the unit that follows a number: longest lexicon match, compound units (元/人·月, 万元/年), bracketed units ((%)), never the start of a word.
import { matchUnitAt, matchUnitsAt, type UnitClass, type UnitEntry } from '../lexicon/units.js';
import { APPROXIMATE_SUFFIXES, SUFFIX_WORDS } from '../lexicon/directions.js';
import { isHanzi } from './fold.js';

export interface UnitMatch {
  unit: string;
  unitClass: UnitClass;
  yuanFactor: number | null;
  /** As written in the original text. */
  raw: string;
  length: number;
}

/**
 * Single-character units that are also the first character of common nouns (项目, 人员, 村级, 年度,
 * 分类, 方案 …). Directly followed by more Hanzi they are read as part of the tail, not as a unit:
 * '≥95项目总成本' has no unit and the tail '项目总成本'.
 */
const NOUN_LIKE = new Set([...'项人村所家期条处本年天日月分度方级等档部类种支队组米亩吨斤周星升']);

/** Words that start with a classifier unit but are nouns: 个人, 次数, 台账, 户数 … */
const CLASSIFIER_WORDS: readonly string[] = [
  '个人', '个性', '个体', '个别', '件数', '份额', '次数', '场所', '场地', '台账', '座谈', '户籍', '户数', '户外', '名称',
  '名单', '位置', '张贴', '间隔', '例会', '宗教', '起草', '起步', '块数', '根据', '把握', '架构', '元旦', '批复', '批准',
  '套餐', '篇幅', '只有', '条件', '头等',
];

/** Text that may follow a unit without being a tail: direction suffixes, 左右, 前. */
const POSTFIXES: readonly string[] = [
  ...SUFFIX_WORDS.map(([word]) => word),
  ...APPROXIMATE_SUFFIXES,
  '之前', '以前', '前', '整',
];

/** Units that may be divided by another unit (元/人, 人/年, 立方米/日). */
const COMPOUND_BASES = new Set<UnitClass>(['money', 'people', 'count', 'volume', 'mass', 'energy', 'length', 'area']);
const DENOMINATOR_CLASSES = new Set<UnitClass>(['people', 'count', 'time', 'length', 'area', 'volume', 'mass']);
const PER = new Set(['/', '每']);
const JOIN = new Set(['·', '•', '・', '/', '.', '*']);

/** Normalised spelling of a denominator: time units without 个 (元/人·月), others by the lexicon (元/㎡ → 元/平方米). */
function denominatorName(entry: UnitEntry): string {
  return entry.unitClass === 'time' ? entry.raw.replace(/^个/, '') : entry.unit;
}

function readDenominator(folded: string, at: number): { name: string; length: number } | null {
  const entry = matchUnitAt(folded, at);
  if (!entry || !DENOMINATOR_CLASSES.has(entry.unitClass)) return null;
  return { name: denominatorName(entry), length: entry.raw.length };
}

/** Nouns that a multi-character unit's last character may start: 个村|庄 is 个 + 村庄. */
const NOUNS_AFTER_UNIT: readonly string[] = ['村庄', '村级', '村民', '村委', '村组', '村集', '村容', '村干', '村两'];

/** True when the unit is glued to the start of a noun and so belongs to the tail. */
function startsWord(entry: UnitEntry, folded: string, end: number): boolean {
  const next = folded[end];
  if (!isHanzi(next) || POSTFIXES.some((p) => folded.startsWith(p, end))) return false;
  if (entry.raw.length > 1) return NOUNS_AFTER_UNIT.some((w) => folded.startsWith(w, end - 1));
  if (NOUN_LIKE.has(entry.raw)) return true;
  return CLASSIFIER_WORDS.some((w) => folded.startsWith(w, end - 1));
}

/**
 * Reads a unit at `start` of the folded text (positions equal the original's). Returns null when no
 * unit starts there or when what looks like a unit is the start of a word.
 */
export function readUnit(original: string, folded: string, start: number): UnitMatch | null {
  // A unit in brackets right after the number: 95(%), 30（万元）.
  if (folded[start] === '(') {
    const close = folded.indexOf(')', start);
    if (close > start + 1) {
      const inner = readUnit(original, folded, start + 1);
      if (inner && start + 1 + inner.length === close) {
        return { ...inner, raw: original.slice(start, close + 1), length: close + 1 - start };
      }
    }
    return null;
  }
  // Longest first, but skip a spelling glued to a following noun (个村庄 → 个, not 个村).
  const entry = matchUnitsAt(folded, start).find(
    (e) => !startsWord(e, folded, start + e.raw.length) || PER.has(folded[start + e.raw.length] ?? ''),
  );
  if (!entry) return null;
  let end = start + entry.raw.length;
  let unit = entry.unit;
  if (COMPOUND_BASES.has(entry.unitClass) && PER.has(folded[end] ?? '')) {
    const first = readDenominator(folded, end + 1);
    if (first) {
      unit += `/${first.name}`;
      end += 1 + first.length;
      const joiner = folded[end] ?? '';
      const second = JOIN.has(joiner) ? readDenominator(folded, end + 1) : null;
      if (second) {
        unit += `·${second.name}`;
        end += 1 + second.length;
      }
    }
  }
  return {
    unit,
    unitClass: entry.unitClass,
    yuanFactor: entry.yuanFactor ?? null,
    raw: original.slice(start, end),
    length: end - start,
  };
}
