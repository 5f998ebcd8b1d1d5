import { compareRefs } from '../util/compare-refs.js';

/** Severity of a finding; `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Where a finding points. Rules give (file, doc, pointer, target); line and column are
 * resolved once, at the reporting edge, from the parsed YAML (see load/locate.ts).
 */
export interface Location {
  /** Repo-relative POSIX path; empty when the finding concerns the repo as a whole. */
  file: string;
  /** Index of the YAML document inside the file (multi-document files). */
  doc?: number;
  /** JSON pointer inside the document, e.g. `/spec/implements/0`. */
  pointer?: string;
  /** Point at the key of the pointed node rather than at its value. */
  target?: 'key' | 'value';
  /** 1-based position; filled by resolveLocations or set directly by the loader. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** One problem found in the governance records. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  /** The record the finding is about, as `Kind/id`, when there is one. */
  record?: string;
  /** The catalog control the finding is about (e.g. `iso27001:A.5.1`), when there is one. */
  control?: string;
  /** What else tells two findings of one rule at one place apart (a standard, a duplicated id). */
  subject?: string;
}

/** Stable order: file, line, column, rule, message. Output must be byte-identical across runs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    compareRefs(a.control ?? '', b.control ?? '') ||
    cmp(a.message, b.message)
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A key identifying a finding independently of its line, for baselines. */
export function fingerprint(f: Finding): string {
  return [f.ruleId, f.location.file, f.record ?? '', f.control ?? '', f.location.pointer ?? '', f.message].join('|');
}
