import { parentPort } from 'node:worker_threads';
import { runJob, type PoolJob } from './pool-jobs.js';

// Runs a chunk of parse or locate jobs off the main thread (see parallel-parse.ts).
parentPort?.on('message', (jobs: PoolJob[]) => {
  parentPort!.postMessage(jobs.map(runJob));
});
