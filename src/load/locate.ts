import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Splits a JSON pointer into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments. */
export function toPointer(segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Resolves a JSON pointer to the YAML node it names. When a segment does not exist (a missing
 * required property), the deepest existing node is returned, so the finding points at its parent.
 */
export function findNode(doc: Document, pointer: string, target: 'key' | 'value' = 'value'): Node | null {
  let node: unknown = doc.contents;
  const segs = pointerSegments(pointer);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      node = last && target === 'key' ? pair.key : (pair.value ?? pair.key);
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
    } else {
      break;
    }
  }
  return (node as Node | null) ?? null;
}

/** Line and column (1-based) of the node a pointer names, or of the document start. */
export function locate(doc: Document, lc: LineCounter, pointer = '', target: 'key' | 'value' = 'value'): Position {
  const node = findNode(doc, pointer, target);
  const range = node?.range ?? doc.range ?? [0, 0];
  return rangeToPosition(lc, range[0], range[1]);
}

export function rangeToPosition(lc: LineCounter, start: number, end: number): Position {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
