import { parentPort } from 'node:worker_threads';
import { readAndParse } from './parse-values.js';

// Reads and parses a share of the repo's files off the main thread (see parallel-parse.ts).
parentPort?.on('message', (job: { root: string; files: string[]; maxBytes?: number }) => {
  parentPort!.postMessage(job.files.map((f) => readAndParse(job.root, f, job.maxBytes)));
});
