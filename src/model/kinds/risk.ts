import { defineKind, plainReview, each, to } from './kind.js';

export interface RiskSpec {
  domain: string;
  description?: string;
  likelihood: number;
  impact: number;
  owner?: string;
  treatment?: { option?: string; controls?: string[]; plan?: string; dueDate?: string };
  residual?: { likelihood?: number; impact?: number };
  aiSystems?: string[];
  status?: string;
  identified?: string;
  nextReview?: string;
}

/** One register for information security and AI risks. */
export const risk = defineKind<'Risk', RiskSpec>({
  kind: 'Risk',
  schemaFile: 'risk.schema.json',
  docAnchor: 'risk',
  nextReview: plainReview,
  summary: 'a risk with its rating and treatment',
  controlRefs: (s) => each(s.treatment?.controls, '/spec/treatment/controls'),
  recordRefs: (s) => to('AISystem', each(s.aiSystems, '/spec/aiSystems')),
});
