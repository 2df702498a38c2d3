// Parses the XML parts of Office packages safely (no DOCTYPE, hence no entity expansion of any kind) into an ordered node tree.

/** A node of fast-xml-parser's `preserveOrder` output: one tag key holding the children, ':@' holding the attributes. */
export type XmlNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

export class UnsafeXmlError extends Error {}

/**
 * Parses an XML part. A part with a DOCTYPE is refused: Office parts never have one, and refusing
 * it rules out external entities and entity expansion bombs before any parsing happens.
 */
export async function parseXml(xml: string): Promise<XmlNode[]> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new UnsafeXmlError('XML 含有 DOCTYPE/ENTITY 声明，已拒绝读取');
  const { XMLParser } = await import('fast-xml-parser');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    // Numeric character references (&#x4E00;) are decoded only with this switch; named HTML entities do not occur in Office XML.
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  return parser.parse(xml) as XmlNode[];
}

/** The tag of a node ('w:p'); '#text' for a text node. */
export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES) return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function textOf(node: XmlNode): string {
  const value = node[TEXT];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return value === undefined ? undefined : String(value);
}

/** The first child with the tag, or undefined. */
export function childOf(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** The first element with the tag anywhere below `nodes`, depth first. */
export function findFirst(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const found = findFirst(childrenOf(node), tag);
    if (found) return found;
  }
  return undefined;
}
