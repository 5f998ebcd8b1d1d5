import { documentReview, type DocumentControl } from './document-control.js';
import { defineKind } from './kind.js';

export interface PlannedAudit {
  id: string;
  planned: string;
  scope: string[];
  criteria?: string;
  auditor?: string;
  independence?: string;
}

export interface AuditProgrammeSpec {
  standards: string[];
  cycle: { start: string; years?: number };
  audits: PlannedAudit[];
  documentControl?: DocumentControl;
}

/** The internal audit programme over a certification cycle (9.2.2). */
export const auditProgramme = defineKind<'AuditProgramme', AuditProgrammeSpec>({
  kind: 'AuditProgramme',
  schemaFile: 'audit-programme.schema.json',
  docAnchor: 'auditprogramme',
  nextReview: documentReview,
  summary: 'the internal audit programme: planned audits over the cycle with scope, criteria and auditor',
});
