// Reads a .docx into native blocks: body paragraphs and tables in document order, merged cells kept (w:gridSpan, w:vMerge).
import type { NativeDocument } from '../parse/native/types.js';
import { FlowBuilder, placeCells, type SpanningCell } from './flow.js';
import { attrOf, childOf, childrenOf, parseXml, tagOf, textOf, type XmlNode } from './xml.js';
import { inflateEntries } from './inflate.js';
import { readLimits, type ReadLimits } from './limits.js';

const DEFAULT_MAIN_PART = 'word/document.xml';
const OFFICE_DOCUMENT = /\/officeDocument$/;

export class DocxReadError extends Error {}

/** Inflates the named parts (those present) under the package's size limits. */
function unzipParts(bytes: Uint8Array, names: string[], limits: ReadLimits): Map<string, string> {
  const wanted = new Set(names);
  const decoder = new TextDecoder('utf-8');
  return new Map([...inflateEntries(bytes, (name) => wanted.has(name), limits)].map(([name, data]) => [name, decoder.decode(data)]));
}

/** The main document part named by _rels/.rels (word/document.xml unless the package says otherwise). */
async function mainPartName(bytes: Uint8Array, limits: ReadLimits): Promise<string> {
  const rels = unzipParts(bytes, ['_rels/.rels'], limits).get('_rels/.rels');
  if (rels === undefined) return DEFAULT_MAIN_PART;
  const relationships = childrenOf((await parseXml(rels)).find((n) => tagOf(n) === 'Relationships') ?? {});
  const main = relationships.find((r) => OFFICE_DOCUMENT.test(attrOf(r, 'Type') ?? ''));
  const target = main ? attrOf(main, 'Target') : undefined;
  return target ? target.replace(/^\//, '') : DEFAULT_MAIN_PART;
}

/** Elements whose content is not text of the document: properties, deleted text, field codes, drawings. */
const SKIPPED = new Set([
  'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblGrid', 'w:sectPr', 'w:del', 'w:delText', 'w:moveFrom', 'w:instrText',
  'w:fldData', 'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:footnoteReference', 'w:endnoteReference',
  'w:commentReference', 'w:annotationRef', 'm:oMath', 'm:oMathPara',
]);

/** The text of a paragraph's runs: w:t as written, tabs as spaces, line breaks as '\n' (page and column breaks dropped). */
function runText(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) continue;
    switch (tag) {
      case 'w:t':
        out.push(childrenOf(node).map(textOf).join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push(' ');
        break;
      case 'w:br': {
        const type = attrOf(node, 'w:type');
        if (type === undefined || type === 'textWrapping') out.push('\n');
        break;
      }
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      default:
        runText(childrenOf(node), out);
    }
  }
}

function paragraphText(p: XmlNode): string {
  const out: string[] = [];
  runText(childrenOf(p), out);
  return out.join('');
}

/** Block-level content: paragraphs and tables, looking through content controls, custom XML and tracked insertions. */
function blockChildren(nodes: XmlNode[]): XmlNode[] {
  const blocks: XmlNode[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p' || tag === 'w:tbl') blocks.push(node);
    else if (tag === 'w:sdt') blocks.push(...blockChildren(childrenOf(childOf(node, 'w:sdtContent') ?? {})));
    else if (tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:moveTo' || tag === 'w:smartTag') blocks.push(...blockChildren(childrenOf(node)));
  }
  return blocks;
}

/** Row- or cell-level children (w:tr in a table, w:tc in a row) through the same wrappers. */
function wrappedChildren(nodes: XmlNode[], wanted: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === wanted) found.push(node);
    else if (tag === 'w:sdt') found.push(...wrappedChildren(childrenOf(childOf(node, 'w:sdtContent') ?? {}), wanted));
    else if (tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:moveTo') found.push(...wrappedChildren(childrenOf(node), wanted));
  }
  return found;
}

function intAttr(node: XmlNode | undefined, name: string, fallback: number): number {
  const value = node ? attrOf(node, name) : undefined;
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

interface RawCell {
  text: string;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  hMergeContinue: boolean;
}

function rawCell(tc: XmlNode): RawCell {
  const props = childOf(tc, 'w:tcPr');
  const vMergeNode = props ? childOf(props, 'w:vMerge') : undefined;
  const hMergeNode = props ? childOf(props, 'w:hMerge') : undefined;
  const vMergeValue = vMergeNode ? attrOf(vMergeNode, 'w:val') : undefined;
  const text = blockChildren(childrenOf(tc))
    .filter((b) => tagOf(b) === 'w:p')
    .map(paragraphText)
    .join('\n');
  return {
    text,
    gridSpan: Math.max(1, intAttr(props ? childOf(props, 'w:gridSpan') : undefined, 'w:val', 1)),
    vMerge: vMergeNode === undefined ? null : vMergeValue === 'restart' ? 'restart' : 'continue',
    hMergeContinue: hMergeNode !== undefined && attrOf(hMergeNode, 'w:val') !== 'restart',
  };
}

function hasNestedTable(tbl: XmlNode): boolean {
  return wrappedChildren(childrenOf(tbl), 'w:tr').some((tr) =>
    wrappedChildren(childrenOf(tr), 'w:tc').some((tc) => blockChildren(childrenOf(tc)).some((b) => tagOf(b) === 'w:tbl')),
  );
}

/**
 * A table as a grid: gridSpan spans columns; a vMerge continuation cell adds a row to the cell
 * above it in the same grid column (the covered position is empty, "same as above"); legacy
 * hMerge continuations widen the cell to their left; gridBefore leaves empty leading positions.
 */
function readTable(tbl: XmlNode, flow: FlowBuilder): void {
  const number = flow.nextTable();
  const rows: SpanningCell[][] = [];
  const leading: number[] = [];
  let open = new Map<number, SpanningCell>();
  for (const tr of wrappedChildren(childrenOf(tbl), 'w:tr')) {
    const props = childOf(tr, 'w:trPr');
    const before = intAttr(props ? childOf(props, 'w:gridBefore') : undefined, 'w:val', 0);
    const row: SpanningCell[] = [];
    const next = new Map<number, SpanningCell>();
    let column = before;
    let previous: SpanningCell | null = null;
    for (const tc of wrappedChildren(childrenOf(tr), 'w:tc')) {
      const cell = rawCell(tc);
      const above = open.get(column);
      if (cell.vMerge === 'continue' && above !== undefined) {
        above.rowSpan++;
        next.set(column, above);
        previous = null;
      } else if (cell.hMergeContinue && previous !== null) {
        previous.colSpan += cell.gridSpan;
      } else {
        const placed: SpanningCell = { text: cell.text, colSpan: cell.gridSpan, rowSpan: 1 };
        row.push(placed);
        next.set(column, placed);
        previous = placed;
      }
      column += cell.gridSpan;
    }
    rows.push(row);
    leading.push(before);
    open = next;
  }
  flow.table(placeCells(number, rows, leading));
}

/** A table holding tables is layout: its cells' paragraphs and tables are read in order as if they stood outside it. */
function readBlocks(nodes: XmlNode[], flow: FlowBuilder): void {
  for (const block of blockChildren(nodes)) {
    if (tagOf(block) === 'w:p') flow.paragraph(paragraphText(block));
    else if (hasNestedTable(block)) {
      for (const tr of wrappedChildren(childrenOf(block), 'w:tr')) {
        for (const tc of wrappedChildren(childrenOf(tr), 'w:tc')) readBlocks(childrenOf(tc), flow);
      }
    } else readTable(block, flow);
  }
}

/**
 * Reads a .docx: the body's paragraphs and tables in document order (headers, footers, footnotes,
 * comments and deleted text are not read). Inflates only the parts it needs, within `limits`, and
 * fast-xml-parser on them; a part with a DOCTYPE is refused. Throws DocxReadError on a package
 * without a main document.
 */
export async function readDocx(bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<NativeDocument> {
  const main = await mainPartName(bytes, limits);
  const xml = unzipParts(bytes, [main], limits).get(main);
  if (xml === undefined) throw new DocxReadError(`缺少 ${main}`);
  const root = (await parseXml(xml)).find((n) => tagOf(n) === 'w:document');
  const body = root ? childOf(root, 'w:body') : undefined;
  if (body === undefined) throw new DocxReadError(`${main} 中没有 w:body`);
  const flow = new FlowBuilder('docx');
  readBlocks(childrenOf(body), flow);
  return flow.document();
}
