import type { CliIo } from './io.js';
import { UsageError } from '../report/errors.js';

export interface PackOptions {
  out: string;
  date?: string;
  templates?: string;
  since?: string;
  config?: string;
  force?: boolean;
  quiet?: boolean;
}

/** `annexa pack`: not yet implemented (see issue 4). */
export async function runPack(_dir: string, _opts: PackOptions, _io: CliIo): Promise<number> {
  throw new UsageError('pack is not implemented yet');
}
