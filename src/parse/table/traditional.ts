// Mirror artefacts in labels: pinyin annotations after characters (一級(jí)) and traditional characters.

/**
 * A pinyin annotation right after a CJK character: "級(jí)", "區(qū)", "標(biāo)". At least one
 * tone-marked vowel is required, so ordinary bracketed Latin text ("(A)", "(km)") is never touched.
 */
const PINYIN = /(?<=[\u3400-\u9fff\uf900-\ufaff])\(([a-zü]*[àáâãāăǎèéêēěìíîīǐòóôõōǒùúûūǔǖǘǚǜ][a-zàáâãāăǎèéêēěìíîīǐòóôõōǒùúûūǔǖǘǚǜü]*)\)/g;

/** True when the text holds at least one pinyin annotation. */
export function hasPinyinAnnotation(text: string): boolean {
  PINYIN.lastIndex = 0;
  const found = PINYIN.test(text);
  PINYIN.lastIndex = 0;
  return found;
}

/** Removes pinyin annotations ("數(shù)量指標(biāo)" → "數量指標"); everything else is kept as written. */
export function stripPinyin(text: string): string {
  // An annotation needs a '(': most labels have none and are returned as they are.
  return text.includes('(') ? text.replace(PINYIN, '') : text;
}

/**
 * Traditional characters that occur in the labels of target tables (column titles, block labels,
 * category names) with their simplified forms, as 繁简 pairs. Used only to recognise labels: the
 * model keeps the characters the document wrote.
 */
const PAIRS =
  '級级 標标 數数 質质 時时 滿满 經经 濟济 會会 態态 續续 響响 產产 績绩 門门 單单 項项 資资 預预 實实 際际 計计 確确 據据  ' +
  '評评 準准 類类 釋释 註注 備备 價价 額额 務务 業业 總总 體体 職职 責责 稱称 認认 證证 鑒鉴 區区 陽阳 樓楼 構构 條条 設设  ' +
  '費费 撥拨 財财 報报 義义 衛卫 環环 護护 節节 約约 達达 應应 運运 轉转 專专 劃划 進进 執执 編编 碼码 長长 與与 對对 為为  ' +
  '個个 們们 來来 間间 開开 關关 發发 現现 點点 線线 從从 動动 機机 維维 養养 學学 醫医 療疗 險险 覽览 佈布 瀏浏 號号 問问  ' +
  '題题 範范 圍围 規规 權权 統统 營营 補补 貼贴 獎奖 勵励 農农 戶户 縣县 鄉乡 鎮镇 廳厅 處处 當当 屬属 辦办 參参 內内 別别  ' +
  '錄录 較较 廣广 東东 歷历 層层 積积 極极 聯联 絡络 傳传 熱热 氣气 電电 話话 幣币 萬万 億亿 減减 決决 準准 則则 組组 織织  ' +
  '態态 響响 續续 滿满 歲岁 齡龄 礎础 網网 務务 檢检 驗验 測测 監监 督督 査查 審审 齊齐 雙双';

const SIMPLIFIED = new Map<string, string>(
  PAIRS.split(/\s+/)
    .filter((pair) => pair.length === 2 && pair[0] !== pair[1])
    .map((pair): [string, string] => [pair[0]!, pair[1]!]),
);

/** Any traditional character of the table (all in the BMP, so a plain character class finds them). */
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'g');

/** The same class without the global flag, for a test or a larger pattern (label cleaning). */
export const TRADITIONAL_CHARACTERS = new RegExp(TRADITIONAL.source);

/** Maps the traditional characters of {@link PAIRS} to simplified ones; other characters are kept. */
export function toSimplified(text: string): string {
  // One regex scan instead of rebuilding the string character by character; most labels have none.
  return text.replace(TRADITIONAL, (ch) => SIMPLIFIED.get(ch) ?? ch);
}
