import path from 'node:path';
import { UsageError, IoError } from '../core/errors.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import type { CliIo } from './io.js';

/** Pairs `--format` and `--output` by position, as Spectral does: the n-th output belongs to the n-th format. */
export function pairOutputs(formats: string[], outputs: string[], known: string[]): { format: string; output?: string }[] {
  const list = formats.length > 0 ? formats : ['text'];
  if (outputs.length > list.length) throw new UsageError(`more --output (${outputs.length}) than --format (${list.length}) options`);
  for (const f of list) {
    if (!known.includes(f)) throw new UsageError(`unknown format "${f}"; use one of ${known.join(', ')}`);
  }
  return list.map((format, i) => ({ format, output: outputs[i] }));
}

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
