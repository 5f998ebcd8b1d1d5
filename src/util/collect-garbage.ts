import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection, now. Between phases of a large run most of what the last phase allocated is
 * garbage; collecting it before the next phase lets V8 size the heap to what is live rather than let it grow
 * on top (100,000 records: ~100 MB live, ~200 MB heap otherwise). `--expose-gc` set at run time and read
 * from a fresh context is how Jest's leak detector reaches `gc` too; where that fails, nothing happens.
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
