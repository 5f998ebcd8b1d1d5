import type { GitFacts } from '../git/facts.js';
import type { EvidenceRecord } from '../model/types.js';
import { daysBetween } from '../util/dates.js';
import type { SoaEvidence } from './types.js';

/** Default evidence lifetime when neither the record nor annexa.yaml sets one. */
export const DEFAULT_MAX_AGE_DAYS = 365;

export interface EvidenceAge {
  /** The date the age is measured from. */
  date?: string;
  source: NonNullable<SoaEvidence['ageSource']>;
  ageDays?: number;
  maxAgeDays: number;
  stale: boolean;
  /** The evidence file or record has uncommitted changes. */
  uncommitted: boolean;
  /** The date lies after today: no age is given (rule date-in-future reports it). */
  future: boolean;
}

/**
 * Age of an evidence item: its collection date when given, else the last commit touching its
 * file, else the last commit of its record. Unknown without a date and without git.
 */
export function evidenceAge(e: EvidenceRecord, today: string, defaultMaxAge: number | undefined, git?: GitFacts): EvidenceAge {
  const maxAgeDays = e.spec.maxAgeDays ?? defaultMaxAge ?? DEFAULT_MAX_AGE_DAYS;
  let date: string | undefined;
  let source: EvidenceAge['source'] = 'unknown';
  if (e.spec.collected) {
    date = e.spec.collected;
    source = 'collected';
  } else if (git && e.spec.path && git.lastChange(e.spec.path)) {
    date = git.lastChange(e.spec.path);
    source = 'git-file';
  } else if (git) {
    // The record's own lines when blame can tell, else its file.
    const lines = e.source.lines;
    date = (lines && git.lastChangeOfLines?.(e.source.file, lines[0], lines[1])) || git.lastChange(e.source.file);
    if (date) source = 'git-record';
  }
  // A date after today has no age: counting it as fresh (a negative age) would hide it; date-in-future reports it.
  const days = date ? daysBetween(date, today) : undefined;
  const future = days !== undefined && days < 0;
  const ageDays = future ? undefined : days;
  const uncommitted = !!git && ((e.spec.path ? git.uncommitted(e.spec.path) : false) || git.uncommitted(e.source.file));
  return { date, source, ageDays, maxAgeDays, stale: ageDays !== undefined && ageDays > maxAgeDays, uncommitted, future };
}
