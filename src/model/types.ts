/** Typed governance records (annexa/v1). Field docs live in docs/record-format.md and schemas/. */

export const API_VERSION = 'annexa/v1';
export const RECORD_KINDS = ['Control', 'Evidence', 'Risk', 'AISystem', 'ImpactAssessment', 'Policy'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const CONTROL_STATUSES = ['planned', 'in-progress', 'implemented', 'not-applicable'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export interface Metadata {
  id: string;
  title: string;
  description?: string;
  owner?: string;
  tags?: string[];
  links?: { title?: string; url: string }[];
  annotations?: Record<string, string>;
}

/** Where a record came from: repo-relative file and YAML document index. */
export interface SourceRef {
  file: string;
  doc: number;
  /** First and last line (1-based) of the document's content, for per-record git dates. */
  lines?: [number, number];
}

export interface Approval {
  by?: string;
  date?: string;
}

export interface ControlSpec {
  implements: string[];
  status: ControlStatus;
  justification?: string;
  evidence?: string[];
  aiConsiderations?: string;
  requirements?: string[];
  policies?: string[];
  owner?: string;
  targetDate?: string;
  lastReviewed?: string;
  nextReview?: string;
}

export interface EvidenceSpec {
  path?: string;
  url?: string;
  collected?: string;
  maxAgeDays?: number;
  type?: string;
  owner?: string;
}

export interface RiskSpec {
  domain: string;
  description?: string;
  likelihood: number;
  impact: number;
  /** AI risks: consequences for individuals, groups and society (42001 6.1.2), a second impact dimension. */
  consequences?: number;
  owner?: string;
  treatment?: { option?: string; controls?: string[]; plan?: string; dueDate?: string; approval?: Approval };
  residual?: { likelihood?: number; impact?: number; consequences?: number };
  /** Acceptance of residual risk above the criteria's threshold (27001 6.1.3 f). */
  acceptance?: { by: string; date: string; until?: string; rationale?: string };
  /** Last (re-)assessment date (8.2). */
  assessed?: string;
  aiSystems?: string[];
  status?: string;
  identified?: string;
  nextReview?: string;
}

export interface AISystemSpec {
  purpose: string;
  intendedUse?: string;
  lifecycleStage?: string;
  role?: string;
  riskTier: string;
  dataSources?: string[];
  humanOversight?: { mode?: string; description?: string };
  owner?: string;
  impactAssessment?: string;
  suppliers?: string[];
  models?: string[];
  /** In the AI management system scope (default true). */
  inScope?: boolean;
  version?: string;
  /** Significant changes (model, version, purpose, data); assessments must postdate the latest. */
  changes?: { date: string; version?: string; description: string }[];
  /** Screening decision (42001 6.1.4) on whether a full impact assessment is needed. */
  impactScreening?: { outcome: 'not-required' | 'required'; reason: string; by: string; date: string };
}

export interface ImpactAssessmentSpec {
  aiSystem: string;
  affected?: { individuals?: string[]; groups?: string[]; society?: string[] };
  impacts?: { description: string; affects?: string; severity?: string; kind?: string; mitigations?: string[] }[];
  mitigations?: { description: string; controls?: string[] }[];
  performed?: string;
  approval?: Approval;
  nextReview?: string;
  status?: string;
  /** Risks this assessment raised (6.1.4 feeds 6.1.2). */
  risks?: string[];
  systemVersion?: string;
}

export interface PolicySpec {
  addresses?: string[];
  approval?: Approval;
  nextReview?: string;
  document?: string;
  version?: string;
}

interface RecordOf<K extends RecordKind, S> {
  apiVersion: typeof API_VERSION;
  kind: K;
  metadata: Metadata;
  spec: S;
  source: SourceRef;
}

export type ControlRecord = RecordOf<'Control', ControlSpec>;
export type EvidenceRecord = RecordOf<'Evidence', EvidenceSpec>;
export type RiskRecord = RecordOf<'Risk', RiskSpec>;
export type AISystemRecord = RecordOf<'AISystem', AISystemSpec>;
export type ImpactAssessmentRecord = RecordOf<'ImpactAssessment', ImpactAssessmentSpec>;
export type PolicyRecord = RecordOf<'Policy', PolicySpec>;

export type AnyRecord =
  | ControlRecord
  | EvidenceRecord
  | RiskRecord
  | AISystemRecord
  | ImpactAssessmentRecord
  | PolicyRecord;

export type RecordByKind = {
  Control: ControlRecord;
  Evidence: EvidenceRecord;
  Risk: RiskRecord;
  AISystem: AISystemRecord;
  ImpactAssessment: ImpactAssessmentRecord;
  Policy: PolicyRecord;
};

/** `Kind/id`, the display key of a record. */
export function recordKey(r: { kind: string; metadata: { id: string } }): string {
  return `${r.kind}/${r.metadata.id}`;
}
