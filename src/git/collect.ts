import type { GitFacts } from './facts.js';
import { locateRepo, chomp, type RepoLocation } from './run-git.js';
import { gitDate, lastChangeIndex, readHistory } from './history.js';
import { uncommittedPaths } from './status.js';
import { normalizeRepoPath } from './paths.js';
import { NOTES } from './notes.js';
import { blameTimes, newestOfLines } from './blame.js';

/**
 * Git facts for the governance root: HEAD, branch, dirty and shallow flags, and the last-change
 * date of every path from one `git log`. Outside git (or without git) it returns only a note.
 */
export async function collectGitFacts(root: string): Promise<{ facts?: GitFacts; notes: string[] }> {
  const repo = await locateRepo(root);
  if (!repo) return { notes: [NOTES.notGit] };
  const notes: string[] = [];
  const head = await optional(repo, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const shallow = (await optional(repo, ['rev-parse', '--is-shallow-repository'])) === 'true';
  if (shallow) notes.push(NOTES.shallow);
  if (!head) notes.push(NOTES.noCommits);
  const history = head ? await readHistory(repo, ['HEAD']) : [];
  const changes = lastChangeIndex(history);
  const dirtyPaths = await uncommittedPaths(repo);
  const headInfo = head ? await optional(repo, ['show', '-s', '--format=%h%x1f%ct', 'HEAD']) : undefined;
  const [headShort, headTime] = headInfo ? headInfo.split('\x1f') : [];
  const blames = new Map<string, Map<number, number>>();
  const facts: GitFacts = {
    head,
    prefix: repo.prefix,
    headShort,
    headDate: headTime ? gitDate(Number(headTime)) : undefined,
    branch: await optional(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    dirty: dirtyPaths.size > 0,
    shallow,
    lastChange: (p) => changes.get(normalizeRepoPath(p)),
    lastChangeOfLines: (p, start, end) => {
      const key = normalizeRepoPath(p);
      let times = blames.get(key);
      if (!times) blames.set(key, (times = blameTimes(repo.top, repo.prefix + key)));
      return newestOfLines(times, start, end);
    },
    uncommitted: (p) => dirtyPaths.has(normalizeRepoPath(p)),
  };
  return { facts, notes };
}

/** Git facts as of a past commit (nothing uncommitted): what the working tree would have seen then. */
export async function gitFactsAt(repo: RepoLocation, commit: string): Promise<GitFacts> {
  const changes = lastChangeIndex(await readHistory(repo, [commit]));
  return { head: commit, dirty: false, shallow: false, lastChange: (p) => changes.get(normalizeRepoPath(p)), uncommitted: () => false };
}

/** Output of a git query that may legitimately fail (no commits, detached HEAD); undefined then. */
async function optional(repo: RepoLocation, args: string[]): Promise<string | undefined> {
  const out = await repo.git.raw(args).catch(() => '');
  return chomp(out).trim() || undefined;
}
