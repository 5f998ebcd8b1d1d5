import type { CoverageCounts } from './types.js';

/** `91.7%`, `100%`: one decimal at most, as every output prints it. */
export function percentText(n: number): string {
  const r = Math.round(n * 10) / 10;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)}%`;
}

/**
 * Coverage as one sentence that every output uses, so the figures read the same in the terminal,
 * Markdown, the pack and the dashboard: implemented of the controls not excluded, and what that
 * denominator holds (decided applicable, still undecided), with the excluded ones beside it.
 * Example: `91.7% implemented: 77 of 84 (84 applicable, 0 undecided), 9 excluded`.
 */
export function coverageSummary(c: CoverageCounts): string {
  return `${percentText(c.percentImplemented)} implemented: ${coverageFigures(c)}`;
}

/**
 * The figures behind the percentage: `77 of 84 (84 applicable, 0 undecided), 9 excluded`. Controls a third
 * party provides (inherited or shared) are in operation and count in the numerator; the sentence says how many.
 */
export function coverageFigures(c: CoverageCounts): string {
  const provided = c.provided ? `; ${c.provided} provided by a third party` : '';
  return `${c.implemented + c.provided} of ${c.total - c.excluded} (${c.applicable} applicable, ${c.noDecision} undecided${provided}), ${c.excluded} excluded`;
}
