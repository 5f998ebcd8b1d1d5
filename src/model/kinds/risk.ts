import type { Approval } from './document-control.js';
import { defineKind, plainReview, each, to } from './kind.js';

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
