// Reads an HTML page into native blocks with parse5: text blocks outside tables as paragraphs, tables with rowspan/colspan kept.
import type { NativeDocument } from '../parse/native/types.js';
import { byteOrderMark, decodeText, type DecodedText } from './decode.js';
import { FlowBuilder, placeCells, type SpanningCell } from './flow.js';

/** How far into the file a charset declaration is looked for (the HTML standard's prescan reads 1024 bytes; pages exported by old tools put it later). */
const CHARSET_REACH = 4096;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)/i;

function latin1(bytes: Uint8Array, length: number): string {
  let s = '';
  for (let i = 0; i < Math.min(bytes.length, length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * Decodes an HTML file: a byte order mark first, then the charset a <meta> (or an XML declaration)
 * names — gbk, gb2312 and gb18030 pages included — else UTF-8 when the bytes are valid UTF-8, else
 * GB18030. A page declaring UTF-8 whose bytes are not UTF-8 is read as GB18030 (mirrors re-label
 * pages without re-encoding them).
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== null) return decodeText(bytes);
  const m = CHARSET.exec(latin1(bytes, CHARSET_REACH));
  const label = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (label === undefined || label === 'utf-8' || label === 'utf8') return decodeText(bytes);
  try {
    const decoder = new TextDecoder(label);
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return decodeText(bytes);
  }
}

/** The parts of parse5's default tree this reader touches. */
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** Elements whose content is not document text. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'button', 'canvas', 'audio', 'video', 'map']);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'nav',
  'aside', 'main', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'center', 'form', 'fieldset', 'legend', 'hr', 'caption',
  'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'body', 'html', 'details', 'summary', 'option',
]);

function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function isHidden(node: HtmlNode): boolean {
  if (attr(node, 'hidden') !== undefined) return true;
  const style = attr(node, 'style');
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function children(node: HtmlNode): HtmlNode[] {
  return node.nodeName === 'template' ? [] : (node.childNodes ?? []);
}

/** Collects text with the CSS "white-space: normal" rule: runs of spaces collapse; <br> and block edges break lines. */
class TextCollector {
  private parts: string[] = [];

  text(value: string, preformatted: boolean): void {
    this.parts.push(preformatted ? value : value.replace(/[ \t\n\r\f]+/g, ' '));
  }

  lineBreak(): void {
    this.parts.push('\n');
  }

  /** The collected text, line by line trimmed, empty lines dropped; resets the collector. */
  take(): string {
    const text = this.parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/^[ \t\r\f]+|[ \t\r\f]+$/g, ''))
      .filter((l) => l.trim() !== '')
      .join('\n');
    this.parts = [];
    return text;
  }
}

function isElement(node: HtmlNode, name: string): boolean {
  return node.nodeName === name;
}

/**
 * A walk in document order with an explicit stack (pages nest elements 100,000 deep; recursion
 * would overflow the call stack): a node to visit with the preformatting it inherits, or a
 * block edge (null) to act on once the nodes pushed above it are done.
 */
type WalkItem = { node: HtmlNode; pre: boolean } | null;

/** Pushes a node's children so that they pop in document order. */
function pushChildren(stack: WalkItem[], node: HtmlNode, pre: boolean): void {
  const list = children(node);
  for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i]!, pre });
}

/** What a walk does with what it meets: text, a line break (<br>), a block edge, and (optionally) a table. */
interface WalkActions {
  text(value: string, pre: boolean): void;
  lineBreak(): void;
  /** At the start and the end of a block. */
  blockEdge(): void;
  /** A table; without this a table is walked as a block. `stack` lets it push nodes to walk instead. */
  table?(table: HtmlNode, stack: WalkItem[]): void;
}

/** Walks the content of `node` in document order with an explicit stack; a null on the stack is a block's end. */
function walkContent(node: HtmlNode, act: WalkActions): void {
  const stack: WalkItem[] = [];
  pushChildren(stack, node, false);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === null) {
      act.blockEdge();
      continue;
    }
    const { node: child, pre } = item;
    if (child.nodeName === '#text') act.text(child.value ?? '', pre);
    else if (child.nodeName.startsWith('#') || SKIPPED.has(child.nodeName) || isHidden(child)) continue;
    else if (act.table !== undefined && isElement(child, 'table')) act.table(child, stack);
    else if (isElement(child, 'br')) act.lineBreak();
    else if (BLOCKS.has(child.nodeName) || isElement(child, 'table')) {
      act.blockEdge();
      stack.push(null);
      pushChildren(stack, child, pre || isElement(child, 'pre'));
    } else pushChildren(stack, child, pre);
  }
}

/** The text of a node's content: blocks (tables too) and <br> break lines. */
function collectText(node: HtmlNode, out: TextCollector): void {
  walkContent(node, { text: (value, pre) => out.text(value, pre), lineBreak: () => out.lineBreak(), blockEdge: () => out.lineBreak() });
}

/** The rows of a table (directly or in thead/tbody/tfoot), in document order, not those of nested tables. */
function tableRows(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const child of children(table)) {
    if (isElement(child, 'tr')) rows.push(child);
    else if (isElement(child, 'thead') || isElement(child, 'tbody') || isElement(child, 'tfoot')) rows.push(...children(child).filter((c) => isElement(c, 'tr')));
  }
  return rows;
}

function rowCells(row: HtmlNode): HtmlNode[] {
  return children(row).filter((c) => (isElement(c, 'td') || isElement(c, 'th')) && !isHidden(c));
}

function hasTableInside(node: HtmlNode): boolean {
  const stack = [...children(node)];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (isElement(next, 'table')) return true;
    stack.push(...children(next));
  }
  return false;
}

function spanAttr(node: HtmlNode, name: string, zeroMeans: number): number {
  const value = attr(node, name);
  if (value === undefined) return 1;
  const n = parseInt(value, 10);
  if (!Number.isFinite(n)) return 1;
  if (n === 0) return zeroMeans;
  return Math.min(Math.max(n, 1), name === 'colspan' ? 1000 : 65534);
}

class HtmlFlow {
  private readonly collector = new TextCollector();
  readonly flow = new FlowBuilder('html');

  private flush(): void {
    const text = this.collector.take();
    if (text !== '') this.flow.paragraph(text);
  }

  /** Reads a table; a layout table instead pushes its cells onto the walk (then a flush), to be read as the page they lay out. */
  private table(table: HtmlNode, stack: WalkItem[]): void {
    this.flush();
    const caption = children(table).find((c) => isElement(c, 'caption'));
    if (caption) {
      const out = new TextCollector();
      collectText(caption, out);
      const text = out.take();
      if (text !== '') this.flow.paragraph(text);
    }
    const rows = tableRows(table).filter((r) => !isHidden(r));
    // A table holding tables is page layout: read its cells as the page they lay out.
    if (rows.some((r) => rowCells(r).some(hasTableInside))) {
      stack.push(null);
      const cells = rows.flatMap(rowCells);
      for (let i = cells.length - 1; i >= 0; i--) pushChildren(stack, cells[i]!, false);
      return;
    }
    const number = this.flow.nextTable();
    const cells: SpanningCell[][] = rows.map((row, r) =>
      rowCells(row).map((cell): SpanningCell => {
        const out = new TextCollector();
        collectText(cell, out);
        return { text: out.take(), colSpan: spanAttr(cell, 'colspan', 1), rowSpan: spanAttr(cell, 'rowspan', rows.length - r) };
      }),
    );
    this.flow.table(placeCells(number, cells));
  }

  /** Walks the content of `node` in document order: a block's edges end a paragraph, tables are read as tables. */
  walk(node: HtmlNode): void {
    walkContent(node, {
      text: (value, pre) => this.collector.text(value, pre),
      lineBreak: () => this.collector.lineBreak(),
      blockEdge: () => this.flush(),
      table: (table, stack) => this.table(table, stack),
    });
  }

  document(): NativeDocument {
    this.flush();
    return this.flow.document();
  }
}

/**
 * Reads decoded HTML with parse5 (the browsers' parsing algorithm, so unclosed cells and implied
 * tbody come out as a browser shows them). Scripts, styles, forms' option lists and hidden
 * elements are skipped. Nothing is fetched or executed.
 */
export async function readHtmlText(html: string): Promise<NativeDocument> {
  const { parse } = await import('parse5');
  const document = parse(html) as unknown as HtmlNode;
  const flow = new HtmlFlow();
  flow.walk(document);
  return flow.document();
}

/** Decodes (see {@link decodeHtml}) and reads an HTML file. */
export async function readHtml(bytes: Uint8Array): Promise<{ document: NativeDocument; encoding: string }> {
  const decoded = decodeHtml(bytes);
  return { document: await readHtmlText(decoded.text), encoding: decoded.encoding };
}
