import type { ControlStatus } from '../model/types.js';

/** inherited / shared: a provider implements the control (fully / together with us). */
export type SoaStatus = ControlStatus | 'inherited' | 'shared' | 'no-decision';

/** What one Control record says about one control of the SoA. */
export interface SoaDecision {
  record: string;
  title: string;
  status: Exclude<SoaStatus, 'no-decision'>;
  /** The per-control reason, else the record's justification. */
  reason: string;
  implementation: string;
  owner: string;
  provider?: { name: string; responsibility: 'inherited' | 'shared'; description: string; assurance: { id: string; title: string }[] };
  /** AI systems the control applies to; empty means all. */
  aiSystems: string[];
}

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
  /** Catalog id of a user catalog whose additional control this is (42001/27001 6.1.3). */
  additional?: string;
  /** true / false, or null when no Control record decides on it. */
  applicable: boolean | null;
  status: SoaStatus;
  /** Why included: risks treated, policies, stated requirements, record justifications. */
  inclusion: { risks: string[]; riskTitles: string[]; policies: string[]; policyTitles: string[]; requirements: string[]; notes: string[] };
  /** Why excluded (from not-applicable records). */
  exclusion: string[];
  implementedBy: SoaImplementation[];
  /** Per record: reason, implementation, owner, provider and AI systems for this control. */
  decisions: SoaDecision[];
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
  /** Implemented by a provider (inherited) or together with one (shared); counted as in operation. */
  provided: number;
  /** (implemented + provided) / (total - excluded), in percent with one decimal: undecided controls count against it. */
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
