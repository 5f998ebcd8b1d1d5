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
}

/** The AI system inventory. */
export const aiSystem = defineKind<'AISystem', AISystemSpec>({
  kind: 'AISystem',
  schemaFile: 'ai-system.schema.json',
  docAnchor: 'aisystem',
  summary: 'an AI system the organisation develops, provides or uses',
  recordRefs: (s) => one('ImpactAssessment', s.impactAssessment, '/spec/impactAssessment'),
});
