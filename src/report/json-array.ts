// A JSON array written one item at a time, byte for byte as JSON.stringify(value, null, 2) writes it at the array's depth (json, sarif).

/** Two spaces a level, as JSON.stringify(value, null, 2). */
function indent(depth: number): string {
  return '  '.repeat(depth);
}

/**
 * One item of an array whose "[" sits `depth` levels deep: a comma unless it is the first, then the item on a
 * line of its own one level deeper. JSON text has line breaks only between tokens (a line break inside a string
 * is written \n), so indenting every line of the item's own text gives the bytes it has inside the whole.
 */
export function jsonArrayItem(value: unknown, depth: number, first: boolean): string {
  const newline = `\n${indent(depth + 1)}`;
  return `${first ? '' : ','}${newline}${JSON.stringify(value, null, 2).replace(/\n/g, newline)}`;
}

/** The closing "]": right after the "[" when the array is empty, else on a line of its own at the array's depth. */
export function jsonArrayClose(depth: number, empty: boolean): string {
  return empty ? ']' : `\n${indent(depth)}]`;
}
