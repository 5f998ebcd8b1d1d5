import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, realpath, rename, rm, rmdir } from 'node:fs/promises';
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

/** A pack being written: files go into a fresh temporary folder beside `out` as they are made. */
export interface PackDraft {
  /** Writes one file now (synchronously: pages come from a synchronous render loop, and each is dropped after). */
  add(file: PackFile): void;
  /** Moves the folder into place (see openPack) and removes what is left of it. */
  commit(): Promise<void>;
  /** Removes the temporary folder: the run failed, `out` stays as it was. */
  discard(): Promise<void>;
}

/**
 * Opens a fresh temporary folder next to `out` for the pack's files. commit() moves it into place: a new or empty
 * `out` by one rename; an earlier pack by renaming it away, the new one in, then deleting the old; a foreign folder
 * (with --force) file by file. Every path is checked to stay inside its folder. Files are written as they come, so
 * a large pack never holds all its pages in memory.
 */
export async function openPack(target: WriteTarget, state: OutState): Promise<PackDraft> {
  const parent = path.dirname(target.out);
  const tmp = await io(target, async () => {
    await mkdir(parent, { recursive: true });
    const dir = await mkdtemp(path.join(parent, `${TMP_PREFIX}${process.pid}-`));
    await chmod(dir, 0o755); // mkdtemp makes it private; the pack is meant to be shared
    return dir;
  });
  const paths: string[] = [];
  const discard = () => rm(tmp, { recursive: true, force: true });
  return {
    add(f) {
      ioSync(target, () => {
        const file = safeJoin(tmp, f.path);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, f.content, { flag: 'wx' });
      });
      paths.push(f.path);
    },
    async commit() {
      try {
        // The folder may have changed while we rendered: decide again, right before moving.
        const now = await inspectOut(target.out, target.root, target.force, target.display);
        if (now !== state) throw new IoError(`--out ${target.display} changed while the pack was written; run again`);
        await io(target, () => (state === 'merge' ? mergeInto(tmp, target.out, paths) : swapInto(tmp, target.out, state)));
      } finally {
        await discard();
      }
    },
    discard,
  };
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

async function mergeInto(tmp: string, out: string, files: string[]): Promise<void> {
  const realOut = await realpath(out);
  // Check every destination first, so a refusal leaves the folder as it was.
  for (const f of files) {
    const dest = safeJoin(out, f);
    await mkdir(path.dirname(dest), { recursive: true });
    if (!isInside(realOut, await realpath(path.dirname(dest)))) throw new IoError(`refusing to write ${f}: its folder leads outside --out`);
    const st = await lstat(dest).catch(() => undefined);
    if (st?.isDirectory()) throw new IoError(`refusing to replace the folder ${f} with a pack file`);
  }
  for (const f of files) await rename(safeJoin(tmp, f), safeJoin(out, f));
}

async function io<T>(target: WriteTarget, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw ioError(target, err);
  }
}

function ioSync(target: WriteTarget, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    throw ioError(target, err);
  }
}

function ioError(target: WriteTarget, err: unknown): unknown {
  if (err instanceof AnnexaError) return err;
  const e = err as NodeJS.ErrnoException;
  return new IoError(`cannot write the pack to ${target.display}: ${e.code ?? e.message}`);
}
