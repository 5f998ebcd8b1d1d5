import type { CST } from 'yaml';

type Token = CST.Token;

/**
 * Deepest collection nesting a record document may have. Records need fewer than ten levels; the
 * limit sits far below the depth at which the YAML library's recursive composer (or any later
 * recursive stage) would overflow the stack, and it is the same number on every thread.
 */
export const MAX_NESTING_DEPTH = 64;

type Item = { key?: Token | null; sep?: unknown; value?: Token };

/**
 * The source offset of the first collection nested deeper than `limit` in a CST document token,
 * or undefined when it stays within the limit. Iterative: the check itself cannot overflow.
 */
export function tooDeepAt(doc: Token, limit = MAX_NESTING_DEPTH): number | undefined {
  const stack: [Token, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    const children: (Token | null | undefined)[] = [];
    let nested = depth;
    switch (token.type) {
      case 'document':
        children.push(token.value);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        nested = depth + 1;
        if (nested > limit) return token.offset;
        for (const item of token.items as Item[]) children.push(item.key, item.value);
        break;
      default:
        break;
    }
    for (const c of children) if (c) stack.push([c, nested]);
  }
  return undefined;
}
