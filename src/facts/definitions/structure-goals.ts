// Project and document facts about goal text: a table's 绩效目标 missing or only repeating the project name, a document without 总体绩效目标 (R-STRUCT-11).
import { defineFact, type DocumentSubject, type FactContext, type ProjectSubject } from '../types.js';
import { diceBigrams, diceOfBigrams, normaliseForCompare, type DiceBigrams } from '../../classify/similarity.js';
import { GOAL_FILLER_WORDS } from '../../lexicon/goal-filler-words.js';

/** Above this Dice similarity the goal text counts as the project name itself (domain-rules R-STRUCT-11). */
const NAME_SIMILARITY = 0.8;
/** What may be left of a goal once the name and filler words are removed, and it still says nothing (a stray 镇, 村). */
const MAX_REMAINDER = 2;

/** "1.", "2、", "（3）" at the start of a goal line. */
const LEADING_NUMBER = /^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．)）]\s*|^\s*[（(]\s*\d{1,2}\s*[)）]\s*/u;

/**
 * The project name as it may appear in a goal: without bracketed notes (信访维稳（保险）→ 信访维稳),
 * and also without a generic tail (河渠清理及河长制项目 → 河渠清理及河长制). Longest first.
 */
function nameForms(name: string): string[] {
  const core = normaliseForCompare(name.replace(/[（(][^（）()]*[)）]/gu, ''));
  const short = core.replace(/(?:专项资金|补助资金|项目|经费|资金|工作|补助)$/u, '');
  return [...new Set([core, short])].filter((f) => f.length >= 2).sort((a, b) => b.length - a.length);
}

/** A project name's forms, with the Dice bigrams of the longest (null when there is no form). */
interface NameForms {
  forms: string[];
  longest: DiceBigrams | null;
}

/** nameForms and the bigrams a goal is compared with: a pure function of the name, kept in the per-linter text cache. */
function readNameForms(name: string): NameForms {
  const forms = nameForms(name);
  return { forms, longest: forms.length === 0 ? null : diceBigrams(forms[0]!) };
}

/**
 * True when the goal text says nothing but the project name: no number anywhere, and once every form of
 * the name and every filler word (完成, 确保, 正常运转, 经费 …) is taken out, at most a character or two
 * is left. Also true when the whole text is nearly the name itself (Dice > 0.8).
 */
export function goalOnlyRepeatsName(goalText: string, projectName: string, ctx?: FactContext): boolean {
  const text = normaliseForCompare(goalText);
  // A goal with a number says more than the name: the name's forms are not needed.
  if (text === '' || /\d/.test(text)) return false;
  const { forms, longest } = ctx ? ctx.shared('goal:name-forms', projectName, readNameForms) : readNameForms(projectName);
  if (longest === null) return false;
  // diceSimilarity of the text and the longest form (both non-empty), the form's bigrams made once per name.
  if (diceOfBigrams(diceBigrams(text), longest) > NAME_SIMILARITY) return true;
  if (!forms.some((f) => text.includes(f))) return false;
  let rest = text;
  // Cut only what is there: most words are not, and a split and join copies the text even so.
  for (const form of forms) if (rest.includes(form)) rest = rest.split(form).join('');
  for (const word of GOAL_FILLER_WORDS) if (rest.includes(word)) rest = rest.split(word).join('');
  return rest.length <= MAX_REMAINDER;
}

/** A goal line without its leading number. */
const goalLine = (text: string): string => text.replace(LEADING_NUMBER, '').trim();

export const goalTextProblem = defineFact({
  name: 'goalTextProblem',
  scope: 'project',
  type: 'string',
  description: '项目表绩效目标的问题（说明文字）：为空，或只是重复项目名称；没有问题或没有项目表时为空字符串',
  compute(s: ProjectSubject, ctx) {
    const table = s.project.table;
    if (!table) return '';
    // Most tables have a goal with a digit, which says more than the name (goalOnlyRepeatsName keeps
    // ASCII digits and tests for one first): settled without joining and normalising the goals.
    let written = 0;
    let hasDigit = false;
    for (let k = 0; k < table.goals.length; k++) {
      const goal = goalLine(table.goals[k]!.text);
      if (goal === '') continue;
      written += 1;
      if (!hasDigit && /\d/.test(goal)) hasDigit = true;
    }
    if (written === 0) return '为空，没有写明本年度要达到的产出和效果';
    if (hasDigit) return '';
    // Joined in a loop, not through map/filter: an optimised map returns a holey list and an interpreted
    // one a packed list, and the filter reading them was deoptimised on the kind it had not seen.
    let goals = '';
    for (const g of table.goals) {
      const goal = goalLine(g.text);
      if (goal !== '') goals = goals === '' ? goal : `${goals}；${goal}`;
    }
    const name = table.name?.text ?? s.project.name;
    if (!goalOnlyRepeatsName(goals, name, ctx)) return '';
    const shown = table.goals.map((g) => g.text.trim()).join('；');
    return `“${shown}”只是重复了项目名称“${name.trim()}”，没有写明本年度要达到的产出和效果`;
  },
});

export const overallGoalMissing = defineFact({
  name: 'overallGoalMissing',
  scope: 'document',
  type: 'boolean',
  description: '文档有部门整体绩效目标的叙述部分（基本支出段落，或写明支出进度、指标构成或指标的项目段落），却没有“总体绩效目标”段落（或该段落为空）',
  compute(s: DocumentSubject) {
    // A real fund paragraph is a 基本支出 fund, or states its schedule, its indicator structure or its
    // indicators; numbered lines of some other kind of file that the narrative reader picked up
    // (a flattened self-evaluation form) do not make a 部门整体 narrative.
    const hasNarrative = s.document.projects.some((p) => {
      const n = p.narrative;
      return n !== null && (p.kind === 'basic' || n.schedule !== null || n.structureClaim !== null || n.indicators.length > 0);
    });
    return hasNarrative && (s.document.overallGoal?.text.trim() ?? '') === '';
  },
});

export const STRUCTURE_GOAL_FACTS = [goalTextProblem, overallGoalMissing];
