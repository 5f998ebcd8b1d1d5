import type { SeveritySetting } from '../core/finding.js';
import type { SourceFile } from '../load/parse.js';
import type { RiskCriteria } from './risk-criteria.js';

export const STANDARDS = { 'iso27001:2022': 'iso27001', 'iso42001:2023': 'iso42001' } as const;
export type StandardId = keyof typeof STANDARDS;

/** annexa.yaml after validation and defaults. */
export interface Config {
  /** Repo-relative path of the config file, absent when the repo has none. */
  file?: string;
  organization?: string;
  scope?: string;
  standards: StandardId[];
  include?: string[];
  exclude: string[];
  catalogs: string[];
  rules: Record<string, SeveritySetting>;
  evidence: { maxAgeDays?: number };
  coverage: { minImplemented?: number };
  /** Intervals of the management-system rules; defaults in MANAGEMENT_SYSTEM_DEFAULTS. */
  managementSystem?: { auditIntervalMonths?: number; auditCycleYears?: number; reviewIntervalMonths?: number };
  /** Risk criteria with defaults filled in (see risk-criteria.ts). */
  risk: RiskCriteria;
  /** SoA quality gates (rule justification-boilerplate). */
  soa: SoaGates;
  templates?: string;
  maxFileBytes?: number;
  /** Document control of the SoA documents (xlsx, docx). */
  documentControl?: DocumentControl;
  /** The parsed config file, so findings can point into it. */
  source?: SourceFile;
}

/** Default intervals: an internal audit and a management review every 12 months, the programme over a 3-year cycle. */
export const MANAGEMENT_SYSTEM_DEFAULTS = { auditIntervalMonths: 12, auditCycleYears: 3, reviewIntervalMonths: 12 } as const;

export const CONFIG_FILES = ['annexa.yaml', 'annexa.yml'];
export const DEFAULT_STANDARDS: StandardId[] = ['iso27001:2022', 'iso42001:2023'];

/** Who owns and approved which version of the SoA documents; shown on the xlsx cover and in the Word SoA. */
export interface DocumentControl {
  version?: string;
  owner?: string;
  approver?: string;
  approvalDate?: string;
  classification?: string;
}

/** Thresholds against boilerplate SoA justifications. */
export interface SoaGates {
  maxReuse: number;
  minWords: number;
  maxRefsPerReason: number;
}

export const DEFAULT_SOA_GATES: SoaGates = { maxReuse: 3, minWords: 3, maxRefsPerReason: 5 };
