/** Levenshtein distance, small inputs only (ids, property names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance, or undefined. Ties go to the first in sort order. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const limit = suggestLimit(input);
  let best: string | undefined;
  let bestDist = Infinity;
  const lower = input.toLowerCase();
  for (const c of [...candidates].sort()) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDist && d <= limit) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}

/** How many edits a suggestion may be away from the input: about one per three characters, 1 to 3. */
export function suggestLimit(input: string): number {
  return Math.max(1, Math.min(3, Math.floor(input.length / 3)));
}
