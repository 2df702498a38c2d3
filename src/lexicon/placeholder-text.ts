// Placeholder, junk and template-residue text (R-STRUCT-08): what a cell holds when nobody really filled it in.
import { characterFlags } from './character-flags.js';

/**
 * A cell made only of dashes, slashes, asterisks, dots or question marks (`-`, `/`, `***`, `……`, `？`)
 * and white space is junk (read through CHAR_KINDS below).
 */
const JUNK_CHARACTERS = '-－—–_＿*＊/／\\.．。、·…~～?？';

/**
 * Words that are placeholders when they are the whole cell. Inside longer text they are ordinary words
 * (同上年 "same as last year", 策略 contains 略), so they are only matched whole.
 */
const WHOLE_CELL_PLACEHOLDERS: readonly string[] = [
  '无', '略', '同上', '同前', '同左', '如上', '暂无', '待定', '未定', '不详', '空', '空白', '待补充', '待填', '待填写', '待完善',
  'NA', 'N/A', 'na', 'n/a', 'null', 'NULL', 'none', 'None',
];

const WHOLE_CELL_PLACEHOLDER_SET: ReadonlySet<string> = new Set(WHOLE_CELL_PLACEHOLDERS);

/** The longest whole-cell placeholder: a cell with more word characters than this is none of them. */
const MAX_WHOLE_CELL = Math.max(...WHOLE_CELL_PLACEHOLDERS.map((w) => w.length));

/** `无` is a legitimate value for a negative indicator (对周边环境的负面影响：无), so values do not count it. */
const NOT_A_PLACEHOLDER_IN_VALUE: ReadonlySet<string> = new Set(['无']);

/**
 * Markers that make any text a placeholder wherever they stand: repeated X, ×, asterisks, ○ or □
 * (XX村, ××镇, ***) and 某某. Nobody writes these in real content.
 */
const CONTAINED_PLACEHOLDERS: readonly RegExp[] = [
  /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])/u,
  /[×✕]{2,}/u,
  /[*＊]{2,}/u,
  /[○◯]{2,}/u,
  /[□■]{2,}/u,
  /某某/u,
];

/** All contained markers in one test: a text none of them is in needs no pattern-by-pattern look (which reports the first pattern, not the first place). */
const CONTAINED_ANY = new RegExp(CONTAINED_PLACEHOLDERS.map((p) => `(?:${p.source})`).join('|'), 'u');

/**
 * Phrases that stand in for content (待定, 详见附件). They only make a placeholder when they are
 * nearly all the cell says ("数量待定", "详见附件1"); in "2025年12月底前（具体日期待定）" the
 * value is there and the phrase is a remark.
 */
const STAND_IN_PHRASES: readonly RegExp[] = [/待定/u, /待补充/u, /待填写?/u, /(?:详见|见|参见)附(?:件|表)/u];
/** Words every stand-in phrase contains one of: the quick test before the phrases. */
const STAND_IN_ANY = /待定|待补充|待填|附件|附表/u;



/** How much else a cell may say and still be only a stand-in (characters besides digits and punctuation). */
const STAND_IN_REST = 4;

const SPACES = /[\s\u3000]+/g;
/** End punctuation bare() drops, looked up by character (a `[…]+$` pattern tries every position of the text). */
const END_PUNCTUATION_CHARACTERS = '。.;；,，!！';
const END_PUNCTUATION: ReadonlySet<string> = new Set(END_PUNCTUATION_CHARACTERS);

/**
 * What each UTF-16 code unit is to the quick looks below, one table lookup per character instead of a
 * regex call per look (a cell is some nine characters; the call costs more than the scan):
 * - JUNK: a junk character or white space (a cell made only of them is junk);
 * - SPACE: a character \s matches (bare() then has spaces to remove);
 * - MARKER: a character every contained marker and every stand-in phrase holds;
 * - RESIDUE: a character every template hint holds (its opening bracket, 指, ★/☆, 请, 例, 说, 此 or 这);
 * - END: end punctuation bare() may drop (with SPACE, the characters that may not be in the bare word);
 * - WHOLE: a character of some whole-cell placeholder (a bare word with another is none of them).
 */
const JUNK = 1;
const SPACE = 2;
const MARKER = 4;
const RESIDUE = 8;
const END = 16;
const WHOLE = 32;
const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const CHAR_KINDS: Uint8Array = characterFlags([
  [JUNK_CHARACTERS, JUNK],
  [SPACE_CODES, JUNK | SPACE],
  ['XxＸｘ×✕*＊○◯□■某待附', MARKER],
  ['（(【[指★☆请例说此这', RESIDUE],
  [END_PUNCTUATION_CHARACTERS, END],
  [WHOLE_CELL_PLACEHOLDERS.join(''), WHOLE],
]);

/** True when a text may hold a template hint: it has a character every hint holds. */
function mayHoldTemplateResidue(text: string): boolean {
  for (let i = 0; i < text.length; i++) if ((CHAR_KINDS[text.charCodeAt(i)]! & RESIDUE) !== 0) return true;
  return false;
}

/** Removes spaces and end punctuation, so `无。` and ` 同上 ` read as the words they are. */
function bare(text: string, hasSpace = true): string {
  const word = hasSpace ? text.replace(SPACES, '') : text;
  let end = word.length;
  while (end > 0 && END_PUNCTUATION.has(word[end - 1]!)) end -= 1;
  return end === word.length ? word : word.slice(0, end);
}

/** A look (lookAt) packs three sets of kinds of KIND_BITS bits each, then a length. */
const KIND_BITS = 6;
const KIND_MASK = (1 << KIND_BITS) - 1;

/**
 * One look at a text's characters, packed in a number so that no object is made per cell: the
 * CHAR_KINDS some character has (bits 0–5), those every character has (bits 6–11; all of them for an
 * empty text), those every word character has (bits 12–17; a word character is one that is neither a
 * space nor end punctuation, and bare() keeps every one), and from bit 18 on how many word characters
 * there are, counted up to MAX_WHOLE_CELL + 1. White space at either end counts as it is: it is JUNK and
 * SPACE and no word character, so the look of a text is that of its trimmed form, except for SPACE among
 * the kinds some character has (bare() then has spaces to remove: none, for the trimmed form).
 */
function lookAt(text: string): number {
  let all = KIND_MASK;
  let any = 0;
  let word = KIND_MASK;
  let wordLength = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = CHAR_KINDS[text.charCodeAt(i)]!;
    all &= kind;
    any |= kind;
    if ((kind & (SPACE | END)) === 0) {
      word &= kind;
      if (wordLength <= MAX_WHOLE_CELL) wordLength += 1;
    }
  }
  return any | (all << KIND_BITS) | (word << (2 * KIND_BITS)) | (wordLength << (3 * KIND_BITS));
}

/** True when the bare word of a look may be a whole-cell placeholder: short enough, and made of their characters only. */
function mayBeWholeCell(look: number): boolean {
  return ((look >> (2 * KIND_BITS)) & WHOLE) !== 0 && look >> (3 * KIND_BITS) <= MAX_WHOLE_CELL;
}

/**
 * The placeholder found in a text, as it is written (`XX`, `-`, `无`, `详见附件`), or null when the text
 * is real content. `isValue` marks a 指标值 cell, where a bare 无 is an answer, not a placeholder.
 */
export function findPlaceholder(text: string, isValue = false): string | null {
  return placeholderGiven(text, lookAt(text), isValue);
}

/** findPlaceholder given the look at the text. */
function placeholderGiven(text: string, look: number, isValue: boolean): string | null {
  const any = look & KIND_MASK;
  const all = (look >> KIND_BITS) & KIND_MASK;
  // Blank (every character a space), or junk (every character junk or a space).
  if ((all & SPACE) !== 0) return null;
  if ((all & JUNK) !== 0) return text.trim();
  // Neither a whole-cell placeholder nor with a marker (nearly every cell): no trimmed or bare copy, no set lookup.
  const whole = mayBeWholeCell(look);
  if (!whole && (any & MARKER) === 0) return null;
  const trimmed = text.trim();
  const word = bare(trimmed, (any & SPACE) !== 0);
  if (whole && WHOLE_CELL_PLACEHOLDER_SET.has(word) && !(isValue && NOT_A_PLACEHOLDER_IN_VALUE.has(word))) return word;
  // Every contained marker and stand-in phrase holds a MARKER character; the bare word's characters are the text's.
  if ((any & MARKER) === 0) return null;
  if (CONTAINED_ANY.test(trimmed)) {
    for (const pattern of CONTAINED_PLACEHOLDERS) {
      const m = pattern.exec(trimmed);
      if (m) return m[0];
    }
  }
  if (!STAND_IN_ANY.test(word)) return null;
  for (const pattern of STAND_IN_PHRASES) {
    const m = pattern.exec(word);
    if (!m) continue;
    const rest = word.replace(m[0], '').replace(/[\d\p{P}\s]/gu, '');
    if ([...rest].length <= STAND_IN_REST) return m[0];
  }
  return null;
}

/**
 * Hints a template leaves in a cell (real sample 017: `种植作物成活率(≥**%)>=85`; 005: `指标2:`):
 * a bracketed fill-in hint, a numbered slot, a required-field marker, stars, or an instruction.
 */
const TEMPLATE_RESIDUE: readonly RegExp[] = [
  // (≥**%) (≤**元/株) （≥XX户） (≥N万元): a bracketed hint with a stand-in for the number.
  /[（(]\s*(?:(?:>=|<=|[≥≤＞＜><=＝])\s*(?:[*＊]+|[XxＸｘ×]+|N)|[*＊]{2,}|[XxＸｘ×]{2,})\s*[^（）()\s]{0,10}\s*[)）]/u,
  // 指标1: 指标2： 指标一：
  /指标\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[:：]/u,
  // (必填) （选填） 【必填项】
  /[（(【\[]\s*(?:必填|选填|可选|非必填|必录|选录)项?\s*[)）】\]]/u,
  // ★ ☆ markers of key indicators in a template
  /[★☆]+/u,
  // 请填写… 请输入… (not 申请填写)
  /(?<![申邀提聘报恳敬宴])请(?:填写|输入|选择|填报)/u,
  // 示例： 样例： 填写说明 填报说明 此处填写
  /(?:示例|样例|范例|举例)\s*[:：]/u,
  /(?:填写|填报|填表)说明/u,
  /(?:此处|这里)(?:填写|填报|输入)/u,
];

/** The patterns in global form, compiled once (matchAll and replace then need no fresh RegExp per call). */
const TEMPLATE_RESIDUE_GLOBAL: readonly RegExp[] = TEMPLATE_RESIDUE.map((p) => new RegExp(p.source, 'gu'));

/**
 * All patterns as one alternation: nearly every cell holds no hint, and one test tells so. When none
 * of the patterns matches the text, cutting them out one after another changes nothing either.
 */
export const TEMPLATE_RESIDUE_ANY = new RegExp(TEMPLATE_RESIDUE.map((p) => `(?:${p.source})`).join('|'), 'u');

/** Every template hint in a text, as written, in order of position. */
export function findTemplateResidue(text: string): string[] {
  if (!mayHoldTemplateResidue(text) || !TEMPLATE_RESIDUE_ANY.test(text)) return [];
  const found: { at: number; text: string }[] = [];
  for (const pattern of TEMPLATE_RESIDUE_GLOBAL) {
    for (const m of text.matchAll(pattern)) found.push({ at: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}

/** The text with every template hint cut out (so `XX` inside `(≥XX户)` is not reported twice). */
export function withoutTemplateResidue(text: string): string {
  if (!mayHoldTemplateResidue(text) || !TEMPLATE_RESIDUE_ANY.test(text)) return text;
  let out = text;
  for (const pattern of TEMPLATE_RESIDUE_GLOBAL) out = out.replace(pattern, '');
  return out;
}

/** A cell's placeholder (null when none, or when it is not read for one) and its template hints (empty when none). */
export interface CellFindings {
  placeholder: string | null;
  residue: readonly string[];
}

/** The hints of a cell without any (nearly every cell): one shared empty list. */
const NO_RESIDUE: readonly string[] = [];

/**
 * The placeholder (when `forPlaceholder`) and the template hints of a cell, or null when it has neither.
 * The placeholder is judged without the hints (template residue reports those), and a cell that was
 * nothing but a hint is not also a placeholder. One look at the characters settles nearly every cell.
 */
export function cellFindings(text: string, forPlaceholder: boolean, isValue: boolean): CellFindings | null {
  const look = lookAt(text);
  if ((look & RESIDUE) === 0) {
    // No hint: nothing to cut out, and the placeholder is read in the text itself.
    const placeholder = forPlaceholder ? placeholderGiven(text, look, isValue) : null;
    return placeholder !== null ? { placeholder, residue: NO_RESIDUE } : null;
  }
  const residue = findTemplateResidue(text);
  const placeholder = forPlaceholder ? placeholderWithoutResidue(text, residue.length === 0 ? text : withoutTemplateResidue(text), isValue) : null;
  return placeholder !== null || residue.length > 0 ? { placeholder, residue } : null;
}

/** The placeholder of a text given the text with its hints cut out (`rest`; the text itself when it has none). */
function placeholderWithoutResidue(text: string, rest: string, isValue: boolean): string | null {
  if (rest !== text && rest.trim() === '' && text.trim() !== '') return null;
  return findPlaceholder(rest, isValue);
}
