import { expect, it } from 'vitest';
import { collectGarbage, garbageWatermark } from '../../src/util/heap.js';

/** A weak reference to an object nothing else refers to, past the job that made it (until then it is kept). */
async function orphan(): Promise<WeakRef<object>> {
  let ref: WeakRef<object> | undefined;
  (() => {
    ref = new WeakRef({ payload: new Array(10_000).fill('x') });
  })();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return ref!;
}

it('collectGarbage runs a full collection: an object nothing refers to is gone afterwards', async () => {
  const ref = await orphan();
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  collectGarbage(); // a second call reuses the same gc
});

it('garbageWatermark collects once the heap has grown by its step, not before', async () => {
  const never = garbageWatermark(1024 ** 4);
  const kept = await orphan();
  never();
  expect(kept.deref()).toBeDefined();
  const always = garbageWatermark(1);
  const gone = await orphan();
  const keep = new Array(100_000).fill(0); // the heap grows past the 1-byte step
  always();
  expect(gone.deref()).toBeUndefined();
  expect(keep).toHaveLength(100_000);
});
