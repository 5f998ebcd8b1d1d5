import { defineKind, plainReview, each, to } from './kind.js';

export const CONTROL_STATUSES = ['planned', 'in-progress', 'implemented', 'not-applicable'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export interface ControlSpec {
  implements: string[];
  status: ControlStatus;
  justification?: string;
  evidence?: string[];
  aiConsiderations?: string;
  requirements?: string[];
  policies?: string[];
  owner?: string;
  targetDate?: string;
  lastReviewed?: string;
  nextReview?: string;
  /** How the control is implemented, for the SoA. */
  implementation?: string;
  /** Per-control reason (and details) where one record decides several controls. */
  decisions?: Record<string, ControlDecision>;
  /** A third party implements the control (inherited) or shares it with us (shared). */
  provider?: { name: string; responsibility: 'inherited' | 'shared'; assurance?: string[]; description?: string };
  /** AI systems the control applies to, when it applies to some only. */
  aiSystems?: string[];
}

/** One record's decision on one of the controls it implements. */
export interface ControlDecision {
  justification?: string;
  implementation?: string;
  aiSystems?: string[];
}

/** An implementation and its SoA decision for one or more catalog controls. */
export const control = defineKind<'Control', ControlSpec>({
  kind: 'Control',
  schemaFile: 'control.schema.json',
  docAnchor: 'control',
  nextReview: plainReview,
  summary: 'an implementation and its Statement of Applicability decision',
  controlRefs: (s) => each(s.implements, '/spec/implements'),
  recordRefs: (s) => [
    ...to('Evidence', each(s.evidence, '/spec/evidence')),
    ...to('Policy', each(s.policies, '/spec/policies')),
    ...to('Evidence', each(s.provider?.assurance, '/spec/provider/assurance')),
    ...to('AISystem', each(s.aiSystems, '/spec/aiSystems')),
    ...Object.entries(s.decisions ?? {}).flatMap(([ref, d]) => to('AISystem', each(d.aiSystems, `/spec/decisions/${ref}/aiSystems`))),
  ],
});
