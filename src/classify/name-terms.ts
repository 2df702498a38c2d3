// Finds the category terms in a 三级 name and which of them stand at the head (the end) of the noun phrase.
import { CATEGORY_TERMS, type CategoryTerm } from '../lexicon/category-keywords.js';
import { foldWidth, isHanzi } from '../grammar/fold.js';

export interface TermMatch {
  term: CategoryTerm;
  start: number;
  end: number;
  /** The term stands at the head of its clause (directly, or behind generic heads such as 改善, 水平, 率). */
  isHead: boolean;
  /** The clause the match was found in, for context checks such as 降低…成本. */
  clause: string;
}

/** Single trailing characters that only say "a rate / degree / count of": 矛盾率, 合理率 take their head from the left. */
const TRAILING_MEASURE_CHARS = new Set(['率', '度', '性', '数', '量']);

/**
 * Splits a name into clauses and cleans each: full-width folded, upper-case Latin (PM2.5), no spaces,
 * no bracket groups without Hanzi (（%）), no % signs, no trailing 指标 (执行效率指标 is about 执行效率).
 */
export function nameClauses(name: string): string[] {
  const text = foldWidth(name)
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/\(([^()]*)\)/g, (group, inner: string) => ([...inner].some((ch) => isHanzi(ch)) ? inner : ''))
    .replace(/[%‰]/g, '');
  // One push loop, not map().filter(): an optimised caller's inlined map makes a HOLEY array where the
  // interpreter makes a PACKED one, and the differing map deoptimised the code that went on with it.
  const clauses: string[] = [];
  for (const part of text.split(/[，,、；;。:：]/)) {
    const clause = part.replace(/(?:类)?指标$/, '');
    if (clause !== '') clauses.push(clause);
  }
  return clauses;
}

/** Lexicon terms by their first character, each with its place in CATEGORY_TERMS (the order matches are reported in). */
const TERMS_BY_FIRST: ReadonlyMap<string, readonly { term: CategoryTerm; index: number }[]> = (() => {
  const index = new Map<string, { term: CategoryTerm; index: number }[]>();
  CATEGORY_TERMS.forEach((term, i) => {
    const first = term.term[0];
    if (first === undefined) return;
    const list = index.get(first) ?? [];
    list.push({ term, index: i });
    index.set(first, list);
  });
  return index;
})();

/** All occurrences of lexicon terms in a clause, minus those inside a longer match (合格率 hides 合格). */
function rawMatches(clause: string): { term: CategoryTerm; start: number; end: number }[] {
  // One pass over the clause looking up the terms that start at each character, instead of one
  // indexOf scan per lexicon term; then put in lexicon order, as a scan per term would find them.
  const hits: { term: CategoryTerm; start: number; end: number; index: number }[] = [];
  for (let at = 0; at < clause.length; at++) {
    const candidates = TERMS_BY_FIRST.get(clause[at]!);
    if (candidates === undefined) continue;
    for (const { term, index } of candidates) {
      if (clause.startsWith(term.term, at)) hits.push({ term, start: at, end: at + term.term.length, index });
    }
  }
  hits.sort((a, b) => a.index - b.index || a.start - b.start);
  // Pushed, not mapped, so the array is PACKED whether or not this runs optimised (see nameClauses).
  const found: { term: CategoryTerm; start: number; end: number }[] = [];
  for (const { term, start, end } of hits) found.push({ term, start, end });
  return found.filter(
    (m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

/**
 * Head positions of a clause: its end, and, walking left, the start of every generic head that ends at
 * a head position (大气环境质量|改善 → 环境质量 ends at a head). 的 between them is skipped (对…的影响).
 */
function headPositions(clause: string, matches: readonly { term: CategoryTerm; start: number; end: number }[]): Set<number> {
  const heads = new Set<number>([clause.length]);
  const endsAtEnd = matches.some((m) => m.end === clause.length);
  if (!endsAtEnd && TRAILING_MEASURE_CHARS.has(clause.at(-1) ?? '')) heads.add(clause.length - 1);
  let grew = true;
  while (grew) {
    grew = false;
    for (const m of matches) {
      if (m.term.role !== 'transparent' || !heads.has(m.end)) continue;
      const left = clause[m.start - 1] === '的' ? m.start - 1 : m.start;
      for (const pos of [m.start, left]) {
        if (!heads.has(pos)) {
          heads.add(pos);
          grew = true;
        }
      }
    }
  }
  return heads;
}

/** Every term match of the name, with its head flag. */
export function findTerms(name: string): TermMatch[] {
  return findTermsIn(nameClauses(name));
}

/** Every term match in clauses already split by nameClauses (so a caller that has them splits once). */
export function findTermsIn(clauses: readonly string[]): TermMatch[] {
  const result: TermMatch[] = [];
  for (const clause of clauses) {
    const matches = rawMatches(clause).sort((a, b) => a.start - b.start || b.end - a.end);
    const heads = headPositions(clause, matches);
    // Written out rather than spread: the same fields in the same order, built without copying by reflection.
    for (const m of matches) result.push({ term: m.term, start: m.start, end: m.end, isHead: heads.has(m.end), clause });
  }
  return result;
}
