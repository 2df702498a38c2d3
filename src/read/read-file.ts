// Reads a text document from disk and decodes it (the only place text files touch fs).
import { readFile } from 'node:fs/promises';
import { decodeText, type DecodedText } from './decode.js';

/** Reads the file at `path` and decodes it with {@link decodeText}. */
export async function readTextFile(path: string): Promise<DecodedText> {
  const buffer = await readFile(path);
  return decodeText(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
