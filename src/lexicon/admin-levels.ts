// Administrative levels of a budget unit (镇/乡/街道/县/区/市) read from its name, and the words that name a level's own area.

export type AdminLevel = '街道' | '镇' | '乡' | '县' | '区' | '市';

/** Organisational endings after the place name: 人民政府, 办事处, 党委, 本级 … (repeatable: 人民政府本级). */
const ORG_SUFFIX = /(?:人民政府|政府|党委|党工委|人大主席团|人大|办事处|管委会|本级|机关)+$/;

export interface UnitPlace {
  /** The unit's level when it is a township-level government (镇, 乡, 街道); null for departments and higher levels. */
  township: '街道' | '镇' | '乡' | null;
  /** The township's own name with its level word, e.g. 亮甲店镇; '' when the unit is not a township. */
  townshipName: string;
  /** The county (县) the unit belongs to, e.g. 玉田县; '' when the name does not give one. */
  countyName: string;
}

/** Reads the level of a unit from its name: 玉田县亮甲店镇人民政府 → 镇 (亮甲店镇, county 玉田县). */
export function unitPlace(unitName: string): UnitPlace {
  const place = unitName.replace(/[\s\u3000]+/g, '').replace(/^\d+/, '').replace(ORG_SUFFIX, '');
  const county = /^(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?([\u4e00-\u9fff]{1,4}?县)/.exec(place);
  const countyName = county?.[1] ?? '';
  // The township name is what follows the county (or city) part and ends in the level word.
  const rest = countyName ? place.slice(place.indexOf(countyName) + countyName.length) : place.replace(/^.*?[市区](?=.)/, '');
  const township = /(街道|镇|乡)$/.exec(rest);
  if (!township || /(?:城乡|乡镇)$/.test(rest) || rest.length < 2) return { township: null, townshipName: '', countyName };
  return { township: township[1] as UnitPlace['township'], townshipName: rest, countyName };
}

/**
 * Words by which a text speaks of its own township as a whole (全镇, 本乡, 我街道 …) and of its
 * government (镇政府, 乡党委). In a 镇 document the 乡 forms betray a text copied from a 乡 (and so on);
 * generic 乡镇 / 城乡 / 乡村 never count.
 */
const LEVEL_WORDS: Readonly<Record<'街道' | '镇' | '乡', RegExp>> = {
  镇: /(?:全|本|我|该)镇(?![村])|(?<![乡城集村小])镇(?:政府|人民政府|党委|人大)/g,
  乡: /(?:全|本|我|该)乡(?![镇村亲土])|(?<![城])乡(?:政府|人民政府|党委|人大)/g,
  街道: /(?:全|本|我|该)街道|街道(?:党工委|办事处)/g,
};

export interface LevelWordMatch {
  word: string;
  index: number;
  /** The level the word belongs to. */
  level: '街道' | '镇' | '乡';
}

/** Own-area words of the other township levels found in `text` (for a 镇 unit: 全乡, 乡政府, 本街道 …). */
export function foreignLevelWords(text: string, own: '街道' | '镇' | '乡'): LevelWordMatch[] {
  const found: LevelWordMatch[] = [];
  for (const level of ['街道', '镇', '乡'] as const) {
    if (level === own) continue;
    for (const m of text.matchAll(LEVEL_WORDS[level])) {
      // 乡镇政府 / 乡镇党委 are generic for any township.
      if (level === '镇' && text[m.index - 1] === '乡') continue;
      if (level === '乡' && text.slice(m.index, m.index + 2) === '乡镇') continue;
      found.push({ word: m[0], index: m.index, level });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Named townships and counties with a government or party body after them (林南仓镇人民政府,
 * 鸦鸿桥镇党委, 遵化县财政局 …). Without a gazetteer a township name is only taken in a form that
 * cannot be a phrase: right after a county or city word (玉田县林南仓镇), or standing alone after
 * punctuation with the full body name (，林南仓镇人民政府). A county name may also open the text.
 * 保障镇政府 inside a sentence is the unit's own government, not a name.
 */
const NAMED_BODY = /(镇|乡|街道|县)(人民政府|政府|党委|党工委|办事处|人大|财政局|财政所)/g;
const FULL_BODY = new Set(['人民政府', '党委', '党工委', '办事处']);
const LEADING_NON_NAME = /^(?:协调|配合|联合|会同|协助|联系|与|和|同|向|对|及|由|经|在|到|赴|给|为|是|将|把|被|从|至)+/;
/** Words that open a clause and end in no place: 保障镇政府, 支持乡政府 … */
const NOT_A_NAME = /^(?:保障|确保|保证|支持|服务|推动|加强|完善|落实|组织|指导|督促|全|本|我|该|此|各|乡|城|所在|辖区|上级|基层)/;
const MAX_NAME = 4;

export interface NamedPlace {
  name: string;
  index: number;
  level: '镇' | '乡' | '街道' | '县';
}

const isHan = (ch: string | undefined) => ch !== undefined && /[\u4e00-\u9fff]/.test(ch);
const isAdminWord = (ch: string | undefined) => ch !== undefined && /[县市区省州盟]/.test(ch);

/** Place names followed by a government body, with where each starts in `text`. */
export function namedPlaces(text: string): NamedPlace[] {
  const found: NamedPlace[] = [];
  for (const m of text.matchAll(NAMED_BODY)) {
    let start = m.index;
    while (start > 0 && m.index - start <= MAX_NAME + 2 && isHan(text[start - 1]) && !isAdminWord(text[start - 1])) start -= 1;
    const before = text[start - 1];
    const stop = start === 0 ? 'start' : isAdminWord(before) ? 'admin' : isHan(before) ? 'cut' : 'punct';
    const level = m[1] as NamedPlace['level'];
    const accepted = level === '县'
      ? stop !== 'cut'
      : stop === 'admin' || (stop === 'punct' && FULL_BODY.has(m[2]!));
    if (!accepted) continue;
    const raw = text.slice(start, m.index);
    const lead = LEADING_NON_NAME.exec(raw)?.[0].length ?? 0;
    const core = raw.slice(lead);
    if (core.length < 2 || core.length > MAX_NAME || NOT_A_NAME.test(core) || /[乡城和与及的等]$/.test(core)) continue;
    found.push({ name: `${core}${m[1]}`, index: start + lead, level });
  }
  return found;
}
