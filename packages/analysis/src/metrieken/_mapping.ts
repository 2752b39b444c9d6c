import type { Graaf, NodeMapping } from '../types.js';

export type { NodeMapping };

export function toMapping<T>(keys: readonly string[], values: ArrayLike<T>): NodeMapping<T> {
  const mapping: NodeMapping<T> = {};
  for (let i = 0; i < keys.length; i++) mapping[keys[i]!] = values[i]!;
  return mapping;
}

export function assignMapping<T>(graph: Graaf, attribute: string, keys: readonly string[], values: ArrayLike<T>): void {
  for (let i = 0; i < keys.length; i++) graph.setNodeAttribute(keys[i]!, attribute, values[i]);
}
