import type { ChangeLogEntry } from '../git/change-log.js';
import type { Model } from '../model/model.js';
import { recordKey } from '../model/types.js';
import { byString } from './format.js';
import { groupBy } from '../util/group-by.js';

export type { ChangeLogEntry };

/** A commit of the change log, with the records (as they are now) in the files it touched. */
export interface ChangeLogCommitView {
  commit: string;
  date: string;
  author: string;
  subject: string;
  files: string[];
  records: string[];
}

/** The change log as templates see it (`changeLog`), present when the pack was made with `--since`. */
export interface ChangeLogView {
  since: string;
  /** Newest first, as git lists them. */
  commits: ChangeLogCommitView[];
  /** Every current record in a changed file, with how many of the commits touched its file. */
  records: { key: string; title: string; file: string; commits: number }[];
  counts: { commits: number; records: number; files: number };
  /** Commits authored after the pack's date: left out, since the pack shows the records as of that date. */
  later: number;
}

/** Joins the commits from git (src/git/change-log.ts) with the model: which records each commit touched. */
export function buildChangeLogView(since: string, all: ChangeLogEntry[], model: Model, packDate: string): ChangeLogView {
  const entries = all.filter((e) => e.date <= packDate);
  const byFile = groupBy(model.records, (r) => r.source.file, recordKey);
  const commits = entries.map((e) => ({ ...e, records: e.files.flatMap((f) => byFile.get(f) ?? []).sort(byString) }));
  const files = new Set(entries.flatMap((e) => e.files));
  const records = model.records
    .filter((r) => files.has(r.source.file))
    .map((r) => ({ key: recordKey(r), title: r.metadata.title, file: r.source.file, commits: entries.filter((e) => e.files.includes(r.source.file)).length }))
    .sort((a, b) => byString(a.key, b.key));
  return { since, commits, records, counts: { commits: commits.length, records: records.length, files: files.size }, later: all.length - entries.length };
}
