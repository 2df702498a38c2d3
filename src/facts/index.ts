// The fact registry: every fact definition, indexed by scope and name.
import type { FactIndex } from '../engine/load-rules.js';
import type { FactDefinition } from './types.js';
import { ALL_FACTS } from './definitions/index.js';

/** Indexes fact definitions by scope; a duplicate name within a scope is a programming error. */
export function indexFacts(definitions: readonly FactDefinition[]): FactIndex {
  const index = { document: new Map(), project: new Map(), indicator: new Map() } as {
    [K in keyof FactIndex]: Map<string, FactDefinition>;
  };
  for (const def of definitions) {
    if (index[def.scope].has(def.name)) throw new Error(`duplicate fact ${def.scope}.${def.name}`);
    index[def.scope].set(def.name, def);
  }
  return index;
}

/** All built-in facts. */
export const FACTS: FactIndex = indexFacts(ALL_FACTS);
export type { FactDefinition, FactValue, LocatedItem, Subject } from './types.js';
