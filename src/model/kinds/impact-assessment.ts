import type { Approval } from './document-control.js';
import { defineKind, plainReview, each, to } from './kind.js';

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

/** An AI system impact assessment (42001 6.1.4, 8.4). */
export const impactAssessment = defineKind<'ImpactAssessment', ImpactAssessmentSpec>({
  kind: 'ImpactAssessment',
  schemaFile: 'impact-assessment.schema.json',
  docAnchor: 'impactassessment',
  nextReview: plainReview,
  summary: 'an AI system impact assessment',
  controlRefs: (s) => (s.mitigations ?? []).flatMap((m, i) => each(m.controls, `/spec/mitigations/${i}/controls`)),
  recordRefs: (s) => [{ kind: 'AISystem', value: s.aiSystem, pointer: '/spec/aiSystem' }, ...to('Risk', each(s.risks, '/spec/risks'))],
});
