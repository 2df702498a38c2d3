// Strings that a writer keeps for every file but that come from a small set (rule ids, grades, formats), each stored once and referred to by number.

/**
 * A writer's own table (one per writer, so nothing is shared between reports). A packed record holds the number,
 * a few bytes, instead of its own copy of the string, and end() turns the number back into the string.
 */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The string's number, given it the first time it is seen. */
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(text, id);
      this.strings.push(text);
    }
    return id;
  }

  /** The string a number stands for. */
  text(id: number): string {
    const text = this.strings[id];
    if (text === undefined) throw new RangeError(`no string numbered ${id}`);
    return text;
  }
}
