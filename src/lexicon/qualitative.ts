// Qualitative value vocabularies (domain-rules §3.4 QUAL, R-VAL-05): graded grades, vague adverbs, weak yes/no forms.

export interface QualitativeMatch {
  /** The value as matched (spaces and end punctuation removed). */
  text: string;
  /** A grade on a defined scale (达到预期目标 / 基本达到 / 未达到, 优/良/中/差, 是/否 …). */
  graded: boolean;
  /** Vague wording with no scale (明显提升, 有所改善, 较好, 及时 …): R-VAL-05. */
  vague: boolean;
  /** Accepted but weak: a binary answer or 全覆盖, which say little (§3.4 "info"). */
  weak: boolean;
}

/** Whole-value patterns of graded vocabularies. `weak` marks the binary ones. */
const GRADED: readonly (readonly [RegExp, boolean])[] = [
  [/^(?:已|全部|全面)?达到预期(?:目标|效果|水平|要求|标准)?$/, false],
  [/^基本达到(?:预期(?:目标|效果|水平|要求)?)?$/, false],
  [/^部分达到(?:预期(?:目标|效果|水平|要求)?)?$/, false],
  [/^未达到(?:预期(?:目标|效果|水平|要求)?)?$/, false],
  [/^(?:全部)?达成(?:预期)?(?:指标|目标)$/, false],
  [/^部分达成(?:预期)?(?:指标|目标)?(?:并具有一定效果)?$/, false],
  [/^未达成(?:预期)?(?:指标|目标)?$/, false],
  [/^[优良中差]$/, false],
  [/^优秀$/, false],
  [/^优[/、|,，]?良[/、|,，]?中[/、|,，]?差$/, false],
  [/^(?:已建立|建立并运行|已建立并运行|建立并有效运行|已建成|建成并投入使用|已建成并运行)$/, false],
  [/^(?:无明显|无)(?:负面|不良)?影响$/, false],
  [/^(?:合格|验收合格|达标|通过|通过验收|符合标准|符合要求)$/, false],
  [/^(?:是|否)$/, true],
  [/^(?:已完成|完成)$/, true],
  [/^全覆盖$/, true],
];

/** Vague words recognised anywhere in a value that has no number (contains-match). */
export const VAGUE_TERMS: readonly string[] = [
  '效果明显', '明显', '有所', '进一步', '显著', '有效', '较好', '良好', '持续', '逐步', '不断', '积极', '较大', '较高',
  '较低', '及时', '合规', '按时', '按期', '稳步', '大幅', '一定', '提升', '提高', '改善', '增强', '加强', '增加', '降低',
  '减少', '稳定', '规范', '完善', '优化', '一般', '较差', '充分', '大力', '全面', '满意', '正常',
];

/** Single-character vague values: only as the whole value, because 好/高 occur inside many words. */
const VAGUE_WHOLE: readonly string[] = ['好', '高', '低', '强', '大', '快'];

/** Removes spaces and trailing punctuation, which carry no meaning in a qualitative value. */
function normaliseQualitative(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[。.;；,，、!！]+$/, '');
}

/**
 * Classifies a value that has no number. Returns null for text that uses neither vocabulary
 * (e.g. 见方案), which the value grammar reports as kind 'text'.
 */
export function matchQualitative(value: string): QualitativeMatch | null {
  const text = normaliseQualitative(value);
  if (text === '') return null;
  for (const [pattern, weak] of GRADED) {
    if (pattern.test(text)) return { text, graded: true, vague: false, weak };
  }
  if (VAGUE_WHOLE.includes(text) || VAGUE_TERMS.some((term) => text.includes(term))) {
    return { text, graded: false, vague: true, weak: false };
  }
  return null;
}

/** True when the whole value is a graded grade (ignores vague wording): used before direction words strip 达到. */
export function isGradedQualitative(value: string): boolean {
  const text = normaliseQualitative(value);
  return GRADED.some(([pattern]) => pattern.test(text));
}
