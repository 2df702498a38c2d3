// Word exports prefix heading lines with "[bookmark: _Toc_…]"; finds where the real text starts.

const BOOKMARKS = /^(?:\s*\[bookmark:[^\]]*\])+/;

/** String index where the line's content starts once leading bookmark markers are skipped (0 when there are none). */
export function contentStart(text: string): number {
  const m = BOOKMARKS.exec(text);
  return m ? m[0].length : 0;
}

/** The line without its bookmark markers (columns of the result are offset by contentStart). */
export function stripBookmarks(text: string): string {
  return text.slice(contentStart(text));
}
