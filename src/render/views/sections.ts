import { buildAiView, type AiInventoryView } from './ai.js';
import { buildAiActView, type AiActPageView } from './ai-act.js';
import type { ViewContext } from './context.js';
import { buildCrosswalkView, type CrosswalkView } from './crosswalk.js';
import { buildEvidenceView, type EvidenceIndexView } from './evidence.js';
import { buildGapsView, type GapsView } from './gaps.js';
import { buildImpactAssessmentViews, type ImpactAssessmentView, buildScreeningViews, type ScreeningView } from './impact-assessments.js';
import { buildIntegratedView, type IntegratedView } from './integrated.js';
import { buildManagementSystemView, type ManagementSystemView } from './management-system.js';
import { buildPoliciesView, type PoliciesView } from './policies.js';
import { buildRiskView, type RiskRegisterView } from './risks.js';
import { buildSoaView, type SoaView } from './soa.js';

/** The page-level views, each built from the model by its own builder. */
export interface PackSections {
  /** SoA per standard in scope, keyed by catalog id (`soa.iso27001`). */
  soa: Record<string, SoaView>;
  /** null when fewer than two standards are in scope. */
  integrated: IntegratedView | null;
  crosswalk: CrosswalkView | null;
  risks: RiskRegisterView;
  ai: AiInventoryView;
  /** EU AI Act obligations per AI system (docs/ai-act.md). */
  aiAct: AiActPageView;
  impactAssessments: ImpactAssessmentView[];
  /** AI systems in scope that were screened instead of (or before) a full assessment (42001 6.1.4). */
  screenings: ScreeningView[];
  policies: PoliciesView;
  evidence: EvidenceIndexView;
  gaps: GapsView;
  /** Clauses 4-10: readiness, audits, nonconformities, reviews, objectives, roles. */
  managementSystem: ManagementSystemView;
}

export function buildSections(ctx: ViewContext): PackSections {
  const evidence = buildEvidenceView(ctx);
  return {
    soa: Object.fromEntries(ctx.analysis.standards.map((s) => [s.catalog, buildSoaView(ctx, s)])),
    integrated: buildIntegratedView(ctx),
    crosswalk: buildCrosswalkView(ctx),
    risks: buildRiskView(ctx),
    ai: buildAiView(ctx),
    aiAct: buildAiActView(ctx),
    impactAssessments: buildImpactAssessmentViews(ctx),
    screenings: buildScreeningViews(ctx),
    policies: buildPoliciesView(ctx),
    evidence,
    gaps: buildGapsView(ctx, evidence),
    managementSystem: buildManagementSystemView(ctx),
  };
}
