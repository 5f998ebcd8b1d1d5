import { defineKind, one } from './kind.js';

export interface AuditFinding {
  type: 'nonconformity' | 'observation' | 'opportunity';
  description: string;
  requirement?: string;
  nonconformity?: string;
}

export interface InternalAuditSpec {
  standards: string[];
  programme?: string;
  plannedAudit?: string;
  date: string;
  scope: string[];
  criteria?: string;
  auditor: string;
  independence?: string;
  report?: string;
  findings?: AuditFinding[];
}

/** An internal audit that was held (9.2), with its findings. */
export const internalAudit = defineKind<'InternalAudit', InternalAuditSpec>({
  kind: 'InternalAudit',
  schemaFile: 'internal-audit.schema.json',
  docAnchor: 'internalaudit',
  summary: 'an internal audit that was held, with scope, auditor and findings',
  // Scope refs may name whole clauses or themes ("iso27001:9", "iso27001:A.8"), so only finding requirements are catalog refs.
  controlRefs: (s) => (s.findings ?? []).flatMap((f, i) => (f.requirement ? [{ value: f.requirement, pointer: `/spec/findings/${i}/requirement` }] : [])),
  recordRefs: (s) => [
    ...one('AuditProgramme', s.programme, '/spec/programme'),
    ...one('Evidence', s.report, '/spec/report'),
    ...(s.findings ?? []).flatMap((f, i) => one('Nonconformity', f.nonconformity, `/spec/findings/${i}/nonconformity`)),
  ],
});
