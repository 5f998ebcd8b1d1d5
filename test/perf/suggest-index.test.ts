import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SuggestIndex } from '../../src/util/suggest-index.js';
import { didYouMean } from '../../src/util/did-you-mean.js';

// The index replaces a scan of every id per dangling reference; it must give the scan's answer exactly.
describe('SuggestIndex', () => {
  it('answers like didYouMean on ids that differ by a few edits, in any case', () => {
    const id = fc.stringMatching(/^[a-cA-C0-9é.-]{0,9}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), id, (candidates, input) => {
        expect(new SuggestIndex(candidates).closest(input)).toBe(didYouMean(input, candidates));
      }),
      { numRuns: 600 },
    );
  });

  it('prefers the smaller distance, then the first in sort order, like the scan', () => {
    const ids = ['ev-12', 'ev-21', 'EV-13', 'ev-1x', 'policy-a'];
    expect(new SuggestIndex(ids).closest('ev-11')).toBe('EV-13');
    expect(new SuggestIndex(ids).closest('polcy-a')).toBe('policy-a');
    expect(new SuggestIndex(ids).closest('nothing-close')).toBeUndefined();
    expect(new SuggestIndex([]).closest('x')).toBeUndefined();
  });

  it('stays fast on many similar ids (no scan of the whole list)', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `ev-${i}`);
    const index = new SuggestIndex(ids);
    const t0 = performance.now();
    for (let i = 0; i < 2_000; i++) index.closest(`ev-missing-${i}`);
    for (let i = 0; i < 100; i++) index.closest(`ev-${i * 997}x`);
    // A scan would be 2e8 edit distances (minutes); the trie search takes well under a second.
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(index.closest('ev-99999x')).toBe('ev-99999');
  });
});
