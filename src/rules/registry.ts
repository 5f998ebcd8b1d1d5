import type { Rule, RuleMeta } from './types.js';
import { stageRules } from './stage-rules.js';
import { rule as aiSystemWithoutImpactAssessment } from './ai-system-without-impact-assessment.js';
import { rule as auditProgrammeIncomplete } from './audit-programme-incomplete.js';
import { rule as clauseUnaddressed } from './clause-unaddressed.js';
import { rule as competenceEvidenceMissing } from './competence-evidence-missing.js';
import { rule as aiActObligationUnaddressed } from './ai-act-obligation-unaddressed.js';
import { rule as aiLiteracyUnaddressed } from './ai-literacy-unaddressed.js';
import { rule as friaMissing } from './fria-missing.js';
import { rule as postMarketMonitoringMissing } from './post-market-monitoring-missing.js';
import { rule as transparencyNoticeMissing } from './transparency-notice-missing.js';
import { rule as conflictingDecisions } from './conflicting-decisions.js';
import { rule as correctiveActionUnverified } from './corrective-action-unverified.js';
import { rule as coverageBelowThreshold } from './coverage-below-threshold.js';
import { rule as danglingReference } from './dangling-reference.js';
import { rule as duplicateId } from './duplicate-id.js';
import { rule as dateInFuture } from './date-in-future.js';
import { rule as evidenceStale } from './evidence-stale.js';
import { rule as exclusionUnjustified } from './exclusion-unjustified.js';
import { rule as fileMissing } from './file-missing.js';
import { rule as highRiskAiWithoutOversight } from './high-risk-ai-without-oversight.js';
import { rule as impactAssessmentIncomplete } from './impact-assessment-incomplete.js';
import { rule as impactAssessmentOutdated } from './impact-assessment-outdated.js';
import { rule as implementedWithoutEvidence } from './implemented-without-evidence.js';
import { rule as inclusionUnjustified } from './inclusion-unjustified.js';
import { rule as justificationBoilerplate } from './justification-boilerplate.js';
import { rule as integratedControlWithoutAiConsiderations } from './integrated-control-without-ai-considerations.js';
import { rule as internalAuditOverdue } from './internal-audit-overdue.js';
import { rule as managementReviewInputsMissing } from './management-review-inputs-missing.js';
import { rule as managementReviewOverdue } from './management-review-overdue.js';
import { rule as nonconformityOverdue } from './nonconformity-overdue.js';
import { rule as objectiveOffTarget } from './objective-off-target.js';
import { rule as objectiveWithoutMeasure } from './objective-without-measure.js';
import { rule as pathOutsideRepo } from './path-outside-repo.js';
import { rule as policyUnapproved } from './policy-unapproved.js';
import { rule as prohibitedAiSystem } from './prohibited-ai-system.js';
import { rule as reviewOverdue } from './review-overdue.js';
import { rule as riskUntreated } from './risk-untreated.js';
import { rule as treatmentControlExcluded } from './treatment-control-excluded.js';
import { rule as unknownControlRef } from './unknown-control-ref.js';
import { rule as unmappedControl } from './unmapped-control.js';
import { rule as planOverdue } from './plan-overdue.js';
import { rule as residualRiskUnaccepted } from './residual-risk-unaccepted.js';
import { rule as riskAssessmentStale } from './risk-assessment-stale.js';
import { rule as riskTreatedWithUnimplementedControls } from './risk-treated-with-unimplemented-controls.js';
import { rule as treatmentPlanUnapproved } from './treatment-plan-unapproved.js';

/** Every rule annexa knows, in a stable order: stage rules first, then checks by id. */
export const RULES: Rule[] = [
  ...stageRules,
  aiSystemWithoutImpactAssessment,
  auditProgrammeIncomplete,
  clauseUnaddressed,
  competenceEvidenceMissing,
  aiActObligationUnaddressed,
  aiLiteracyUnaddressed,
  conflictingDecisions,
  correctiveActionUnverified,
  coverageBelowThreshold,
  danglingReference,
  dateInFuture,
  duplicateId,
  evidenceStale,
  exclusionUnjustified,
  fileMissing,
  friaMissing,
  highRiskAiWithoutOversight,
  impactAssessmentIncomplete,
  impactAssessmentOutdated,
  implementedWithoutEvidence,
  inclusionUnjustified,
  integratedControlWithoutAiConsiderations,
  justificationBoilerplate,
  internalAuditOverdue,
  managementReviewInputsMissing,
  managementReviewOverdue,
  nonconformityOverdue,
  objectiveOffTarget,
  objectiveWithoutMeasure,
  pathOutsideRepo,
  policyUnapproved,
  postMarketMonitoringMissing,
  prohibitedAiSystem,
  reviewOverdue,
  riskUntreated,
  transparencyNoticeMissing,
  treatmentControlExcluded,
  unknownControlRef,
  unmappedControl,
  planOverdue,
  residualRiskUnaccepted,
  riskAssessmentStale,
  riskTreatedWithUnimplementedControls,
  treatmentPlanUnapproved,
];

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

/** Old rule ids still accepted under `rules:` in annexa.yaml, mapped to the rule that replaced them. */
export const RENAMED_RULES: Record<string, string> = {
  'high-risk-ai-without-impact-assessment': 'ai-system-without-impact-assessment',
};

export function getRule(id: string): Rule | undefined {
  return byId.get(id) ?? byId.get(RENAMED_RULES[id] ?? '');
}

export function ruleMetas(): RuleMeta[] {
  return RULES.map((r) => r.meta);
}

/** Where a rule's documentation lives, relative to the package root (docs/rules/<id>.md). */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** Public URL of a rule's doc page, for SARIF helpUri and text output. */
export const DOCS_BASE_URL = 'https://github.com/annexa-dev/annexa/blob/main/docs/rules/';
export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
