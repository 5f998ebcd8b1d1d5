import { gitDate, readHistory } from './history.js';
import { resolveRevision } from './revision.js';
import { requireRepo } from './model-at-revision.js';
import { BUILTIN_EXCLUDES } from '../load/discover.js';

/** One commit that changed governance records, for the audit pack's change log. */
export interface ChangeLogEntry {
  /** Abbreviated sha. */
  commit: string;
  /** Author date, YYYY-MM-DD (UTC): when the change was made, even if rebased later. */
  date: string;
  author: string;
  subject: string;
  /** Governance record files it touched, relative to the governance root, sorted. */
  files: string[];
}

export interface ChangeLogOptions {
  /** Which root-relative files count as governance records; default: YAML outside built-in excluded folders. */
  isRecordFile?: (file: string) => boolean;
}

// The loader's built-in excluded folders (`**/name/**`: node_modules, dist, audit-pack, ...) as folder-name patterns.
const EXCLUDED_DIRS = BUILTIN_EXCLUDES.map((g) => new RegExp(`^${g.slice(3, -3).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`));

function defaultIsRecordFile(file: string): boolean {
  return /\.ya?ml$/i.test(file) && !file.split('/').slice(0, -1).some((seg) => EXCLUDED_DIRS.some((re) => re.test(seg)));
}

/**
 * Commits after `rev` up to HEAD that touched governance record files, newest first, each with
 * its author, date, subject and the record files it changed. Commits touching none are left out.
 */
export async function changeLogSince(root: string, rev: string, options: ChangeLogOptions = {}): Promise<ChangeLogEntry[]> {
  const repo = await requireRepo(root, 'a change log');
  const since = await resolveRevision(repo, rev);
  const isRecord = options.isRecordFile ?? defaultIsRecordFile;
  const out: ChangeLogEntry[] = [];
  // --full-history: an audit trail lists every commit that changed a record, also on merged branches.
  for (const c of await readHistory(repo, ['--full-history', `${since.commit}..HEAD`])) {
    const files = [...new Set(c.files.filter(isRecord))].sort();
    if (files.length > 0) out.push({ commit: c.short, date: gitDate(c.authored), author: c.author, subject: c.subject, files });
  }
  return out;
}
