// Catastrophic-backtracking check for a rule's regular expression (the matches/notMatches operators), on the AST
// of @eslint-community/regexpp, ESLint's own parser of JavaScript regular expressions. The check is structural
// and deliberately conservative: a pattern the engine could take exponential (or very high polynomial) time on.
// Imported statically so the bundle carries the parser (~110 KB, a few ms of start-up); a rule set without
// patterns never calls it.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A risky construct, in the user's own spelling, with why it is risky and a safer form. */
export interface RegexRisk {
  reason: string;
  fix: string;
}

/** Repeats its element more than once: +, *, {2,}, {20}. */
const repeats = (q: AST.Quantifier): boolean => q.max > 1;
/** Repeats a variable number of times: +, *, {1,3} (not {20}, which matches one way only). */
const varies = (q: AST.Quantifier): boolean => q.min !== q.max;

type Branching = AST.Group | AST.CapturingGroup | AST.LookaroundAssertion | AST.Pattern;

/** The nodes that can match the first character of an alternative (assertions and optional parts looked through). */
function firstNodes(alternative: AST.Alternative): AST.Node[] {
  const out: AST.Node[] = [];
  for (const element of alternative.elements) {
    if (element.type === 'Assertion') continue;
    const inner = element.type === 'Quantifier' ? element.element : element;
    if (inner.type === 'Group' || inner.type === 'CapturingGroup') out.push(...inner.alternatives.flatMap(firstNodes));
    else out.push(inner);
    if (element.type !== 'Quantifier' || element.min > 0) break;
  }
  return out;
}

/** Characters to probe first-character overlaps with: ASCII, white space, digits and the CJK text rules look at. */
const PROBES = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\t', '\n', '\u3000', '一', '万', '元', '年', '月', '％', '０', '，', '。', '（', '）', '“', '”', '≥', '≤'];

/** Two alternatives that can start with the same character (probed), e.g. a|a, \w|\d, .|\s. */
function overlapping(a: AST.Alternative, b: AST.Alternative): boolean {
  const test = (alternative: AST.Alternative): ((c: string) => boolean) | null => {
    const nodes = firstNodes(alternative).filter((n) => n.type !== 'Backreference');
    if (nodes.length === 0) return null;
    const re = new RegExp(`^(?:${nodes.map((n) => n.raw).join('|')})`, 'u');
    return (c) => re.test(c);
  };
  const ta = test(a);
  const tb = test(b);
  if (ta === null || tb === null) return false;
  const literal = (n: AST.Node) => (n.type === 'Character' ? [String.fromCodePoint(n.value)] : []);
  const probes = [...PROBES, ...firstNodes(a).flatMap(literal), ...firstNodes(b).flatMap(literal)];
  return probes.some((c) => ta(c) && tb(c));
}

function walk(node: AST.Node, outer: AST.Quantifier | null, pattern: string): RegexRisk | null {
  if (node.type === 'Quantifier') {
    if (outer !== null && repeats(node) && varies(node)) {
      return {
        reason: `正则表达式“${pattern}”中可变次数的重复“${node.raw}”嵌套在重复的“${outer.raw}”里（嵌套量词），遇到不匹配的长文本时回溯次数会成倍增长（灾难性回溯），检查会卡住`,
        fix: '请去掉一层重复：如把“(a+)+”写成“a+”，把“(.*a){20}”改成不嵌套的写法（如“[^a]*a”），或用字符类代替分组',
      };
    }
    const element = node.element;
    if (repeats(node) && (element.type === 'Group' || element.type === 'CapturingGroup')) {
      const alts = element.alternatives;
      for (let i = 0; i < alts.length; i++) {
        for (let j = i + 1; j < alts.length; j++) {
          if (!overlapping(alts[i]!, alts[j]!)) continue;
          return {
            reason: `正则表达式“${pattern}”的重复分组“${node.raw}”中，分支“${alts[i]!.raw}”和“${alts[j]!.raw}”可以从同一个字符开始匹配，同一段文本有多种匹配方式，回溯次数会成倍增长（灾难性回溯）`,
            fix: '请让各分支互不重叠：如把“(a|a)*”写成“a*”，把“(\\w|\\d)+”写成“\\w+”，把“(.|\\s)*”写成“[\\s\\S]*”，或把单字符分支合并成一个字符类',
          };
        }
      }
    }
    return walk(element, outer ?? (repeats(node) ? node : null), pattern);
  }
  const branching = node as Partial<Branching>;
  for (const alternative of branching.alternatives ?? []) {
    for (const element of alternative.elements) {
      const risk = walk(element, outer, pattern);
      if (risk) return risk;
    }
  }
  return null;
}

/** The first construct that can backtrack catastrophically, or null. `pattern` must compile with the u flag. */
export function regexRisk(pattern: string): RegexRisk | null {
  return walk(new RegExpParser().parsePattern(pattern, 0, pattern.length, { unicode: true }), null, pattern);
}
