import { defineKind, one } from './kind.js';

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

/** The AI system inventory. */
export const aiSystem = defineKind<'AISystem', AISystemSpec>({
  kind: 'AISystem',
  schemaFile: 'ai-system.schema.json',
  docAnchor: 'aisystem',
  summary: 'an AI system the organisation develops, provides or uses',
  recordRefs: (s) => one('ImpactAssessment', s.impactAssessment, '/spec/impactAssessment'),
});
