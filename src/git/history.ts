import type { RepoLocation } from './run-git.js';
import { splitNul } from './run-git.js';
import { underPrefix, withParents } from './paths.js';

/** One commit with the files it touched (governance-root-relative; files outside the root left out). */
export interface CommitEntry {
  commit: string;
  short: string;
  /** Committer and author time, seconds since the epoch. */
  committed: number;
  authored: number;
  author: string;
  subject: string;
  files: string[];
}

// Header of each commit; the 40-hex check below tells it apart from any file name.
const FORMAT = '%x1e%H%x1f%h%x1f%ct%x1f%at%x1f%an%x1f%s';
const HEADER = /^\x1e([0-9a-f]{40,64})\x1f([0-9a-f]+)\x1f(\d+)\x1f(\d+)\x1f([^\x1f]*)\x1f(.*)$/s;

/**
 * Reads the history reachable from `range` that touched the governance root, in ONE git process
 * (`git log --name-only -z`), so 2,000 evidence files cost one call, not 2,000. Newest first.
 */
export async function readHistory(repo: RepoLocation, range: string[]): Promise<CommitEntry[]> {
  // --no-renames: a renamed file counts as changed under its new name (and the old one as removed).
  const out = await repo.git.raw(['log', '-z', '--name-only', '--no-renames', `--format=${FORMAT}`, ...range, '--', '.']);
  const commits: CommitEntry[] = [];
  let current: CommitEntry | undefined;
  let first = false;
  for (const token of splitNul(out)) {
    const m = HEADER.exec(token);
    if (m) {
      current = { commit: m[1]!, short: m[2]!, committed: Number(m[3]), authored: Number(m[4]), author: m[5]!, subject: m[6]!, files: [] };
      commits.push(current);
      first = true;
      continue;
    }
    // git puts one newline between a commit's header and its first file name.
    const name = first && token.startsWith('\n') ? token.slice(1) : token;
    first = false;
    const rel = current && name !== '' ? underPrefix(name, repo.prefix) : undefined;
    if (rel) current!.files.push(rel);
  }
  return commits;
}

/** YYYY-MM-DD (UTC) of a git timestamp. */
export function gitDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * Path (and folder) -> date of the last commit that touched it. The latest committer date wins,
 * so merges of older branches and clock skew between committers do not depend on log order.
 */
export function lastChangeIndex(commits: CommitEntry[]): Map<string, string> {
  const latest = new Map<string, number>();
  for (const c of commits) {
    for (const f of c.files) {
      for (const p of withParents(f)) if ((latest.get(p) ?? -Infinity) < c.committed) latest.set(p, c.committed);
    }
  }
  return new Map([...latest].map(([p, t]) => [p, gitDate(t)]));
}
