import type { CliIo } from './io.js';
import { UsageError } from '../report/errors.js';

export interface DiffOptions {
  dir: string;
  format: 'text' | 'markdown' | 'json';
  output?: string;
  config?: string;
}

/** `annexa diff`: not yet implemented (see issue 5). */
export async function runDiff(_from: string, _to: string | undefined, _opts: DiffOptions, _io: CliIo): Promise<number> {
  throw new UsageError('diff is not implemented yet');
}
