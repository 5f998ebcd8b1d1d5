import { defineKind, each, one } from './kind.js';

export interface CorrectiveAction {
  description: string;
  owner: string;
  due: string;
  state: 'open' | 'in-progress' | 'done';
  completed?: string;
}

export interface NonconformitySpec {
  standards?: string[];
  source: { type: 'audit' | 'incident' | 'review' | 'complaint' | 'monitoring' | 'other'; audit?: string; review?: string; reference?: string };
  raised: string;
  requirements?: string[];
  description: string;
  correction?: string;
  rootCause?: string;
  actions?: CorrectiveAction[];
  effectivenessReview?: { date: string; by: string; effective: boolean; notes?: string };
  closed?: string;
}

/** A nonconformity with its correction, root cause, corrective actions and effectiveness review (10.2). */
export const nonconformity = defineKind<'Nonconformity', NonconformitySpec>({
  kind: 'Nonconformity',
  schemaFile: 'nonconformity.schema.json',
  docAnchor: 'nonconformity',
  summary: 'a nonconformity with correction, root cause, corrective actions and effectiveness review',
  controlRefs: (s) => each(s.requirements, '/spec/requirements'),
  recordRefs: (s) => [...one('InternalAudit', s.source.audit, '/spec/source/audit'), ...one('ManagementReview', s.source.review, '/spec/source/review')],
});
