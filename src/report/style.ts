// Colour helpers that are no-ops unless the report context asks for colour.
import { styleText } from 'node:util';

export type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'underline' | 'gray';

/** Returns a painter; with colour off it returns text unchanged (plain output has no ANSI codes at all). */
export function painter(color: boolean): (style: Style | Style[], text: string) => string {
  if (!color) return (_style, text) => text;
  // validateStream: false — the CLI already decided; a formatter must not look at process.stdout.
  return (style, text) => (text === '' ? text : styleText(style, text, { validateStream: false }));
}
