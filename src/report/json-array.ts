// A JSON array written one item at a time, byte for byte as JSON.stringify(value, null, 2) writes it at the array's depth (json, sarif).

/** Two spaces a level, as JSON.stringify(value, null, 2). */
function indent(depth: number): string {
  return '  '.repeat(depth);
}

/**
 * Items of an array whose "[" sits `depth` levels deep, each on a line of its own one level deeper, separated by
 * commas, with a comma before the first unless it is the array's first. The items are stringified as the array
 * they are, wrapped in as many one-element arrays as its depth needs, so JSON.stringify itself indents them, and
 * the brackets around them are cut off. Replacing every line break of each item's own text with an indented one
 * did the same ~15 % slower, and one call per item ~35 % slower than one for all of a file's items (sarif).
 */
export function jsonArrayItems(values: readonly unknown[], depth: number, first: boolean): string {
  if (values.length === 0) return '';
  let wrapped: unknown = values;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return `${first ? '' : ','}${text.slice(openingLength(depth), text.length - closingLength(depth))}`;
}

/** One item (json's files); see jsonArrayItems. */
export function jsonArrayItem(value: unknown, depth: number, first: boolean): string {
  return jsonArrayItems([value], depth, first);
}

/**
 * What JSON.stringify(wrapped, null, 2) writes before the items of an array wrapped in `depth` arrays: each "[" and,
 * but for the innermost one (the items' own), the line break and indent of the next; the innermost one's line break
 * and indent are the first item's.
 */
function openingLength(depth: number): number {
  return depth + 1 + depth + depth * (depth + 1);
}

/** …and after them: a line break, an indent and a "]" for each level, from the items' array (depth levels in) out. */
function closingLength(depth: number): number {
  return 2 * (depth + 1) + depth * (depth + 1);
}

/** The closing "]": right after the "[" when the array is empty, else on a line of its own at the array's depth. */
export function jsonArrayClose(depth: number, empty: boolean): string {
  return empty ? ']' : `\n${indent(depth)}]`;
}
