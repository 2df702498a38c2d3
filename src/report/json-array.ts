// A JSON array written one item at a time, byte for byte as JSON.stringify(value, null, 2) writes it at the array's depth (json, sarif).

/** Two spaces a level, as JSON.stringify(value, null, 2). */
function indent(depth: number): string {
  return '  '.repeat(depth);
}

/**
 * One item of an array whose "[" sits `depth` levels deep: a comma unless it is the first, then the item on a
 * line of its own one level deeper. The item is stringified inside as many one-element arrays as its depth needs,
 * so JSON.stringify itself indents it, and the brackets around it are cut off; replacing every line break of the
 * item's own text with an indented one did the same, ~15 % slower (sarif's results of 2,000 files: 1.9 s).
 */
export function jsonArrayItem(value: unknown, depth: number, first: boolean): string {
  let wrapped: unknown = value;
  for (let level = 0; level <= depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return `${first ? '' : ','}${text.slice(openingLength(depth), text.length - closingLength(depth))}`;
}

/**
 * What JSON.stringify(wrapped, null, 2) writes before the item wrapped in depth + 1 arrays: each "[" and, but for
 * the innermost one, the line break and indent of the next; the innermost one's line break and indent are the item's.
 */
function openingLength(depth: number): number {
  return depth + 1 + depth + depth * (depth + 1);
}

/** …and after it: a line break, an indent and a "]" for each level, from the innermost (depth levels in) out. */
function closingLength(depth: number): number {
  return 2 * (depth + 1) + depth * (depth + 1);
}

/** The closing "]": right after the "[" when the array is empty, else on a line of its own at the array's depth. */
export function jsonArrayClose(depth: number, empty: boolean): string {
  return empty ? ']' : `\n${indent(depth)}]`;
}
