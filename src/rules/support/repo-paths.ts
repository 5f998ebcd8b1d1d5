import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AnyRecord } from '../../model/types.js';
import { isInside } from '../../load/read-file.js';

export interface RepoPath {
  record: AnyRecord;
  value: string;
  pointer: string;
  what: string;
}

/** Repo file paths that records point at: evidence files and policy documents (URLs excluded). */
export function repoPaths(records: AnyRecord[]): RepoPath[] {
  const out: RepoPath[] = [];
  for (const r of records) {
    if (r.kind === 'Evidence' && r.spec.path) out.push({ record: r, value: r.spec.path, pointer: '/spec/path', what: 'evidence file' });
    if (r.kind === 'Policy' && r.spec.document && !/^[a-z][a-z0-9+.-]*:\/\//i.test(r.spec.document)) {
      out.push({ record: r, value: r.spec.document, pointer: '/spec/document', what: 'policy document' });
    }
  }
  return out;
}

export type PathState = 'ok' | 'outside' | 'missing' | 'invalid';

/** NUL and other control characters: no file system path holds them usefully, and Node throws on NUL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Where a repo-relative path lands: inside the repo and present, outside it (lexically or by symlink), or missing. */
export function pathState(root: string, rel: string): PathState {
  if (CONTROL_CHARS.test(rel)) return 'invalid';
  const abs = path.resolve(root, rel);
  if (path.isAbsolute(rel) || !isInside(path.resolve(root), abs)) return 'outside';
  try {
    if (!statSync(abs, { throwIfNoEntry: false })) return 'missing'; // a folder of evidence is fine too
    if (!isInside(realpathSync(root), realpathSync(abs))) return 'outside';
  } catch {
    return 'missing'; // ENOTDIR, ENAMETOOLONG, ELOOP, EACCES: nothing readable there
  }
  return 'ok';
}
