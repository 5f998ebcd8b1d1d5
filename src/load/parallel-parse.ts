import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runJob, type PoolJob, type PoolResult } from './pool-jobs.js';
import type { ParsedValues } from './parse-values.js';
import type { LocateRequest, Located } from './locate-file.js';

/** Below this many items a worker costs more than it saves. */
export const PARALLEL_MIN_FILES = 200;
/** Items handed out at a time: small enough to balance a busy machine, large enough to amortise messages. */
const CHUNK = 48;

const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url));

/**
 * Worker threads, one per core beyond the main thread, which works too. They start with the first
 * batch large enough to use them: a thread costs ~0.3 s of CPU to start (module loading), more than a
 * small repo takes to read. Work is handed out in small chunks as each thread frees up; results are
 * put back in input order so output stays deterministic.
 */
export class ParsePool {
  private workers: Worker[] = [];
  private closed = false;

  constructor(private readonly size = availableParallelism() - 1) {}

  private start(): void {
    // The worker runs compiled JS; from TypeScript sources (tests) everything stays on this thread.
    if (this.closed || this.workers.length > 0 || !workerFile.endsWith('.js') || !existsSync(workerFile)) return;
    for (let i = 0; i < this.size; i++) this.workers.push(new Worker(workerFile));
  }

  /**
   * Reads and parses the files. `each` sees every chunk's results as they arrive (in any order), so
   * the caller can shrink them before the next ones come rather than hold every file's values twice.
   */
  async run(root: string, files: string[], maxBytes?: number, each?: (results: ParsedValues[]) => void): Promise<ParsedValues[]> {
    const jobs = files.map((f) => ({ type: 'parse', root, file: f, maxBytes }) as PoolJob);
    return (await this.map(jobs, each as ((results: PoolResult[]) => void) | undefined)) as ParsedValues[];
  }

  /** Positions for the findings of each file: one parse per file, whatever its number of findings. `each` runs after every chunk. */
  async locate(requests: LocateRequest[], each?: () => void): Promise<Located[]> {
    return (await this.map(requests.map((r) => ({ type: 'locate', request: r }) as PoolJob), each)) as Located[];
  }

  private async map(jobs: PoolJob[], each?: (results: PoolResult[]) => void): Promise<PoolResult[]> {
    if (jobs.length >= PARALLEL_MIN_FILES) this.start();
    if (this.workers.length === 0 || jobs.length < PARALLEL_MIN_FILES) {
      const all = jobs.map(runJob);
      each?.(all);
      return all;
    }
    const out: PoolResult[][] = [];
    const chunks: number[] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(i);
    let next = 0;
    const take = () => (next < chunks.length ? chunks[next++] : undefined);
    const remote = this.workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const feed = () => {
            const start = take();
            if (start === undefined) return finish();
            w.once('message', (res: PoolResult[]) => {
              each?.(res);
              out[start / CHUNK] = res;
              feed();
            });
            w.postMessage(jobs.slice(start, start + CHUNK));
          };
          const finish = () => {
            w.off('error', reject);
            resolve();
          };
          w.on('error', reject);
          feed();
        }),
    );
    // The main thread takes chunks too, yielding between them so workers get their next chunk.
    for (let start = take(); start !== undefined; start = take()) {
      const res = jobs.slice(start, start + CHUNK).map(runJob);
      each?.(res);
      out[start / CHUNK] = res;
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(remote);
    return out.flat();
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }
}
