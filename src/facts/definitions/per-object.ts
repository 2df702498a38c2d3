// Per-document memo of a value per indicator (or other model object), keyed by identity so no key string is built per call.
import type { FactContext } from '../types.js';

/**
 * The value of `compute(of)` for this document, worked out once: the family's table lives in the
 * document memo under the constant key `family`, and is looked up by object identity.
 */
export function perObject<K extends object, T>(ctx: FactContext, family: string, of: K, compute: (of: K) => T): T {
  const table = ctx.memo(family, () => new Map<K, T>());
  const found = table.get(of);
  if (found !== undefined || table.has(of)) return found as T;
  const value = compute(of);
  table.set(of, value);
  return value;
}
