import { expect, it } from 'vitest';
import { collectGarbage } from '../../src/util/heap.js';

it('collectGarbage runs a full collection: an object nothing refers to is gone afterwards', async () => {
  let ref: WeakRef<object> | undefined;
  (() => {
    ref = new WeakRef({ payload: new Array(10_000).fill('x') });
  })();
  // A WeakRef target lives at least until the current job ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  expect(ref!.deref()).toBeUndefined();
  collectGarbage(); // a second call reuses the same gc
});
