/** Typed governance records (annexa/v1). Field docs live in docs/record-format.md and schemas/. */

export const API_VERSION = 'annexa/v1';
export { RECORD_KINDS, type RecordKind, type SpecByKind } from './kinds/index.js';
export { CONTROL_STATUSES, type ControlStatus } from './kinds/control.js';
export type { Approval, DocumentControl } from './kinds/document-control.js';
export type { ControlSpec } from './kinds/control.js';
export type { EvidenceSpec } from './kinds/evidence.js';
export type { RiskSpec } from './kinds/risk.js';
export type { AISystemSpec } from './kinds/ai-system.js';
export type { ImpactAssessmentSpec } from './kinds/impact-assessment.js';
export type { PolicySpec } from './kinds/policy.js';
export type { ScopeSpec } from './kinds/scope.js';
export type { ContextIssueSpec } from './kinds/context-issue.js';
export type { InterestedPartySpec } from './kinds/interested-party.js';
export type { ObjectiveSpec } from './kinds/objective.js';
export type { RoleSpec } from './kinds/role.js';
export type { AuditProgrammeSpec } from './kinds/audit-programme.js';
export type { InternalAuditSpec } from './kinds/internal-audit.js';
export type { NonconformitySpec } from './kinds/nonconformity.js';
export type { ManagementReviewSpec } from './kinds/management-review.js';
import type { RecordKind, SpecByKind } from './kinds/index.js';

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

interface RecordOf<K extends RecordKind, S> {
  apiVersion: typeof API_VERSION;
  kind: K;
  metadata: Metadata;
  spec: S;
  source: SourceRef;
}

export type ControlRecord = RecordOf<'Control', SpecByKind['Control']>;
export type EvidenceRecord = RecordOf<'Evidence', SpecByKind['Evidence']>;
export type RiskRecord = RecordOf<'Risk', SpecByKind['Risk']>;
export type AISystemRecord = RecordOf<'AISystem', SpecByKind['AISystem']>;
export type ImpactAssessmentRecord = RecordOf<'ImpactAssessment', SpecByKind['ImpactAssessment']>;
export type PolicyRecord = RecordOf<'Policy', SpecByKind['Policy']>;
export type ScopeRecord = RecordOf<'Scope', SpecByKind['Scope']>;
export type ObjectiveRecord = RecordOf<'Objective', SpecByKind['Objective']>;
export type RoleRecord = RecordOf<'Role', SpecByKind['Role']>;
export type InternalAuditRecord = RecordOf<'InternalAudit', SpecByKind['InternalAudit']>;
export type NonconformityRecord = RecordOf<'Nonconformity', SpecByKind['Nonconformity']>;
export type ManagementReviewRecord = RecordOf<'ManagementReview', SpecByKind['ManagementReview']>;

/** One typed record per kind. */
export type RecordByKind = { [K in RecordKind]: RecordOf<K, SpecByKind[K]> };

/** Any valid record; narrowing on `kind` gives its spec type. */
export type AnyRecord = RecordByKind[RecordKind];

/** `Kind/id`, the display key of a record. */
export function recordKey(r: { kind: string; metadata: { id: string } }): string {
  return `${r.kind}/${r.metadata.id}`;
}
