import { defineKind, each, to } from './kind.js';

export interface RoleSpec {
  standards?: string[];
  responsibilities: string[];
  authorities?: string[];
  holders?: string[];
  competence?: string[];
  competenceEvidence?: string[];
  awarenessEvidence?: string[];
}

/** A role with responsibilities and authorities (5.3), required competence and its evidence (7.2, 7.3). */
export const role = defineKind<'Role', RoleSpec>({
  kind: 'Role',
  schemaFile: 'role.schema.json',
  docAnchor: 'role',
  summary: 'a role with responsibilities, holders, required competence and evidence of competence and awareness',
  recordRefs: (s) => [...to('Evidence', each(s.competenceEvidence, '/spec/competenceEvidence')), ...to('Evidence', each(s.awarenessEvidence, '/spec/awarenessEvidence'))],
});
