import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection, now. Between phases of a large run most of what the last phase allocated is
 * garbage; collecting it before the next phase lets V8 size the heap to what is live rather than let it grow
 * on top. `--expose-gc` set at run time and read from a fresh context is how Jest's leak detector reaches
 * `gc` too; where that fails, nothing happens.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * From now on V8 grows the heap 10% past what is live after each full collection, instead of two to three
 * times: a check of 100,000 records peaked near 370 MB with ~110 MB live. It costs more collections (a
 * 10,000-record pack took 15% longer with it), so only large runs ask for it. Process-wide, like any V8 flag.
 */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=10');
}

/**
 * A check to call between steps of a large run: it collects garbage whenever the heap has grown by `step`
 * bytes since the last collection. Rules build indexes they drop when done; without it the heap kept growing
 * through the rules of a 100,000-record check (V8 collects old garbage late) and set the run's peak memory.
 */
export function garbageWatermark(step = 48 * 1024 * 1024): () => void {
  const used = () => v8.getHeapStatistics().used_heap_size;
  // Starts from a collected heap: what the phase before left behind is mostly garbage too.
  collectGarbage();
  let floor = used();
  return () => {
    if (used() - floor < step) return;
    collectGarbage();
    floor = used();
  };
}
