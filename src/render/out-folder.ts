import { lstat, readdir } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { isEarlierPack } from './earlier-pack.js';
import { isInside } from './out-path.js';

/**
 * What is at `--out` now: nothing, an empty folder, an earlier annexa pack (replaced as a whole),
 * or a foreign folder that `--force` lets us write into (our files only; nothing else is removed).
 */
export type OutState = 'absent' | 'empty' | 'pack' | 'merge';

/** Decides how the pack may be written to `out`; refuses (exit 2, nothing touched) when it may not. */
export async function inspectOut(out: string, root: string, force: boolean, display: string): Promise<OutState> {
  if (isInside(out, root)) throw new UsageError(`--out ${display} would hold the governance repository itself; choose another folder`);
  const st = await lstat(out).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new UsageError(`--out ${display}: ${err.code ?? err.message}`);
  });
  if (!st) return 'absent';
  if (st.isSymbolicLink()) throw new UsageError(`--out ${display} is a symbolic link; give the folder it points to`);
  if (!st.isDirectory()) throw new UsageError(`--out ${display} exists and is not a folder`);
  if ((await readdir(out)).length === 0) return 'empty';
  if (await isEarlierPack(out)) return 'pack';
  if (force) return 'merge';
  throw new UsageError(`--out ${display} is not empty and is not an annexa pack; choose an empty folder or add --force to write into it`);
}
