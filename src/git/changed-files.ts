import type { RepoLocation } from './run-git.js';
import { splitNul } from './run-git.js';
import { underPrefix } from './paths.js';

/**
 * Governance-root-relative files that differ between `commit` and the working tree: committed,
 * staged or unstaged changes and deletions (`git diff --name-only commit`), plus untracked files.
 */
export async function changedFilesSince(repo: RepoLocation, commit: string): Promise<Set<string>> {
  const [diff, untracked] = await Promise.all([
    // --no-renames lists both sides of a rename; output is top-level-relative.
    repo.git.raw(['diff', '--name-only', '-z', '--no-renames', commit, '--', '.']),
    repo.git.raw(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', '.']),
  ]);
  const out = new Set<string>();
  for (const name of [...splitNul(diff), ...splitNul(untracked)]) {
    const rel = underPrefix(name, repo.prefix);
    if (rel) out.add(rel);
  }
  return out;
}
