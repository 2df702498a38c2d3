// Rebuilds an Office package from its parts inflated within the size limits, with no DOCTYPE in any XML part, for libraries that would inflate the original blindly.
import { zipSync, type Zippable } from 'fflate';
import { inflateEntries } from './inflate.js';
import type { ReadLimits } from './limits.js';
import { UnsafeXmlError } from './xml.js';

const DOCTYPE = Buffer.from('<!DOCTYPE');
const ENTITY = Buffer.from('<!ENTITY');

/** A part declaring a DOCTYPE or an entity (XXE, entity expansion): Office never writes one, so it is refused. */
function hasDoctype(data: Uint8Array): boolean {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // A UTF-16 part would hide the ASCII pattern: look at its decoded text instead.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    const text = new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
    return /<!DOCTYPE|<!ENTITY/i.test(text);
  }
  return buffer.indexOf(DOCTYPE) !== -1 || buffer.indexOf(ENTITY) !== -1;
}

/**
 * The package's entries inflated within `limits` (see inflateEntries), XML parts checked for
 * DOCTYPE, stored again without compression: what the result holds is exactly what was checked.
 */
export function verifiedPackage(bytes: Uint8Array, limits: ReadLimits): Uint8Array {
  const parts = inflateEntries(bytes, () => true, limits);
  const files: Zippable = {};
  for (const [name, data] of parts) {
    if (/\.(?:xml|rels|vml)$/i.test(name) && hasDoctype(data)) throw new UnsafeXmlError(`${name} 含有 DOCTYPE/ENTITY 声明，已拒绝读取`);
    files[name] = [data, { level: 0 }];
  }
  return zipSync(files, { level: 0 });
}
