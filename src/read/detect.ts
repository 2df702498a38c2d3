// Tells what a file is from its bytes (the extension only breaks ties): DOCX, XLSX, HTML, text, or something this tool cannot read.
import { byteOrderMark, guessUtf16 } from './decode.js';
import { isZip, listZipEntries } from './zip.js';

/** Formats the readers handle. 'text' covers the plain-text layouts parseText tells apart (text, markdown, csv, tsv). */
export type ReadableFormat = 'docx' | 'xlsx' | 'html' | 'text';

export type Detection =
  | { readable: true; format: ReadableFormat }
  | {
      readable: false;
      /** What the file is: 'pdf', 'png', 'jpeg', 'gif', 'webp', 'bmp', 'tiff', 'doc' (old Office), 'pptx', 'odf', 'zip', 'rtf', 'binary'. */
      format: string;
      /** A sentence for the editor: what the file is and what to provide instead. */
      message: string;
    };

const SUPPORTED = '请提供 Word（.docx）、Excel（.xlsx）、HTML 或文本格式的绩效目标表';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
}

/** Bytes as one character each (ISO-8859-1: byte n is U+00nn), decoded natively rather than char by char (64 KB heads). */
function ascii(bytes: Uint8Array, from: number, length: number): string {
  const start = Math.min(bytes.length, from);
  const end = Math.min(bytes.length, from + length);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

function extensionOf(filePath: string | undefined): string {
  const m = filePath ? /\.([^./\\]+)$/.exec(filePath) : null;
  return m ? m[1]!.toLowerCase() : '';
}

function unsupported(format: string, message: string): Detection {
  return { readable: false, format, message };
}

const IMAGES: Array<{ format: string; name: string; test: (b: Uint8Array) => boolean }> = [
  { format: 'png', name: 'PNG', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { format: 'jpeg', name: 'JPEG', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { format: 'gif', name: 'GIF', test: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a' },
  { format: 'webp', name: 'WebP', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  { format: 'tiff', name: 'TIFF', test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  // 'BM' alone starts ordinary text too: require the header size field of a real bitmap.
  { format: 'bmp', name: 'BMP', test: (b) => ascii(b, 0, 2) === 'BM' && b.length >= 26 && [12, 40, 52, 56, 108, 124].includes(b[14]!) && b[15] === 0 },
];

/** The Office package a ZIP holds, by its parts; an archive named .docx/.xlsx without their parts is a damaged file. */
function detectZip(bytes: Uint8Array, extension: string): Detection {
  const names = new Set(listZipEntries(bytes).map((e) => e.name));
  const has = (prefix: string): boolean => [...names].some((n) => n.startsWith(prefix));
  if (names.has('word/document.xml') || (has('word/') && names.has('[Content_Types].xml'))) return { readable: true, format: 'docx' };
  if (names.has('xl/workbook.xml') || (has('xl/') && names.has('[Content_Types].xml'))) return { readable: true, format: 'xlsx' };
  if (has('ppt/')) return unsupported('pptx', `这是 PowerPoint 演示文稿，不是绩效目标表；${SUPPORTED}`);
  if (names.has('mimetype') && (names.has('content.xml') || has('META-INF/'))) {
    return unsupported('odf', `这是 OpenDocument（WPS/LibreOffice）文件，暂不支持读取；请另存为 .docx 或 .xlsx 后再检查`);
  }
  const office = /^(?:docx|docm|dotx)$/.test(extension) ? 'Word' : /^(?:xlsx|xlsm|xltx)$/.test(extension) ? 'Excel' : null;
  if (office !== null) return unsupported('zip', `文件不是有效的 ${office} 文件（可能已损坏）；请在 ${office} 中重新保存后再检查`);
  return unsupported('zip', `这是 ZIP 压缩包，暂不支持读取；请解压后检查其中的文件`);
}

/** Markup at the start of a text (after a BOM, an XML declaration, comments): a web page or an HTML fragment. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title|table|div|p|style|script|link|center|font|span|h[1-6])[\s>/]/i;
/** A table written in HTML anywhere in the text (a fragment copied from a page): <table, then a cell, then a closing tag. */
function hasHtmlTable(text: string): boolean {
  const table = text.search(/<table[\s>]/i);
  if (table === -1) return false;
  const cell = text.slice(table).search(/<t[dh][\s>]/i);
  return cell !== -1 && /<\/t[dhr]>/i.test(text.slice(table + cell));
}

/** True when the (decoded or ASCII-compatible) head of a text is HTML. */
export function looksLikeHtml(head: string, extension = ''): boolean {
  if (HTML_START.test(head)) return true;
  if ((extension === 'html' || extension === 'htm' || extension === 'xhtml') && /<[a-z!]/i.test(head)) return true;
  return hasHtmlTable(head);
}

/** How much of a file the text checks look at. */
const HEAD = 64 * 1024;

/** Control characters that never stand in text (all but TAB, LF, FF, CR, ESC). */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

/**
 * Detects the format of a file by its content: ZIP packages by their parts (word/document.xml →
 * docx, xl/workbook.xml → xlsx, even when renamed), PDF, images, old binary Office files, RTF,
 * then text: HTML by its markup, anything else that is not binary is text (parseText tells the
 * text layouts apart). `filePath` only helps where the content leaves a doubt.
 */
export function detectFormat(bytes: Uint8Array, filePath?: string): Detection {
  const extension = extensionOf(filePath);
  if (isZip(bytes)) return detectZip(bytes, extension);
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return unsupported('pdf', `这是 PDF 文件，暂不支持读取；${SUPPORTED}`);
  for (const image of IMAGES) {
    if (image.test(bytes)) return unsupported(image.format, `这是 ${image.name} 图片，不是可读取的绩效目标表；${SUPPORTED}`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const kind = extension === 'xls' || extension === 'et' ? '旧版 Excel 文件（.xls）' : extension === 'doc' || extension === 'wps' ? '旧版 Word 文件（.doc）' : '旧版 Office 文件（.doc/.xls）';
    return unsupported('doc', `这是${kind}，暂不支持读取；请在 Word 或 Excel 中另存为 .docx 或 .xlsx 后再检查`);
  }
  if (ascii(bytes, 0, 5) === '{\\rtf') return unsupported('rtf', `这是 RTF 文件，暂不支持读取；请在 Word 中另存为 .docx 后再检查`);

  const bom = byteOrderMark(bytes);
  if (bom !== null && bom.encoding !== 'utf-8') {
    const head = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length, HEAD));
    return { readable: true, format: looksLikeHtml(head, extension) ? 'html' : 'text' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16 !== null) {
    const head = new TextDecoder(utf16).decode(bytes.subarray(0, HEAD));
    return { readable: true, format: looksLikeHtml(head, extension) ? 'html' : 'text' };
  }
  const head = bytes.subarray(0, HEAD);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b >= 0x20) continue;
    if (isControl(b)) controls++;
    if (b === 0) nuls++;
  }
  // A stray NUL (a damaged export, padding) does not make a text binary; real binaries are full of NULs and control bytes.
  if (nuls > head.length * 0.01 || controls > head.length * 0.02) {
    return unsupported('binary', `这是二进制文件，不是文本，无法读取；${SUPPORTED}`);
  }
  // Every sign of markup starts with '<': a head without one (most text exports) is text, and is not decoded to be searched.
  if (head.indexOf(0x3c) === -1) return { readable: true, format: 'text' };
  // Markup is ASCII in every encoding these documents use (UTF-8, GBK): the raw head is enough.
  return { readable: true, format: looksLikeHtml(ascii(bytes, bom?.length ?? 0, HEAD), extension) ? 'html' : 'text' };
}
