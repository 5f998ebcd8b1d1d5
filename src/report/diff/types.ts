import type { ModelDiff } from '../../analysis/diff-model.js';

/** One end of a comparison: a revision, or the working tree when `commit` is null. */
export interface DiffSide {
  rev: string | null;
  commit: string | null;
  short: string | null;
}

/** Everything a diff renderer needs. */
export interface DiffReport {
  toolVersion: string;
  from: DiffSide;
  to: DiffSide;
  diff: ModelDiff;
}

/** A diff renderer: a pure function of the report. */
export type DiffRenderer = (report: DiffReport) => string;
