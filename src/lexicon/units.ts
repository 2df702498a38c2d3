// Unit lexicon (domain-rules §3.5): every unit spelling we accept, its normalised form and its class, matched longest first.

export type UnitClass =
  | 'percent'
  | 'permille'
  | 'money'
  | 'count'
  | 'people'
  | 'time'
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'energy'
  | 'score'
  | 'concentration'
  /** Recognised units that fit none of the classes above (分贝, 倍). */
  | 'other';

export interface UnitEntry {
  /** Spelling as it appears after full-width folding (％ is matched as %). */
  readonly raw: string;
  /** Normalised unit: '%' for %/％/百分比, '公里' for km/千米, '平方米' for ㎡/m² … */
  readonly unit: string;
  readonly unitClass: UnitClass;
  /** Money only: how many 元 one unit is (万元 → 1e4). */
  readonly yuanFactor?: number;
}

/** [class, [spelling, normalised][]]; a spelling listed alone normalises to itself. */
const GROUPS: readonly (readonly [UnitClass, readonly (string | readonly [string, string])[]])[] = [
  ['percent', ['%', ['百分比', '%'], ['个百分点', '个百分点'], ['百分点', '个百分点']]],
  ['permille', ['‰', ['千分比', '‰']]],
  ['money', ['元', '千元', '万元', '百万元', '千万元', '亿元', ['元整', '元']]],
  [
    'count',
    [
      '个', '项', '件', '份', '次', '场', '场次', '期', '批', '批次', '套', '台', '辆', '座', '处', '所', '家',
      '户', '户次', '村', '条', '盏', '棵', '株', '篇', '本', '册', '张', '部', '间', '把', '根', '块', '只',
      '头', '艘', '架', '组', '类', '种', '支', '队', '宗', '起', '例', '项次', '个次', '车次', '期次', '万户',
      '个村', '个行政村', '个社区', '个乡镇', '万株', '万棵',
    ],
  ],
  ['people', ['人', '人次', ['名', '人'], ['位', '人'], '万人', '万人次', '人日', '人天']],
  [
    'time',
    [
      ['天', '天'], ['日', '天'], ['个工作日', '个工作日'], ['工作日', '个工作日'], '小时', ['个小时', '小时'],
      '分钟', '周', ['个星期', '周'], ['星期', '周'], ['个月', '个月'], ['月', '个月'], '季度', ['个季度', '季度'],
      '年', ['年度', '年'],
    ],
  ],
  ['length', [['公里', '公里'], ['千米', '公里'], ['km', '公里'], '米', ['m', '米'], '延米', ['延长米', '延米'], '厘米', ['cm', '厘米'], '毫米', ['mm', '毫米']]],
  [
    'area',
    [
      '平方米', ['㎡', '平方米'], ['m²', '平方米'], ['m2', '平方米'], ['平米', '平方米'], '万平方米', ['万㎡', '万平方米'],
      '亩', '万亩', '公顷', '平方公里', ['平方千米', '平方公里'], ['km²', '平方公里'], ['km2', '平方公里'],
    ],
  ],
  ['volume', ['立方米', ['m³', '立方米'], ['m3', '立方米'], ['立方', '立方米'], ['方', '立方米'], '万立方米', ['万方', '万立方米'], '升']],
  ['mass', ['吨', '万吨', '千克', ['kg', '千克'], ['公斤', '千克'], '斤']],
  ['energy', ['千瓦时', ['度', '千瓦时'], ['kWh', '千瓦时'], ['kW·h', '千瓦时'], '万千瓦时', '千瓦', ['kW', '千瓦'], '兆瓦', ['MW', '兆瓦'], '吨标准煤']],
  ['score', ['分', '级', '星', ['星级', '星'], '等', '档']],
  [
    'concentration',
    [
      ['μg/m³', 'μg/m³'], ['µg/m³', 'μg/m³'], ['ug/m³', 'μg/m³'], ['μg/m3', 'μg/m³'], ['µg/m3', 'μg/m³'], ['ug/m3', 'μg/m³'],
      ['微克/立方米', 'μg/m³'], ['mg/m³', 'mg/m³'], ['mg/m3', 'mg/m³'], ['mg/L', 'mg/L'], ['mg/l', 'mg/L'], ['毫克/升', 'mg/L'],
    ],
  ],
  ['other', [['分贝', '分贝'], ['dB', '分贝'], '倍']],
];

const YUAN_FACTORS: Readonly<Record<string, number>> = {
  元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 千万元: 1e7, 亿元: 1e8,
};

function buildEntries(): readonly UnitEntry[] {
  const entries: UnitEntry[] = [];
  for (const [unitClass, spellings] of GROUPS) {
    for (const spelling of spellings) {
      const [raw, unit] = typeof spelling === 'string' ? [spelling, spelling] : spelling;
      const yuanFactor = unitClass === 'money' ? YUAN_FACTORS[unit] : undefined;
      entries.push(yuanFactor === undefined ? { raw, unit, unitClass } : { raw, unit, unitClass, yuanFactor });
    }
  }
  // Longest spelling first, so 万平方米 wins over 万 … and 平方米, 人次 over 人, 分钟 over 分.
  return entries.sort((a, b) => b.raw.length - a.raw.length);
}

/** Every unit spelling, longest first. */
export const UNIT_ENTRIES: readonly UnitEntry[] = buildEntries();

const BY_RAW: ReadonlyMap<string, UnitEntry> = new Map(UNIT_ENTRIES.map((e) => [e.raw, e]));

/** Spellings ending in a Latin letter or digit: they only count when no further Latin letter follows. */
const LATIN_END = /[A-Za-z0-9²³]$/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Spellings by their first UTF-16 unit, each list in lexicon order (longest first), with whether the
 * Latin boundary applies: a lookup tries the few spellings that can start there, not all of them.
 */
const BY_FIRST: ReadonlyMap<string, readonly { entry: UnitEntry; latin: boolean }[]> = (() => {
  const index = new Map<string, { entry: UnitEntry; latin: boolean }[]>();
  for (const entry of UNIT_ENTRIES) {
    const first = entry.raw[0];
    if (first === undefined) continue;
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push({ entry, latin: LATIN_END.test(entry.raw) });
  }
  return index;
})();

/**
 * Whether the spelling starts at `start`. Latin units (m, km, kg …) only count when no further Latin
 * letter follows: 'm' must not match the start of 'mg/L' or of an English word.
 */
function spelledAt(candidate: { entry: UnitEntry; latin: boolean }, text: string, start: number): boolean {
  if (!text.startsWith(candidate.entry.raw, start)) return false;
  return !candidate.latin || !LATIN_LETTER.test(text[start + candidate.entry.raw.length] ?? '');
}

/** Every unit spelling that starts at `start` in (already folded) `text`, longest first. */
export function matchUnitsAt(text: string, start: number): UnitEntry[] {
  const found: UnitEntry[] = [];
  for (const candidate of BY_FIRST.get(text[start] ?? '') ?? []) if (spelledAt(candidate, text, start)) found.push(candidate.entry);
  return found;
}

/** Longest unit spelling that starts at `start` in (already folded) `text`, or null. */
export function matchUnitAt(text: string, start: number): UnitEntry | null {
  for (const candidate of BY_FIRST.get(text[start] ?? '') ?? []) if (spelledAt(candidate, text, start)) return candidate.entry;
  return null;
}

/** Looks up a whole string as one unit spelling (after trimming), e.g. a 计量单位 cell. */
export function lookupUnit(text: string): UnitEntry | null {
  return BY_RAW.get(text.trim()) ?? null;
}

/** Class of a normalised unit such as '万元' or '元/人·月' (compound units take the class of their base). */
export function unitClassOf(unit: string): UnitClass | null {
  const direct = BY_RAW.get(unit);
  if (direct) return direct.unitClass;
  const base = unit.split('/')[0];
  return base === undefined || base === unit ? null : (BY_RAW.get(base)?.unitClass ?? null);
}

/** How many 元 one unit is, for money units and money per something (万元/年 → 1e4); null otherwise. */
export function yuanFactorOf(unit: string): number | null {
  return BY_RAW.get(unit.split('/')[0] ?? unit)?.yuanFactor ?? null;
}
