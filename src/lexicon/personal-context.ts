// Words around a private person's name in published budget text: what the money is for, a role label, a petition.
import { COMPOUND_SURNAMES, isCommonSurname } from './surnames.js';

/** Words right before a name the money goes to: 用于王庆合信访资金, 发放给张某某家属. */
export const PURPOSE_WORDS: readonly string[] = ['用于', '发放给', '支付给', '拨付给', '补助给', '补贴给', '慰问', '救助', '资助', '帮扶', '看望'];

/** Role labels right before a name: 项目负责人 徐德迁, 联系人：胡正君. */
export const ROLE_WORDS: readonly string[] = ['负责人', '联系人', '经办人', '申请人', '填报人', '户主', '受助人', '救助对象', '帮扶对象'];

/** Words right after a name: 王庆合信访, 李某上访, 王某某同志. */
export const PERSON_WORDS: readonly string[] = ['信访', '上访', '同志'];

/** First characters of the compound surnames (a name may start with one of them instead of a common surname). */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(COMPOUND_SURNAMES.map((s) => s[0]!));

/** True when `ch` may start a name: a common surname or the first character of a compound one. */
function maySurname(ch: string | undefined): boolean {
  return ch !== undefined && (isCommonSurname(ch) || COMPOUND_FIRST.has(ch));
}

/** Name lengths a name before a person word may have (surname + one or two characters, compound surname + two). */
const LENGTHS_BEFORE = [2, 3, 4] as const;

const ROLE_SEPARATOR = /[：:\s]/;
const PURPOSE_SET: ReadonlySet<string> = new Set(PURPOSE_WORDS);
const ROLE_SET: ReadonlySet<string> = new Set(ROLE_WORDS);

/**
 * True when a name may stand by the context word `word` found at text[at]: a possible surname right after
 * a purpose word, after a role word (past 为/是, colons and spaces), or two to four characters before
 * 信访/上访/同志. Every name read next to the word starts so; nearly no occurrence (资金用于, 信访工作) has one.
 */
export function nameMayStandBy(text: string, at: number, word: string): boolean {
  if (PURPOSE_SET.has(word)) return maySurname(charAt(text, at + word.length));
  if (ROLE_SET.has(word)) {
    let after = at + word.length;
    const next = charAt(text, after);
    if (next === '为' || next === '是') after += 1;
    while (after < text.length && ROLE_SEPARATOR.test(text[after]!)) after += 1;
    return maySurname(charAt(text, after));
  }
  for (const length of LENGTHS_BEFORE) if (maySurname(charAt(text, at - length))) return true;
  return false;
}

/** The character at `at`, undefined outside the text (read without going out of bounds, which deoptimises the caller). */
function charAt(text: string, at: number): string | undefined {
  return at >= 0 && at < text.length ? text[at] : undefined;
}
