import { documentReview, type DocumentControl } from './document-control.js';
import { defineKind, each, to } from './kind.js';

export interface ScopeSpec {
  standards: string[];
  boundaries: string;
  includes?: string[];
  interfaces?: string[];
  exclusions?: { what: string; why: string }[];
  aiSystems?: string[];
  aiRoles?: string[];
  documentControl?: DocumentControl;
}

/** The scope of one management system (4.3); the AIMS scope names its AI systems and AI roles (42001 4.1). */
export const scope = defineKind<'Scope', ScopeSpec>({
  kind: 'Scope',
  schemaFile: 'scope.schema.json',
  docAnchor: 'scope',
  nextReview: documentReview,
  summary: 'the scope of a management system: boundaries, interfaces, exclusions, AI systems and roles',
  recordRefs: (s) => to('AISystem', each(s.aiSystems, '/spec/aiSystems')),
});
