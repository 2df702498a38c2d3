// Project facts comparing the narrative's indicator content with the project table: the structure claim and the indicator names.
import { defineFact, type FactContext, type LocatedItem, type ProjectSubject } from '../types.js';
import type { Indicator } from '../../model/index.js';
import { canonicalLevel1, canonicalLevel2, level1Label, level2Label, labelStem, type Level1Key, type Level2Key } from '../../lexicon/categories.js';
import { diceBigrams, diceOfBigrams, diceSimilarity, normaliseForCompare, type DiceBigrams } from '../../classify/similarity.js';
import { placeOf, placeOfEn, relatedAt } from './format.js';
import { indicatorLevel2 } from './indicator-labels.js';
import { level1Analysis, level2Analysis, level3Analysis } from './indicator-readings.js';
import { SLOT } from './name-analysis.js';

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
  let group = groups.get(level1);
  if (group === undefined) {
    group = new Map<string, string>();
    groups.set(level1, group);
  }
  if (!group.has(key)) group.set(key, label);
}

/** canonicalLevel2 of a 二级 label without a parent, as a reader of the label's analysis (entries repeat their 二级). */
const readStemLevel2 = (t: string): Level2Key | null => canonicalLevel2(t);

/** canonicalLevel1 of a 一级 label as written, as a reader of the label's analysis. */
const readStemLevel1 = (t: string): Level1Key | null => canonicalLevel1(t);

function narrativeGroups(indicators: Indicator[], costIsLevel1: boolean, ctx: FactContext): Level2Groups {
  const groups: Level2Groups = new Map();
  for (const ind of indicators) {
    const key = level2Analysis(ctx, ind).get(SLOT.stemLevel2, readStemLevel2);
    if (!key) continue;
    const parent = parentOf(key, costIsLevel1);
    addTo(groups, parent, key, level2Label(key, parent));
  }
  return groups;
}

/** How a table row's 二级 label counts under a 一级: its canonical key (or its stem when unknown) and the label shown. */
interface TableLevel2 {
  key: string;
  label: string;
}

function tableLevel2(label: string, level1: Level1Key): TableLevel2 {
  const key = canonicalLevel2(label, level1) ?? labelStem(label);
  return { key, label: key === labelStem(label) ? label : level2Label(key as Level2Key, level1) };
}

/** A 二级 label read under each 一级 (null when the trimmed label is empty), for the per-linter name cache. */
type TableLevel2ByParent = Readonly<Record<Level1Key, TableLevel2 | null>>;

const NO_TABLE_LEVEL2: TableLevel2ByParent = Object.freeze({ OUTPUT: null, COST: null, BENEFIT: null, SATISFACTION: null });

/** tableLevel2 of a trimmed 二级 text under every 一级: labels are few, and the table then answers any row. */
function readStemLevel2ByParent(t: string): TableLevel2ByParent {
  const label = t.trim();
  if (label === '') return NO_TABLE_LEVEL2;
  return {
    OUTPUT: tableLevel2(label, 'OUTPUT'), COST: tableLevel2(label, 'COST'),
    BENEFIT: tableLevel2(label, 'BENEFIT'), SATISFACTION: tableLevel2(label, 'SATISFACTION'),
  };
}

function tableGroups(indicators: Indicator[], ctx: FactContext): Level2Groups {
  const groups: Level2Groups = new Map();
  // Rows repeat their 一级 and 二级 labels (merged cells): each distinct label is read once per linter (the name cache).
  for (const ind of indicators) {
    const l1 = level1Analysis(ctx, ind).get(SLOT.stemLevel1, readStemLevel1);
    if (!l1) continue;
    const entry = level2Analysis(ctx, ind).get(SLOT.stemLevel2ByParent, readStemLevel2ByParent)[l1];
    if (entry === null) continue;
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
  compute(subject: ProjectSubject, ctx) {
    const narrative = subject.project.narrative;
    const claim = narrative?.structureClaim;
    if (!narrative || !claim) return [];
    const table = subject.project.table;
    const costIsLevel1 = claim.level1Names.some((n) => canonicalLevel1(n) === 'COST');
    const fromNarrative = narrative.indicators.length > 0 ? narrativeGroups(narrative.indicators, costIsLevel1, ctx) : null;
    const fromTable = table && table.indicators.length > 0 ? tableGroups(table.indicators, ctx) : null;
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
      // Counted first: the lists are written out only for a claim that is contradicted.
      const narrativeAgrees = fromNarrative === null || (fromNarrative.get(key)?.size ?? 0) === claimed;
      const tableAgrees = fromTable === null || (fromTable.get(key)?.size ?? 0) === claimed;
      if (narrativeAgrees && tableAgrees) continue;
      const n = fromNarrative ? describe(fromNarrative.get(key)) : null;
      const t = fromTable ? describe(fromTable.get(key)) : null;
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
  return sameNameKey(nameKey(normaliseForCompare(a)), nameKey(normaliseForCompare(b)));
}

/**
 * A name as sameIndicatorName compares it: normalised, and without a trailing 指标; with what the tests
 * below read of it, worked out when first needed and kept. A pure function of the name's text, kept in
 * the per-linter name cache: a table row is compared with every entry, and names recur across files.
 * Every property is there from the start (one object shape).
 */
interface NameKey {
  /** The name normalised (normaliseForCompare). */
  readonly compared: string;
  /** `compared` without a trailing 指标. */
  readonly key: string;
  generic: boolean | null;
  /** Dice bigrams of `key`. */
  bigrams: DiceBigrams | null;
  /** Dice bigrams of `compared`, for the nearest row. */
  comparedBigrams: DiceBigrams | null;
}

function nameKey(compared: string): NameKey {
  return { compared, key: compared.replace(/指标$/, ''), generic: null, bigrams: null, comparedBigrams: null };
}

/** The NameKey of a (三级) text, as a reader of the name's analysis (normaliseForCompare drops what trim would). */
const readSameName = (t: string): NameKey => nameKey(normaliseForCompare(t.trim()));

const isGeneric = (k: NameKey): boolean => (k.generic ??= GENERIC_SATISFACTION.test(k.key));
const bigramsOf = (k: NameKey): DiceBigrams => (k.bigrams ??= diceBigrams(k.key));
/** The bigrams of the normalised name: those of `key` when no 指标 was cut (most names). */
const comparedBigramsOf = (k: NameKey): DiceBigrams =>
  (k.comparedBigrams ??= k.key === k.compared ? bigramsOf(k) : diceBigrams(k.compared));

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

/** The NameKey of each row of a table, null for a row without a name (blank 三级). */
function rowKeysOf(rows: readonly Indicator[], ctx: FactContext): (NameKey | null)[] {
  const keys: (NameKey | null)[] = [];
  for (const row of rows) {
    const named = (row.level3?.text.trim() ?? '') !== '';
    keys.push(named ? level3Analysis(ctx, row).get(SLOT.sameName, readSameName) : null);
  }
  return keys;
}

/** True when some named row has the name (sameNameKey). */
function anyRowNamed(key: NameKey, rowKeys: readonly (NameKey | null)[]): boolean {
  for (const rowKey of rowKeys) if (rowKey !== null && sameNameKey(key, rowKey)) return true;
  return false;
}

/** S8, S10: narrative indicators of a fund that its table does not carry (under the same 二级), with the nearest table row. */
export const narrativeIndicatorsNotInTable = defineFact({
  name: 'narrativeIndicatorsNotInTable', scope: 'project', type: 'list',
  description: '叙述列出的指标在同一项目表的同一二级指标下找不到同名（或几乎同名）的指标；附项目表中最接近的指标',
  itemKeys: ['narrativeName', 'level2', 'tableName', 'tablePlace', 'tablePlaceEn', 'relation'],
  compute(subject: ProjectSubject, ctx) {
    const narrative = subject.project.narrative;
    const table = subject.project.table;
    if (!narrative || !table || narrative.indicators.length === 0 || table.indicators.length === 0) return [];
    const rows = table.indicators;
    const rowKeys = rowKeysOf(rows, ctx);
    // Most entries carry a row's name exactly: one set look-up settles them before any pairwise test.
    const exact = new Set<string>();
    for (const rowKey of rowKeys) if (rowKey !== null && rowKey.key !== '') exact.add(rowKey.key);
    const items: LocatedItem[] = [];
    const entries = narrative.indicators;
    for (let i = 0; i < entries.length; i++) {
      const ind = entries[i]!;
      const level3 = ind.level3;
      if (level3 === null) continue;
      const name = level3.text.trim();
      if (name === '') continue;
      const category = level2Analysis(ctx, ind).get(SLOT.stemLevel2, readStemLevel2);
      const key = level3Analysis(ctx, ind).get(SLOT.sameName, readSameName);
      // A peer (same 二级) with the name is a row with the name; the same name filed under another 二级 is a
      // category question (other rules), not a missing indicator. Either way nothing to report.
      if ((key.key !== '' && exact.has(key.key)) || anyRowNamed(key, rowKeys)) continue;
      // The rows compared are the peers when there are any, else every named row.
      let peersOnly = false;
      if (category) {
        for (let k = 0; k < rows.length && !peersOnly; k++) peersOnly = rowKeys[k] !== null && indicatorLevel2(rows[k]!, ctx) === category;
      }
      const hasPeers = !category || peersOnly;
      const own = key.compared;
      const ownBigrams = own === '' ? null : comparedBigramsOf(key);
      let nearest: Indicator | undefined;
      let best = -1;
      for (let k = 0; k < rows.length; k++) {
        const rowKey = rowKeys[k]!;
        if (rowKey === null || (peersOnly && indicatorLevel2(rows[k]!, ctx) !== category)) continue;
        const row = rowKey.compared;
        const score = ownBigrams === null || row === '' ? diceSimilarity(own, row) : diceOfBigrams(ownBigrams, comparedBigramsOf(rowKey));
        if (score > best) {
          nearest = rows[k];
          best = score;
        }
      }
      if (!nearest) continue;
      const level2 = ind.level2?.text.trim() || (category ? level2Label(category) : '');
      const tableName = nearest.level3!.text;
      const place = placeOf(nearest.level3!.span);
      const relation = !hasPeers
        ? `在项目表中没有对应：项目表没有“${level2}”类指标（表中最接近的是${place}的“${tableName}”）`
        : best >= NEAR
          ? `与项目表${place}的“${tableName}”相近但措辞不同（如为同一指标，应统一写法）`
          : `在项目表的“${level2}”下没有对应指标（该类下最接近的是${place}的“${tableName}”）`;
      items.push({
        span: level3.span,
        path: [...subject.path, 'narrative', 'indicators', i, 'level3'],
        data: { narrativeName: name, level2, tableName, tablePlace: place, tablePlaceEn: placeOfEn(nearest.level3!.span), relation },
        related: [relatedAt(nearest.level3!.span, `项目表：${tableName}`)],
      });
    }
    return items;
  },
});

export const NARRATIVE_TABLE_FACTS = [structureClaimMismatches, narrativeIndicatorsNotInTable];
