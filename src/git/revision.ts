import { UsageError } from '../core/errors.js';
import type { RepoLocation } from './run-git.js';

/** A revision resolved to its commit. */
export interface ResolvedRevision {
  /** What the user typed. */
  rev: string;
  commit: string;
  short: string;
}

/** Resolves a user-given revision to a commit; anything else is a usage error with one clear line. */
export async function resolveRevision(repo: RepoLocation, rev: string): Promise<ResolvedRevision> {
  // A leading dash would be read as an option by git; no revision starts with one.
  const commit = rev.startsWith('-') || rev.trim() === '' ? '' : (await repo.git.raw(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).catch(() => '')).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) {
    // CI checkouts are shallow by default: the base revision is often simply not fetched.
    const shallow = (await repo.git.raw(['rev-parse', '--is-shallow-repository']).catch(() => '')).trim() === 'true';
    throw new UsageError(`unknown git revision "${rev}"${shallow ? ' (shallow clone: fetch more history, e.g. fetch-depth: 0)' : ''}`);
  }
  const short = (await repo.git.raw(['rev-parse', '--short', commit])).trim();
  return { rev, commit, short };
}
