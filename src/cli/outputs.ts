import path from 'node:path';
import { IoError } from '../core/errors.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import type { CliIo } from './io.js';

export { pairOutputs } from './output-pairs.js';

/** Writes each rendered output to its file (atomically) or to stdout. */
export async function emit(io: CliIo, target: { output?: string }, content: string | Uint8Array): Promise<void> {
  if (!target.output || target.output === '-') {
    // Binary formats (xlsx, docx) are refused without --output before they are built; see soa.ts.
    io.stdout.write(typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
    return;
  }
  const file = path.resolve(io.cwd, target.output);
  try {
    await writeFileAtomic(file, content);
  } catch (err) {
    throw new IoError(`cannot write ${target.output}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
