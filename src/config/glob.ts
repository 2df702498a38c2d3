// A small glob matcher for config overrides and ignorePatterns: `*`, `**`, `?`, `[…]`, `{a,b}` and `\` escapes.
// Node 20's path.matchesGlob is experimental and prints a warning, and the library must stay silent.

const REGEXP_SPECIAL = /[.+^$()|{}[\]\\*?/]/;

function escapeChar(ch: string): string {
  return REGEXP_SPECIAL.test(ch) ? `\\${ch}` : ch;
}

/** Index of the `}` closing the `{` at `open`, or -1; also whether a top-level comma was seen. */
function closingBrace(pattern: string, open: number): { close: number; hasComma: boolean } {
  let depth = 0;
  let hasComma = false;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) return { close: i, hasComma };
    } else if (ch === ',' && depth === 1) {
      hasComma = true;
    }
  }
  return { close: -1, hasComma };
}

/** Splits the inside of a brace group at its top-level commas. */
function alternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** A `[…]` class starting at `open`: its regexp source and the index after it, or null when unclosed. */
function charClass(pattern: string, open: number): { source: string; next: number } | null {
  let i = open + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  const first = i;
  for (; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === ']' && i > first) break;
    if (ch === '\\' && i + 1 < pattern.length) {
      body += `\\${pattern[++i]}`;
    } else if (ch === '/') {
      return null; // a class never spans a separator: treat the `[` as a literal
    } else {
      body += ch === ']' || ch === '[' || ch === '\\' || ch === '^' ? `\\${ch}` : ch;
    }
  }
  if (i >= pattern.length) return null;
  return { source: negate ? `(?!/)[^${body}]` : `(?!/)[${body}]`, next: i + 1 };
}

/** Whether position `i` starts a path segment (brace alternatives are compiled on their own, so they start at 0). */
function atSegmentStart(pattern: string, i: number): boolean {
  return i === 0 || pattern[i - 1] === '/';
}

function atSegmentEnd(pattern: string, i: number): boolean {
  return i >= pattern.length || pattern[i] === '/';
}

function toSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      if (i + 1 < pattern.length) out += escapeChar(pattern[++i]!);
      else out += '\\\\';
    } else if (ch === '*') {
      if (pattern[i + 1] === '*' && atSegmentStart(pattern, i) && atSegmentEnd(pattern, i + 2)) {
        // `**` as a whole segment: any number of segments, including none.
        i++;
        while (pattern[i + 1] === '*') i++;
        if (pattern[i + 1] === '/') {
          out += '(?:[^/]*/)*';
          i++;
        } else {
          out += '.*';
        }
      } else {
        while (pattern[i + 1] === '*') i++;
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const cls = charClass(pattern, i);
      if (cls) {
        out += cls.source;
        i = cls.next - 1;
      } else {
        out += '\\[';
      }
    } else if (ch === '{') {
      const { close, hasComma } = closingBrace(pattern, i);
      if (close < 0 || !hasComma) {
        out += '\\{';
      } else {
        out += `(?:${alternatives(pattern.slice(i + 1, close)).map(toSource).join('|')})`;
        i = close;
      }
    } else {
      out += escapeChar(ch);
    }
  }
  return out;
}

/** Strips `./` and a leading or trailing `/`: patterns are always relative to the config's folder. */
export function normalizePattern(pattern: string): string {
  let p = pattern.trim();
  while (p.startsWith('./')) p = p.slice(2);
  return p.replace(/^\/+/, '').replace(/\/+$/, '');
}

/** Compiles a glob into an anchored RegExp over a `/`-separated path. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${toSource(normalizePattern(pattern))}$`);
}

/**
 * Whether `relPath` (relative, `/`-separated) matches `pattern`, following .gitignore and ESLint's
 * former `overrides`: a pattern without `/` matches a file or folder name at any depth
 * (`*.txt`, `archive`); a pattern with `/` matches the whole path from the config's folder
 * (`2024/**` + `/` + `*.txt`). A pattern that matches a folder also matches everything inside it.
 */
export function matchesGlob(pattern: string, relPath: string): boolean {
  const normalized = normalizePattern(pattern);
  if (normalized === '') return false;
  const re = globToRegExp(normalized);
  const segments = relPath.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments[0] === '..') return false;
  if (!normalized.includes('/')) return segments.some((segment) => re.test(segment));
  for (let end = 1; end <= segments.length; end++) {
    if (re.test(segments.slice(0, end).join('/'))) return true;
  }
  return false;
}

/** Whether any of the patterns matches. */
export function matchesAnyGlob(patterns: readonly string[], relPath: string): boolean {
  return patterns.some((pattern) => matchesGlob(pattern, relPath));
}
