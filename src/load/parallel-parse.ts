import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { readAndParse, type ParsedValues } from './parse-values.js';

/** Below this many files a worker costs more than it saves. */
export const PARALLEL_MIN_FILES = 200;

const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url));

/**
 * A parse worker started before discovery, so its start-up and module loading overlap with
 * globbing. YAML parsing is the bulk of a run; two cores halve it for large repos.
 */
export class ParsePool {
  private worker?: Worker;

  constructor() {
    // The worker runs compiled JS; from TypeScript sources (tests) everything stays on this thread.
    if (availableParallelism() > 1 && workerFile.endsWith('.js') && existsSync(workerFile)) this.worker = new Worker(workerFile);
  }

  /** Reads and parses the files; results come back in input order so output stays deterministic. */
  async run(root: string, files: string[], maxBytes?: number): Promise<ParsedValues[]> {
    const worker = this.worker;
    if (!worker || files.length < PARALLEL_MIN_FILES) return files.map((f) => readAndParse(root, f, maxBytes));
    // The worker starts cold (no JIT yet): give it a little less than half.
    const split = Math.ceil(files.length * 0.55);
    const remote = new Promise<ParsedValues[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    worker.postMessage({ root, files: files.slice(split), maxBytes });
    const local = files.slice(0, split).map((f) => readAndParse(root, f, maxBytes));
    return [...local, ...(await remote)];
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
