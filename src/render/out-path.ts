import path from 'node:path';
import { IoError } from '../core/errors.js';

/** True when `child` is `parent` or lies below it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Joins a pack-relative POSIX path onto a folder and checks the result stays strictly inside it.
 * Absolute paths, backslashes, empty, `.` and `..` segments are refused.
 */
export function safeJoin(base: string, rel: string): string {
  const segments = rel.split('/');
  if (rel === '' || rel.includes('\\') || rel.includes('\0') || path.isAbsolute(rel) || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new IoError(`refusing to write "${rel}": not a plain relative path inside the pack`);
  }
  const full = path.resolve(base, ...segments);
  if (!isInside(base, full) || full === path.resolve(base)) throw new IoError(`refusing to write "${rel}": outside the pack folder`);
  return full;
}
