// Project facts comparing the narrative's indicator content with the project table: the structure claim and the indicator names.
import { defineFact, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import { canonicalLevel1, canonicalLevel2, level1Label, level2Label, labelStem, type Level1Key, type Level2Key } from '../../lexicon/categories.js';
import { diceBigrams, diceOfBigrams, diceSimilarity, normaliseForCompare, type DiceBigrams } from '../../classify/similarity.js';
import { placeOf, placeOfEn, relatedAt } from './format.js';
import { indicatorLevel2 } from './indicator-labels.js';

/** The 一级 a 二级 belongs to; economic cost sits under 产出 in the 2015 framework unless the claim names a first-level 成本指标. */
function parentOf(level2: Level2Key, costIsLevel1: boolean): Level1Key {
  switch (level2) {
    case 'QTY': case 'QUAL': case 'TIME': return 'OUTPUT';
    case 'ECON_COST': return costIsLevel1 ? 'COST' : 'OUTPUT';
    case 'SOC_COST': case 'ECO_COST': return 'COST';
    case 'SAT_SUB': return 'SATISFACTION';
    default: return 'BENEFIT';
  }
}

/** The distinct 二级 labels present under each 一级, keyed canonically (an unknown label counts as itself). */
type Level2Groups = Map<Level1Key, Map<string, string>>;

function addTo(groups: Level2Groups, level1: Level1Key, key: string, label: string): void {
  const group = groups.get(level1) ?? new Map<string, string>();
  if (!group.has(key)) group.set(key, label);
  groups.set(level1, group);
}

/** canonicalLevel2 of 二级 labels without a parent, each distinct label read once (entries repeat their 二级). */
function level2Reader(): (label: string) => Level2Key | null {
  const read = new Map<string, Level2Key | null>();
  return (label) => {
    let key = read.get(label);
    if (key === undefined) read.set(label, (key = canonicalLevel2(label)));
    return key;
  };
}

function narrativeGroups(indicators: Indicator[], costIsLevel1: boolean): Level2Groups {
  const groups: Level2Groups = new Map();
  const level2Of = level2Reader();
  for (const ind of indicators) {
    const key = level2Of(ind.level2?.text ?? '');
    if (!key) continue;
    const parent = parentOf(key, costIsLevel1);
    addTo(groups, parent, key, level2Label(key, parent));
  }
  return groups;
}

function tableGroups(indicators: Indicator[]): Level2Groups {
  const groups: Level2Groups = new Map();
  // Rows repeat their 一级 and 二级 labels (merged cells): each distinct label is read once per table.
  const level1s = new Map<string, Level1Key | null>();
  const level2s = new Map<string, { key: string; label: string }>();
  for (const ind of indicators) {
    const level1Text = ind.level1?.text ?? '';
    let l1 = level1s.get(level1Text);
    if (l1 === undefined) level1s.set(level1Text, (l1 = canonicalLevel1(level1Text)));
    const label = ind.level2?.text.trim() ?? '';
    if (!l1 || label === '') continue;
    const seenAs = `${l1}\u0000${label}`;
    let entry = level2s.get(seenAs);
    if (entry === undefined) {
      const key = canonicalLevel2(label, l1) ?? labelStem(label);
      entry = { key, label: key === labelStem(label) ? label : level2Label(key as Level2Key, l1) };
      level2s.set(seenAs, entry);
    }
    addTo(groups, l1, entry.key, entry.label);
  }
  return groups;
}

function describe(group: Map<string, string> | undefined): { count: number; list: string } {
  const labels = [...(group?.values() ?? [])];
  return { count: labels.length, list: labels.length > 0 ? `（${labels.join('、')}）` : '' };
}

/** S9: "其中产出指标、效益指标又各分四个二级指标" against the 二级 categories the fund really lists. */
export const structureClaimMismatches = defineFact({
  name: 'structureClaimMismatches', scope: 'project', type: 'list',
  description: '叙述中“其中……各分N个二级指标”的说法，与该项目叙述列出的、项目表中实有的二级指标个数不符（按一级指标逐个比较，每条说明报告一次）',
  itemKeys: ['level1', 'detail'],
  compute(subject: ProjectSubject) {
    const narrative = subject.project.narrative;
    const claim = narrative?.structureClaim;
    if (!narrative || !claim) return [];
    const table = subject.project.table;
    const costIsLevel1 = claim.level1Names.some((n) => canonicalLevel1(n) === 'COST');
    const fromNarrative = narrative.indicators.length > 0 ? narrativeGroups(narrative.indicators, costIsLevel1) : null;
    const fromTable = table && table.indicators.length > 0 ? tableGroups(table.indicators) : null;
    if (!fromNarrative && !fromTable) return [];

    // '*' (a claim naming no 一级) covers every 一级 the claim listed, else every one present.
    const entries: [string, Level1Key, number][] = [];
    for (const [name, count] of Object.entries(claim.level2Counts)) {
      if (name === '*') {
        const keys = claim.level1Names.map((n) => canonicalLevel1(n)).filter((k): k is Level1Key => k !== null);
        const all = keys.length > 0 ? keys : [...new Set([...(fromNarrative?.keys() ?? []), ...(fromTable?.keys() ?? [])])];
        for (const key of all) entries.push([level1Label(key), key, count]);
        continue;
      }
      const key = canonicalLevel1(name);
      if (key) entries.push([name, key, count]);
    }

    // One finding per claim: each 一级 whose claimed count the narrative list or the table contradicts.
    const names: string[] = [];
    const details: string[] = [];
    const related: LocatedItem['related'] = [];
    for (const [name, key, claimed] of entries) {
      const n = fromNarrative ? describe(fromNarrative.get(key)) : null;
      const t = fromTable ? describe(fromTable.get(key)) : null;
      if ((n === null || n.count === claimed) && (t === null || t.count === claimed)) continue;
      const said = [`称“${name}”下分${claimed}个二级指标`];
      if (n) said.push(`叙述中列出${n.count}个${n.list}`);
      if (t) said.push(`项目表中有${t.count}个${t.list}`);
      names.push(name);
      details.push(said.join('，'));
      const firstRow = table?.indicators.find((i) => canonicalLevel1(i.level1?.text ?? '') === key);
      if (firstRow && t && t.count !== claimed) related.push(relatedAt(firstRow.span, `项目表中的${name}`));
    }
    if (names.length === 0) return [];
    const item: LocatedItem = {
      span: claim.text.span,
      path: [...subject.path, 'narrative', 'structureClaim', 'text'],
      data: { level1: names.join('、'), detail: details.join('；') },
    };
    if (related.length > 0) item.related = related;
    return [item];
  },
});

/** Satisfaction names that differ only in a generic subject (群众满意度, 服务对象满意度, 满意率) say the same thing. */
const GENERIC_SATISFACTION = /^(?:服务对象|对象|群众|人民群众|社会公众|公众|受益群众|受益对象|受益人|服务)?(?:满意度|满意率)$/;

/** Same indicator in both places: equal after normalisation, one a slight extension of the other, or almost identical. */
export function sameIndicatorName(a: string, b: string): boolean {
  return sameNameKey(nameKey(a), nameKey(b));
}

/**
 * A name as sameIndicatorName compares it: normalised, without a trailing 指标; with what the tests
 * below read of it, worked out when first needed and kept (a table row is compared with every entry).
 */
interface NameKey {
  key: string;
  generic?: boolean;
  bigrams?: DiceBigrams;
}

function nameKey(name: string): NameKey {
  return { key: normaliseForCompare(name).replace(/指标$/, '') };
}

const isGeneric = (k: NameKey): boolean => (k.generic ??= GENERIC_SATISFACTION.test(k.key));
const bigramsOf = (k: NameKey): DiceBigrams => (k.bigrams ??= diceBigrams(k.key));

/** The threshold of "almost identical" wording. */
const SAME_NAME_DICE = 0.9;

function sameNameKey(a: NameKey, b: NameKey): boolean {
  const x = a.key;
  const y = b.key;
  if (x === '' || y === '') return false;
  if (x === y) return true;
  if (isGeneric(a) && isGeneric(b)) return true;
  // The shorter and the longer name, picked without a throwaway pair (this runs for every row against every entry).
  const short = x.length <= y.length ? x : y;
  const long = short === x ? y : x;
  // 大气环境质量改善 / 大气环境质量改善率, 人员工作及时性 / 人员工作支付及时性: a word or two added.
  if (short.length >= 3 && long.length - short.length <= 2 && isSubsequence(short, long)) return true;
  const bx = bigramsOf(a);
  const by = bigramsOf(b);
  // Dice cannot exceed 2·min/(sum) of the bigram counts: far apart in size, the names are not the same.
  if ((2 * Math.min(bx.length, by.length)) / (bx.length + by.length) < SAME_NAME_DICE) return false;
  return diceOfBigrams(bx, by) >= SAME_NAME_DICE;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/** A table row close enough to be "the same indicator reworded": reported as a wording difference rather than a missing row. */
const NEAR = 0.5;

/** S8, S10: narrative indicators of a fund that its table does not carry (under the same 二级), with the nearest table row. */
export const narrativeIndicatorsNotInTable = defineFact({
  name: 'narrativeIndicatorsNotInTable', scope: 'project', type: 'list',
  description: '叙述列出的指标在同一项目表的同一二级指标下找不到同名（或几乎同名）的指标；附项目表中最接近的指标',
  itemKeys: ['narrativeName', 'level2', 'tableName', 'tablePlace', 'tablePlaceEn', 'relation'],
  compute(subject: ProjectSubject, ctx) {
    const narrative = subject.project.narrative;
    const table = subject.project.table;
    if (!narrative || !table || narrative.indicators.length === 0 || table.indicators.length === 0) return [];
    const rows = table.indicators.filter((r) => (r.level3?.text.trim() ?? '') !== '');
    // Each row's name read once for the comparisons below: normalised, and as a sameIndicatorName key.
    const normalised = rows.map((r) => normaliseForCompare(r.level3!.text));
    const keys: NameKey[] = normalised.map((n) => ({ key: n.replace(/指标$/, '') }));
    // The rows' Dice bigrams for the nearest row, made when first compared.
    const nameBigrams: (DiceBigrams | undefined)[] = [];
    let level2s: (string | null)[] | null = null;
    const items: LocatedItem[] = [];
    const level2Of = level2Reader();
    narrative.indicators.forEach((ind, i) => {
      const name = ind.level3?.text.trim() ?? '';
      if (name === '' || !ind.level3) return;
      const category = level2Of(ind.level2?.text ?? '');
      const key = nameKey(name);
      // A peer (same 二级) with the name is a row with the name; the same name filed under another 二级 is a
      // category question (other rules), not a missing indicator. Either way nothing to report.
      if (keys.some((k) => sameNameKey(key, k))) return;
      let pool = rows.map((_, k) => k);
      let hasPeers = true;
      if (category) {
        level2s ??= rows.map((r) => indicatorLevel2(r, ctx));
        const peers = pool.filter((k) => level2s![k] === category);
        hasPeers = peers.length > 0;
        if (hasPeers) pool = peers;
      }
      const own = normaliseForCompare(name);
      const ownBigrams = own === '' ? null : diceBigrams(own);
      let nearest: Indicator | undefined = rows[pool[0]!];
      let best = -1;
      for (const k of pool) {
        const row = normalised[k]!;
        const score = ownBigrams === null || row === '' ? diceSimilarity(own, row) : diceOfBigrams(ownBigrams, (nameBigrams[k] ??= diceBigrams(row)));
        if (score > best) {
          nearest = rows[k];
          best = score;
        }
      }
      if (!nearest) return;
      const level2 = ind.level2?.text.trim() || (category ? level2Label(category) : '');
      const tableName = nearest.level3!.text;
      const place = placeOf(nearest.level3!.span);
      const relation = !hasPeers
        ? `在项目表中没有对应：项目表没有“${level2}”类指标（表中最接近的是${place}的“${tableName}”）`
        : best >= NEAR
          ? `与项目表${place}的“${tableName}”相近但措辞不同（如为同一指标，应统一写法）`
          : `在项目表的“${level2}”下没有对应指标（该类下最接近的是${place}的“${tableName}”）`;
      items.push({
        span: ind.level3.span,
        path: [...subject.path, 'narrative', 'indicators', i, 'level3'],
        data: { narrativeName: name, level2, tableName, tablePlace: place, tablePlaceEn: placeOfEn(nearest.level3!.span), relation },
        related: [relatedAt(nearest.level3!.span, `项目表：${tableName}`)],
      });
    });
    return items;
  },
});

export const NARRATIVE_TABLE_FACTS = [structureClaimMismatches, narrativeIndicatorsNotInTable];
