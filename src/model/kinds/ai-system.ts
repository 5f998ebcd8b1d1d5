import { defineKind, one } from './kind.js';

/** EU AI Act classification of an AI system (docs/ai-act.md). */
export interface AiActSpec {
  roles: string[];
  route: 'prohibited' | 'high-risk-annex-i' | 'high-risk-annex-iii' | 'exempt-annex-iii' | 'minimal';
  annexIII?: string;
  productLegislation?: string;
  exemptionReasoning?: string;
  prohibitedPractice?: string;
  transparency?: string[];
  gpaiModel?: 'general-purpose' | 'systemic-risk';
  publicService?: boolean;
  fria?: string;
  transparencyNotice?: string;
  postMarketMonitoring?: string;
}

export interface AISystemSpec {
  purpose: string;
  intendedUse?: string;
  lifecycleStage?: string;
  role?: string;
  /** Always set in the model: from the record, or derived from aiAct when the record has none. */
  riskTier: string;
  aiAct?: AiActSpec;
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

/** The AI system inventory. */
export const aiSystem = defineKind<'AISystem', AISystemSpec>({
  kind: 'AISystem',
  schemaFile: 'ai-system.schema.json',
  docAnchor: 'aisystem',
  summary: 'an AI system the organisation develops, provides or uses',
  recordRefs: (s) => one('ImpactAssessment', s.impactAssessment, '/spec/impactAssessment'),
});
