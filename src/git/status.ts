import type { RepoLocation } from './run-git.js';
import { splitNul } from './run-git.js';
import { underPrefix, withParents } from './paths.js';

/**
 * Governance-root-relative paths (and their folders) with uncommitted changes: modified, staged,
 * deleted or untracked. Porcelain v1 with -z prints top-level-relative paths verbatim.
 */
export async function uncommittedPaths(repo: RepoLocation): Promise<Set<string>> {
  const out = await repo.git.raw(['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']);
  const paths = new Set<string>();
  const tokens = splitNul(out);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const xy = t.slice(0, 2);
    const names = [t.slice(3)];
    // Renames and copies carry the original path in the next token.
    if (xy.includes('R') || xy.includes('C')) names.push(tokens[++i] ?? '');
    for (const n of names) {
      const rel = underPrefix(n, repo.prefix);
      if (rel) for (const p of withParents(rel)) paths.add(p);
    }
  }
  return paths;
}
