import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RepoLocation } from './run-git.js';
import { gitAt } from './run-git.js';

/**
 * Writes the governance folder as it was at `commit` into `dir` (mirroring its place under the
 * top level), so the ordinary loader reads it exactly as it reads a working tree.
 *
 * Why a throw-away index plus `checkout-index` rather than the alternatives:
 * - `git archive | tar` drops `export-ignore` files, rewrites `export-subst` ones and needs tar;
 * - `git show REV:path` per file costs one process per file;
 * - `git --work-tree=tmp checkout REV -- .` rewrites the real index.
 * `read-tree` into a temporary GIT_INDEX_FILE leaves the repo's index, HEAD and work tree alone,
 * and git itself writes the files (symlinks, eol conversion) as a checkout would.
 */
export async function materializeRevision(repo: RepoLocation, commit: string, dir: string): Promise<string> {
  const root = path.join(dir, 'tree', ...repo.prefix.split('/').filter(Boolean));
  await mkdir(root, { recursive: true });
  // Lets the loader's .gitignore handling stop here and read the parent .gitignore files below.
  await mkdir(path.join(dir, 'tree', '.git'), { recursive: true });
  const subtree = `${commit}:${repo.prefix.replace(/\/$/, '')}`;
  const type = (await repo.git.raw(['cat-file', '-t', repo.prefix ? subtree : commit]).catch(() => '')).trim();
  if (type !== 'tree' && type !== 'commit') return root; // the folder did not exist yet: an empty model
  // LFS pointers are enough (the loader reads YAML, rules only ask whether evidence files exist)
  // and skipping the smudge keeps this offline.
  const git = gitAt(repo.top, { GIT_INDEX_FILE: path.join(dir, 'index'), GIT_LFS_SKIP_SMUDGE: '1' });
  await git.raw(['read-tree', repo.prefix ? subtree : commit]);
  await git.raw(['checkout-index', '--all', '--force', `--prefix=${root}${path.sep}`]);
  await writeParentIgnores(repo, commit, dir);
  return root;
}

/** The .gitignore files of the folders above the governance root, which discovery also honours. */
async function writeParentIgnores(repo: RepoLocation, commit: string, dir: string): Promise<void> {
  const parts = repo.prefix.split('/').filter(Boolean);
  for (let depth = 0; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    const rel = folder ? `${folder}/.gitignore` : '.gitignore';
    const text = await repo.git.raw(['show', `${commit}:${rel}`]).catch(() => undefined);
    if (text !== undefined) await writeFile(path.join(dir, 'tree', ...rel.split('/')), text);
  }
}
