/**
 * The registry of record kinds, the way src/rules/registry.ts lists rules: adding a kind means one
 * module here (type, schema file, doc anchor, reference hooks), its schema and its doc section.
 * RECORD_KINDS, the model stage, the schema map, the build's validators and the docs test derive from it.
 */
import type { KindDefinition } from './kind.js';
import { control, type ControlSpec } from './control.js';
import { evidence, type EvidenceSpec } from './evidence.js';
import { risk, type RiskSpec } from './risk.js';
import { aiSystem, type AISystemSpec } from './ai-system.js';
import { impactAssessment, type ImpactAssessmentSpec } from './impact-assessment.js';
import { policy, type PolicySpec } from './policy.js';
import { scope, type ScopeSpec } from './scope.js';
import { contextIssue, type ContextIssueSpec } from './context-issue.js';
import { interestedParty, type InterestedPartySpec } from './interested-party.js';
import { objective, type ObjectiveSpec } from './objective.js';
import { role, type RoleSpec } from './role.js';
import { auditProgramme, type AuditProgrammeSpec } from './audit-programme.js';
import { internalAudit, type InternalAuditSpec } from './internal-audit.js';
import { nonconformity, type NonconformitySpec } from './nonconformity.js';
import { managementReview, type ManagementReviewSpec } from './management-review.js';

/** Every record kind, in the order docs and `unknown-kind` messages list them. */
export const KINDS = [
  control,
  evidence,
  risk,
  aiSystem,
  impactAssessment,
  policy,
  scope,
  contextIssue,
  interestedParty,
  objective,
  role,
  auditProgramme,
  internalAudit,
  nonconformity,
  managementReview,
] as const;

export type RecordKind = (typeof KINDS)[number]['kind'];

/** The spec type of each kind. */
export interface SpecByKind {
  Control: ControlSpec;
  Evidence: EvidenceSpec;
  Risk: RiskSpec;
  AISystem: AISystemSpec;
  ImpactAssessment: ImpactAssessmentSpec;
  Policy: PolicySpec;
  Scope: ScopeSpec;
  ContextIssue: ContextIssueSpec;
  InterestedParty: InterestedPartySpec;
  Objective: ObjectiveSpec;
  Role: RoleSpec;
  AuditProgramme: AuditProgrammeSpec;
  InternalAudit: InternalAuditSpec;
  Nonconformity: NonconformitySpec;
  ManagementReview: ManagementReviewSpec;
}

export const RECORD_KINDS: readonly RecordKind[] = KINDS.map((k) => k.kind);

const byKind = new Map<string, KindDefinition<string, never>>(KINDS.map((k) => [k.kind, k as unknown as KindDefinition<string, never>]));

/** The definition of a kind, or undefined for a name annexa does not know. */
export function kindDefinition(kind: string): KindDefinition<string, never> | undefined {
  return byKind.get(kind);
}

/** When a record is next due for review, and the pointer of that date; undefined for kinds without reviews. */
export function nextReviewOf(r: { kind: string; spec: unknown }): { value: string; pointer: string } | undefined {
  return kindDefinition(r.kind)?.nextReview?.(r.spec as never);
}

/** Schema file per record kind. */
export const KIND_SCHEMA_FILES: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k.kind, k.schemaFile]));
