import type { Model } from '../model/model.js';
import type { GitFacts } from './facts.js';

/** The notes git support prints on stderr, in one place so docs and tests quote the same words. */
export const NOTES = {
  notGit: 'not a git repository: git facts (evidence age from commits, provenance) are not used',
  shallow: 'shallow clone: evidence ages from git history may be too young/old; fetch full history (fetch-depth: 0) for exact ages',
  noCommits: 'no commits yet: evidence ages from git are unknown until the records are committed',
} as const;

/**
 * Names evidence whose file or record has uncommitted changes: their git age still counts from
 * the last commit, which the reader should know before trusting it.
 */
export function uncommittedEvidenceNote(model: Model, git: GitFacts | undefined): string | undefined {
  if (!git) return undefined;
  // Count changed files, not the records in them: editing one record of a file holding twelve is one change,
  // and git cannot tell which records of the file changed.
  const files = new Set<string>();
  for (const e of model.list('Evidence')) {
    if (e.spec.path !== undefined && git.uncommitted(e.spec.path)) files.add(e.spec.path);
    if (git.uncommitted(e.source.file)) files.add(e.source.file);
  }
  if (files.size === 0) return undefined;
  const list = [...files].sort();
  const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, and ${list.length - 5} more` : '');
  return `${list.length} evidence file${list.length === 1 ? ' has' : 's have'} uncommitted changes (${shown}): git ages of the evidence in ${list.length === 1 ? 'it' : 'them'} count from the last commit`;
}
