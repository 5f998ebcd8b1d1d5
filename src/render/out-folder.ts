import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { isAnnexaManifest, MANIFEST_FILE } from './manifest.js';
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

/** An earlier pack: an annexa manifest.json, and no file in the folder that the manifest does not list. */
async function isEarlierPack(out: string): Promise<boolean> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8'));
  } catch {
    return false;
  }
  if (!isAnnexaManifest(manifest)) return false;
  const listed = new Set([MANIFEST_FILE, ...manifest.files.map((f) => f.path)]);
  const files = await listFiles(out, '', listed.size + 1);
  return files !== undefined && files.every((f) => listed.has(f));
}

/** Files below `dir` as relative POSIX paths; undefined when there are more than `limit` or a symlink. */
async function listFiles(dir: string, prefix: string, limit: number, acc: string[] = []): Promise<string[] | undefined> {
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isSymbolicLink()) return undefined;
    if (e.isDirectory()) {
      if (!(await listFiles(dir, rel, limit, acc))) return undefined;
    } else acc.push(rel);
    if (acc.length > limit) return undefined;
  }
  return acc;
}
