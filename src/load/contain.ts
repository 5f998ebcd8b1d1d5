import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './read-file.js';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** True when a path or glob holds NUL or another control character (Node throws on NUL in paths). */
export function hasControlChars(s: string): boolean {
  return CONTROL_CHARS.test(s);
}

/**
 * Resolves a path that the repository's own configuration names (catalogs, templates, the config
 * file) and checks it stays inside the repository after symlinks are followed. Returns the absolute
 * path, or why it may not be read. A path that does not exist yet is checked lexically only.
 */
export function resolveInside(root: string, rel: string): { ok: true; abs: string } | { ok: false; why: string } {
  if (hasControlChars(rel)) return { ok: false, why: 'contains a control character (such as NUL)' };
  const abs = path.resolve(root, rel);
  if (!isInside(path.resolve(root), abs)) return { ok: false, why: 'leaves the repository' };
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return { ok: true, abs }; // missing: the caller reports it in its own words
  }
  if (!isInside(realpathSync(root), real)) return { ok: false, why: 'leads outside the repository through a symbolic link' };
  return { ok: true, abs };
}

/** An include glob that could match outside the repository: absolute, `..` segments, or a home folder. */
export function globLeavesRepo(glob: string): boolean {
  const g = glob.replace(/^!/, '');
  return path.isAbsolute(g) || /^[A-Za-z]:/.test(g) || g.startsWith('~') || g.split(/[\\/]/).includes('..');
}
