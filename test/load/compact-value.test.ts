import { describe, expect, it } from 'vitest';
import { ValueCompactor } from '../../src/load/compact-value.js';
import { fastParse } from '../../src/load/fast-parse.js';

// Compaction may change how values are held, never what they are.
describe('ValueCompactor', () => {
  const text = 'apiVersion: annexa/v1\nkind: Control\nmetadata:\n  id: ctl-1\n  title: A rather long title here\nspec:\n  implements: [iso27001:A.5.1, iso27001:A.5.2]\n  n: 3\n  ok: true\n  none: null\n  nested: {list: [[a, b], {c: d}]}\n';

  it('keeps every value, key order and type', () => {
    const parsed = fastParse(text)!;
    const before = structuredClone(parsed[0]!.value);
    const after = new ValueCompactor().compact(parsed[0]!.value);
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('copies arrays and shares equal strings across values', () => {
    const c = new ValueCompactor();
    const a = fastParse(text)![0]!.value;
    const list = (a.spec as { implements: string[] }).implements;
    const one = c.compact(a);
    const two = c.compact(fastParse(text)![0]!.value);
    expect((one.spec as { implements: string[] }).implements).not.toBe(list);
    expect((one.spec as { implements: string[] }).implements).toEqual(['iso27001:A.5.1', 'iso27001:A.5.2']);
    expect((one.metadata as { title: string }).title).toBe((two.metadata as { title: string }).title);
  });
});
