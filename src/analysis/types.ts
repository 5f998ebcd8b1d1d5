import type { ControlStatus } from '../model/types.js';

export type SoaStatus = ControlStatus | 'no-decision';

export interface SoaImplementation {
  id: string;
  title: string;
  status: ControlStatus;
  file: string;
  aiConsiderations?: string;
}

export interface SoaEvidence {
  id: string;
  title: string;
  path?: string;
  url?: string;
  collected?: string;
  /** Freshness, filled when evidence ages are known (see analysis/evidence-age.ts). */
  ageDays?: number;
  ageSource?: 'collected' | 'git-file' | 'git-record' | 'unknown';
  maxAgeDays?: number;
  stale?: boolean;
}

export interface SoaRelated {
  ref: string;
  title: string;
  type: string;
  status: SoaStatus;
}

/** One Annex A control in the Statement of Applicability. */
export interface SoaEntry {
  ref: string;
  standard: string;
  /** Theme (27001) or area (42001). */
  group: { id: string; title: string };
  objective?: { id: string; title: string };
  title: string;
  /** true / false, or null when no Control record decides on it. */
  applicable: boolean | null;
  status: SoaStatus;
  /** Why included: risks treated, policies, stated requirements, record justifications. */
  inclusion: { risks: string[]; policies: string[]; requirements: string[]; notes: string[] };
  /** Why excluded (from not-applicable records). */
  exclusion: string[];
  implementedBy: SoaImplementation[];
  evidence: SoaEvidence[];
  related: SoaRelated[];
  /** For a control without decision: a related implemented control of the other standard to start from. */
  suggestion?: string;
}

export interface CoverageCounts {
  total: number;
  applicable: number;
  implemented: number;
  inProgress: number;
  planned: number;
  noDecision: number;
  excluded: number;
  excludedJustified: number;
  /** implemented / (total - excluded), in percent with one decimal: undecided controls count against it. */
  percentImplemented: number;
}

export interface StandardCoverage {
  standard: string;
  catalog: string;
  title: string;
  overall: CoverageCounts;
  groups: ({ id: string; title: string } & CoverageCounts)[];
}

/** A Control record that serves both standards. */
export interface IntegratedImplementation {
  id: string;
  title: string;
  status: ControlStatus;
  refs: Record<string, string[]>;
  aiConsiderations?: string;
}
