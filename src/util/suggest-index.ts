import { suggestLimit } from './did-you-mean.js';

interface TrieNode {
  /** Child code units and nodes, in parallel arrays (faster to walk than a Map). */
  keys: number[];
  nodes: TrieNode[];
  /** Smallest (in sort order) candidate whose lower-cased form ends here. */
  word?: string;
  /** Shortest and longest candidate length in this subtree (the search skips subtrees too short or long). */
  minLen: number;
  maxLen: number;
}

const node = (): TrieNode => ({ keys: [], nodes: [], minLen: Infinity, maxLen: 0 });

/**
 * `didYouMean` over one large, fixed candidate list (every record id of a kind), asked many times.
 * A trie of the lower-cased candidates is searched with one edit-distance row per node and cut off
 * where every entry of the row exceeds the limit, so a query visits only the near neighbourhood
 * instead of the whole list: no longer findings x records. Same answer as didYouMean.
 */
export class SuggestIndex {
  private readonly root = node();
  private maxDepth = 0;

  constructor(candidates: Iterable<string>) {
    for (const c of [...new Set(candidates)].sort()) {
      // UTF-16 code units, like editDistance, so both count astral characters the same way.
      const lower = c.toLowerCase();
      let at = this.root;
      const widen = (t: TrieNode) => {
        t.minLen = Math.min(t.minLen, lower.length);
        t.maxLen = Math.max(t.maxLen, lower.length);
      };
      widen(at);
      for (let i = 0; i < lower.length; i++) {
        const ch = lower.charCodeAt(i);
        const k = at.keys.indexOf(ch);
        let next = k >= 0 ? at.nodes[k]! : undefined;
        if (!next) {
          next = node();
          at.keys.push(ch);
          at.nodes.push(next);
        }
        at = next;
        widen(at);
      }
      at.word ??= c; // candidates arrive sorted: the first one kept is the tie-break winner
      this.maxDepth = Math.max(this.maxDepth, lower.length);
    }
  }

  /** The closest candidate within the limit; ties go to the first in sort order. */
  closest(input: string): string | undefined {
    const limit = suggestLimit(input);
    const word = input.toLowerCase();
    const n = word.length;
    const codes = Int32Array.from({ length: n }, (_, j) => word.charCodeAt(j));
    // One preallocated row per depth: the search allocates nothing per node.
    const rows = Array.from({ length: this.maxDepth + 1 }, () => new Int32Array(n + 1));
    for (let j = 0; j <= n; j++) rows[0]![j] = j;
    let bestDist = Infinity;
    let best: string | undefined;
    const visit = (at: TrieNode, depth: number) => {
      const prev = rows[depth]!;
      const last = prev[n]!;
      if (at.word !== undefined && last <= limit && (last < bestDist || (last === bestDist && at.word < best!))) {
        bestDist = last;
        best = at.word;
      }
      const row = rows[depth + 1];
      if (!row) return;
      for (let c = 0; c < at.keys.length; c++) {
        const ch = at.keys[c]!;
        const child = at.nodes[c]!;
        // Lower bound of the final distance through cell j: the row value plus the length gap
        // still to bridge between the rest of the input and the rest of any word below.
        const shortest = child.minLen - depth - 1;
        const longest = child.maxLen - depth - 1;
        const gap = (j: number) => Math.max(0, shortest - (n - j), n - j - longest);
        row[0] = depth + 1;
        let min = row[0] + gap(0);
        for (let j = 1; j <= n; j++) {
          const sub = prev[j - 1]! + (codes[j - 1] === ch ? 0 : 1);
          const del = prev[j]! + 1;
          const ins = row[j - 1]! + 1;
          const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
          row[j] = v;
          const bound = v + gap(j);
          if (bound < min) min = bound;
        }
        if (min <= limit && min <= bestDist) visit(child, depth + 1);
      }
    };
    visit(this.root, 0);
    return best;
  }
}
