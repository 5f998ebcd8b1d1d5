import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AnnexaError, IoError } from '../core/errors.js';
import { inspectOut, type OutState } from './out-folder.js';
import { isInside, safeJoin } from './out-path.js';
import { journalName, TMP_PREFIX, writeJournal } from './pack-leftovers.js';
import type { PackFile } from './render-pack.js';

export interface WriteTarget {
  out: string;
  root: string;
  force: boolean;
  display: string;
}

/**
 * Writes the pack into a fresh temporary folder next to `out`, then moves it into place: a new or
 * empty `out` by one rename; an earlier pack by renaming it away, the new one in, then deleting the
 * old; a foreign folder (with --force) file by file. Every path is checked to stay inside its folder.
 */
export async function writePack(files: PackFile[], target: WriteTarget, state: OutState): Promise<void> {
  const parent = path.dirname(target.out);
  const tmp = await io(target, async () => {
    await mkdir(parent, { recursive: true });
    const dir = await mkdtemp(path.join(parent, `${TMP_PREFIX}${process.pid}-`));
    await chmod(dir, 0o755); // mkdtemp makes it private; the pack is meant to be shared
    return dir;
  });
  try {
    await io(target, async () => {
      for (const f of files) {
        const file = safeJoin(tmp, f.path);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, f.content, { flag: 'wx' });
      }
    });
    // The folder may have changed while we rendered: decide again, right before moving.
    const now = await inspectOut(target.out, target.root, target.force, target.display);
    if (now !== state) throw new IoError(`--out ${target.display} changed while the pack was written; run again`);
    await io(target, () => (state === 'merge' ? mergeInto(tmp, target.out, files) : swapInto(tmp, target.out, state)));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function swapInto(tmp: string, out: string, state: OutState): Promise<void> {
  if (state === 'absent') return rename(tmp, out);
  if (state === 'empty') {
    await rmdir(out);
    return rename(tmp, out);
  }
  const parent = path.dirname(out);
  const tag = randomBytes(4).toString('hex');
  const old = path.join(parent, `${TMP_PREFIX}old-${process.pid}-${tag}`);
  // The journal makes the window between the two renames recoverable: a run killed there leaves
  // --out missing, and the next run reads the journal to move the complete new pack in.
  const journal = path.join(parent, journalName(process.pid, tag));
  await writeJournal(parent, path.basename(journal), { out: path.basename(out), tmp: path.basename(tmp), old: path.basename(old) });
  await rename(out, old);
  try {
    await rename(tmp, out);
  } catch (err) {
    await rename(old, out);
    await rm(journal, { force: true });
    throw err;
  }
  await rm(old, { recursive: true, force: true });
  await rm(journal, { force: true });
}

async function mergeInto(tmp: string, out: string, files: PackFile[]): Promise<void> {
  const realOut = await realpath(out);
  // Check every destination first, so a refusal leaves the folder as it was.
  for (const f of files) {
    const dest = safeJoin(out, f.path);
    await mkdir(path.dirname(dest), { recursive: true });
    if (!isInside(realOut, await realpath(path.dirname(dest)))) throw new IoError(`refusing to write ${f.path}: its folder leads outside --out`);
    const st = await lstat(dest).catch(() => undefined);
    if (st?.isDirectory()) throw new IoError(`refusing to replace the folder ${f.path} with a pack file`);
  }
  for (const f of files) await rename(safeJoin(tmp, f.path), safeJoin(out, f.path));
}

async function io<T>(target: WriteTarget, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AnnexaError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new IoError(`cannot write the pack to ${target.display}: ${e.code ?? e.message}`);
  }
}
