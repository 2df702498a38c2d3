// XML text and attribute escaping for the junit format (and anything else that writes XML by hand).

// Characters XML 1.0 does not allow at all, even escaped (control characters other than tab, LF, CR; lone surrogates; U+FFFE/F).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any character escaping may change: markup, and what INVALID may drop (any surrogate, paired or not, is
 * looked at more closely there). Most texts have none and are returned as they are: a report escapes every
 * message, and five passes over each (one per character) were a third of junit's time.
 */
const MAY_CHANGE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const MARKUP = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** …and in an attribute, the whitespace a parser would normalise away. */
const ATTRIBUTE_MAY_CHANGE = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]/g;
const ATTRIBUTE_ENTITY: Readonly<Record<string, string>> = { ...ENTITY, '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/** Escapes text for element content or a double- or single-quoted attribute; drops characters XML cannot carry. */
export function escapeXml(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(INVALID, '').replace(MARKUP, (c) => ENTITY[c]!);
}

/** Escapes an attribute value; line breaks are kept as character references so parsers do not normalise them away. */
export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_MAY_CHANGE.test(text)) return text;
  return text.replace(INVALID, '').replace(ATTRIBUTE_SPECIAL, (c) => ATTRIBUTE_ENTITY[c]!);
}
