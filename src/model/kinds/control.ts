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
}

/** An implementation and its SoA decision for one or more catalog controls. */
export const control = defineKind<'Control', ControlSpec>({
  kind: 'Control',
  schemaFile: 'control.schema.json',
  docAnchor: 'control',
  nextReview: plainReview,
  summary: 'an implementation and its Statement of Applicability decision',
  controlRefs: (s) => each(s.implements, '/spec/implements'),
  recordRefs: (s) => [...to('Evidence', each(s.evidence, '/spec/evidence')), ...to('Policy', each(s.policies, '/spec/policies'))],
});
