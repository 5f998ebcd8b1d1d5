import { MAX_NESTING_DEPTH } from './nesting.js';

/** Keys that could poison prototypes in consumers of the data; refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ValueProblem =
  | { kind: 'forbidden-key'; key: string; path: (string | number)[] }
  | { kind: 'alias-cycle'; path: (string | number)[] }
  | { kind: 'too-deep'; path: (string | number)[] };

/**
 * Walks a document's plain value once, without recursion: a forbidden key, an alias that contains
 * itself (the value is cyclic) or nesting deeper than the limit (aliases can nest values the
 * text does not) is reported with the path where it was met. Shared subtrees are walked once;
 * their height is kept so that reaching one again deeper down still counts its levels.
 */
export function inspectValue(root: unknown, limit = MAX_NESTING_DEPTH): ValueProblem | null {
  const height = new Map<object, number>();
  const open = new Set<object>();
  type Frame = { node: object; path: (string | number)[]; entries: [string | number, unknown][]; next: number; below: number };
  const frames: Frame[] = [];
  const enter = (node: unknown, p: (string | number)[]): ValueProblem | null => {
    if (node === null || typeof node !== 'object') return null;
    const h = height.get(node);
    if (h !== undefined) {
      if (frames.length + h > limit) return { kind: 'too-deep', path: p };
      const parent = frames[frames.length - 1];
      if (parent) parent.below = Math.max(parent.below, h);
      return null;
    }
    if (open.has(node)) return { kind: 'alias-cycle', path: p };
    if (frames.length >= limit) return { kind: 'too-deep', path: p };
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : node instanceof Map || node instanceof Set
        ? [] // the loader never builds these for records (no !!set / !!omap in the core schema)
        : Object.keys(node).map((k) => [k, (node as Record<string, unknown>)[k]]);
    for (const [k] of entries) if (typeof k === 'string' && FORBIDDEN_KEYS.has(k)) return { kind: 'forbidden-key', key: k, path: [...p, k] };
    open.add(node);
    frames.push({ node, path: p, entries, next: 0, below: 0 });
    return null;
  };
  const first = enter(root, []);
  if (first) return first;
  while (frames.length > 0) {
    const top = frames[frames.length - 1]!;
    if (top.next >= top.entries.length) {
      frames.pop();
      open.delete(top.node);
      height.set(top.node, top.below + 1);
      const parent = frames[frames.length - 1];
      if (parent) parent.below = Math.max(parent.below, top.below + 1);
      continue;
    }
    const [k, v] = top.entries[top.next++]!;
    const hit = enter(v, [...top.path, k]);
    if (hit) return hit;
  }
  return null;
}
