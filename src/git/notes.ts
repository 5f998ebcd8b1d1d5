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
  const ids = model
    .list('Evidence')
    .filter((e) => (e.spec.path !== undefined && git.uncommitted(e.spec.path)) || git.uncommitted(e.source.file))
    .map((e) => e.metadata.id);
  if (ids.length === 0) return undefined;
  const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, and ${ids.length - 5} more` : '');
  return `${ids.length} evidence item${ids.length === 1 ? ' has' : 's have'} uncommitted changes (${shown}): git ages count from the last commit`;
}
