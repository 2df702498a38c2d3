// Reads schedule checkpoint labels (三月底, 10月底, 十二月末, 9月) into months, flagging malformed ones such as 十底.

const DIGITS: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Reads a month number written with Arabic digits or Chinese numerals (一 … 十二). Returns null when it is not 1–12. */
export function readMonthNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (t === '十') return 10;
  const m = /^十([一二])$/.exec(t);
  if (m) return 10 + (DIGITS[m[1]!] ?? 0);
  if (t.length === 1 && DIGITS[t] !== undefined) return DIGITS[t]!;
  return null;
}

export interface MonthLabel {
  /** Month 1–12, also for a malformed label whose intent is clear; null when unreadable. */
  month: number | null;
  /** True when the label is not a well-formed month checkpoint. */
  malformed: boolean;
  /** The well-formed spelling to suggest for a malformed label, when one is clear. */
  suggestion: string | null;
}

const WELL_FORMED = /^(?:\d{4}年)?([0-9]{1,2}|十[一二]?|[一二两三四五六七八九])月(?:份)?(?:底|末|前|中旬|上旬|下旬)?(?:前)?$/;
/** A numeral followed directly by 底/末 without 月: the sample's 十底. */
const MISSING_MONTH_CHAR = /^([0-9]{1,2}|十[一二]?|[一二两三四五六七八九])(底|末)$/;

/** Parses a checkpoint label. Well-formed: 三月底, 10月底, 2025年6月末, 9月. Malformed but readable: 十底 (→ 10, suggest 十月底). */
export function parseMonthLabel(label: string): MonthLabel {
  const t = label.replace(/\s+/g, '');
  const ok = WELL_FORMED.exec(t);
  if (ok) {
    const month = readMonthNumber(ok[1]!);
    return { month, malformed: month === null, suggestion: null };
  }
  const missing = MISSING_MONTH_CHAR.exec(t);
  if (missing) {
    const month = readMonthNumber(missing[1]!);
    return { month, malformed: true, suggestion: month === null ? null : `${missing[1]}月${missing[2]}` };
  }
  if (/^(年底|年末|年终|全年)$/.test(t)) return { month: 12, malformed: false, suggestion: null };
  return { month: null, malformed: true, suggestion: null };
}
