import path from 'node:path';

/**
 * Canonical form of a repo path for lookups: POSIX separators, no `./`, NFC (macOS may hand
 * back decomposed umlauts), no trailing slash.
 */
export function normalizeRepoPath(p: string): string {
  const posix = path.posix.normalize(p.replace(/\\/g, '/')).normalize('NFC');
  return posix.replace(/^\.\//, '').replace(/\/$/, '');
}

/** A top-level-relative git path as a governance-root-relative one; undefined outside the root. */
export function underPrefix(topPath: string, prefix: string): string | undefined {
  if (!topPath.startsWith(prefix)) return undefined;
  return normalizeRepoPath(topPath.slice(prefix.length));
}

/** The path and each of its parent folders ("a/b/c.md" -> c.md, a/b, a), so folders can be looked up too. */
export function withParents(p: string): string[] {
  const out = [p];
  for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) out.push(p.slice(0, i));
  return out;
}
