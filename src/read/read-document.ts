// Reads any file's bytes: detects the format by content and hands back text, native blocks, or why it cannot be read.
import type { NativeDocument } from '../parse/native/types.js';
import { decodeText, type TextEncodingName } from './decode.js';
import { detectFormat } from './detect.js';
import { fileTooLargeMessage, readLimits, ReadLimitError, type ReadLimits } from './limits.js';
import { UnsafeXmlError } from './xml.js';

export type ReadDocumentResult =
  /** Plain text in any of the text layouts (parseText tells text, markdown, csv and tsv apart). */
  | { kind: 'text'; text: string; encoding: TextEncodingName }
  /** A DOCX, XLSX or HTML file read into paragraphs and grids. */
  | { kind: 'native'; document: NativeDocument; encoding?: string }
  /** Not a document this tool reads (PDF, image, old Office, archive, binary) or a damaged one. */
  | { kind: 'unreadable'; format: string; message: string };

const FORMAT_NAMES: Record<string, string> = { docx: 'Word', xlsx: 'Excel', html: 'HTML' };

/**
 * Reads a document from its bytes. The format comes from the content (a renamed .docx is still
 * read as Word); `filePath` only breaks ties. The DOCX, XLSX and HTML readers load their
 * libraries on first use. Never throws: a file that cannot be read gets a message saying what it
 * is or what went wrong. Bytes over `limits.maxFileBytes` are not looked at; a .docx/.xlsx stops
 * inflating at `limits.maxInflatedBytes`/`maxEntryBytes`.
 */
export async function readDocument(bytes: Uint8Array, filePath?: string, limits: ReadLimits = readLimits()): Promise<ReadDocumentResult> {
  if (bytes.length > limits.maxFileBytes) {
    return { kind: 'unreadable', format: 'too-large', message: fileTooLargeMessage(filePath ?? '<buffer>', bytes.length, limits.maxFileBytes) };
  }
  const detected = detectFormat(bytes, filePath);
  if (!detected.readable) return { kind: 'unreadable', format: detected.format, message: detected.message };
  try {
    switch (detected.format) {
      case 'docx': {
        const { readDocx } = await import('./docx.js');
        return { kind: 'native', document: await readDocx(bytes, limits) };
      }
      case 'xlsx': {
        const { readXlsx } = await import('./xlsx.js');
        return { kind: 'native', document: await readXlsx(bytes, limits) };
      }
      case 'html': {
        const { readHtml } = await import('./html.js');
        const { document, encoding } = await readHtml(bytes);
        return { kind: 'native', document, encoding };
      }
      default: {
        const decoded = decodeText(bytes);
        return { kind: 'text', text: decoded.text, encoding: decoded.encoding };
      }
    }
  } catch (error) {
    const name = FORMAT_NAMES[detected.format] ?? detected.format;
    // A limit or a refused DOCTYPE is not damage: say what was refused, not "可能已损坏".
    if (error instanceof ReadLimitError || error instanceof UnsafeXmlError) {
      return { kind: 'unreadable', format: detected.format, message: `无法读取 ${name} 文件：${error.message}` };
    }
    return { kind: 'unreadable', format: detected.format, message: `无法读取 ${name} 文件，文件可能已损坏：${(error as Error).message}` };
  }
}
