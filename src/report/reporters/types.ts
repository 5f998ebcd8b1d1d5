import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../rules/types.js';
import type { FailOn } from '../exit-code.js';

/** A control as a JUnit testcase sees it: passes when no finding names it. */
export interface ControlCase {
  ref: string;
  title: string;
  standard: string;
  status: string;
  /** Records behind the control's SoA line (`Control/<id>`, `Evidence/<id>`): their findings fail it too. */
  records?: string[];
}

/** Everything a reporter may print. Reporters are pure: data in, string out. */
export interface ReportData {
  command: 'validate' | 'check';
  toolVersion: string;
  findings: Finding[];
  /** Metadata of every rule that ran (or could have), for SARIF rules and JUnit suites. */
  rules: RuleMeta[];
  /** Annex A controls in scope (check only), for per-control JUnit testcases. */
  controls: ControlCase[];
  /** Records read, for summaries. */
  stats: { files: number; records: number; skipped?: number };
}

export interface ReporterOptions {
  /** ANSI colours (TTY without NO_COLOR). */
  color: boolean;
  /**
   * The checked folder relative to the git top level (`gov/`, or '' at the top). Formats that CI
   * systems resolve against the repository root (SARIF, GitHub annotations) put it before every path.
   */
  pathPrefix?: string;
  /** The `--fail-on` level: JUnit fails a testcase only for findings at or above it (default `error`). */
  failOn?: FailOn;
}

export type Reporter = (data: ReportData, options: ReporterOptions) => string;
