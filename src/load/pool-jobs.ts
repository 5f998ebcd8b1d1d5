import { readAndParse, type ParsedValues } from './parse-values.js';
import { locateInFile, type LocateRequest, type Located } from './locate-file.js';

/** A unit of work the parse pool hands to a thread; plain data, so it crosses a worker boundary. */
export type PoolJob = { type: 'parse'; root: string; file: string; maxBytes?: number } | { type: 'locate'; request: LocateRequest };
export type PoolResult = ParsedValues | Located;

/** Runs one job on the current thread (main or worker). */
export function runJob(job: PoolJob): PoolResult {
  return job.type === 'parse' ? readAndParse(job.root, job.file, job.maxBytes) : locateInFile(job.request);
}
