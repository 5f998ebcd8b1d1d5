import { globbySync } from 'globby';

/** Folders never read: dependencies, VCS data and build or pack output. */
export const BUILTIN_EXCLUDES = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/audit-pack/**', '**/.annexa-pack-*/**'];
export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];

export interface DiscoverOptions {
  include?: string[];
  exclude?: string[];
}

/** Lists candidate record files under root (repo-relative POSIX paths, sorted), honouring .gitignore. */
export async function discoverFiles(root: string, options: DiscoverOptions = {}): Promise<string[]> {
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  // The sync walk is several times faster than the async one here (the tree is small and local).
  const files = globbySync(include, {
    cwd: root,
    gitignore: true,
    ignore: [...BUILTIN_EXCLUDES, ...(options.exclude ?? [])],
    dot: false,
    // Symlinks are listed but not followed, so read-file can refuse those that leave the repo
    // (with onlyFiles they would silently vanish); directories are marked and dropped.
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
  });
  return files.filter((f) => !f.endsWith('/')).sort();
}
