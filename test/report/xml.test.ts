// escapeXml/escapeAttribute (and html's escapeHtml): every text escaped as five plain passes would, untouched when nothing needs escaping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html.js';
import { escapeAttribute, escapeXml } from '../../src/report/xml.js';

/** The escapers as first written, one pass per character: what the single-pass ones must equal. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const referenceXml = (text: string): string =>
  text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const referenceAttribute = (text: string): string => referenceXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
const referenceHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Texts mixing what escaping touches (markup, whitespace, controls, surrogates paired and lone, U+FFFE/F) with Chinese. */
const tricky = fc
  .array(fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '\uD83D', '\uDE00', '\uD83D\uDE00', '\uFFFE', '\uFFFF', '满意度≥95%', '“指标”', 'a', ' ', '&amp;'), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('escaping', () => {
  it('escapeXml and escapeAttribute equal the five-pass escapers on any text', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (text) => {
        expect(escapeXml(text)).toBe(referenceXml(text));
        expect(escapeAttribute(text)).toBe(referenceAttribute(text));
        expect(escapeHtml(text)).toBe(referenceHtml(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns a text with nothing to escape as it is', () => {
    const plain = '三级指标“农家书屋补充图书册数”的计量单位不对 ≥95% 😀';
    expect(escapeXml(plain)).toBe(plain);
    expect(escapeAttribute(plain)).toBe(plain);
    expect(escapeHtml(plain)).toBe(plain);
  });

  it('escapes each character once, & first in effect (no double escaping)', () => {
    expect(escapeXml(`<a b="c">'&amp;'</a>`)).toBe('&lt;a b=&quot;c&quot;&gt;&apos;&amp;amp;&apos;&lt;/a&gt;');
    expect(escapeAttribute('a\tb\r\nc\u0001\uDE00')).toBe('a&#9;b&#13;&#10;c');
  });
});
