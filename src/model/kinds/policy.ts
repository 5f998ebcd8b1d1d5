import { documentReview, type Approval, type DocumentControl } from './document-control.js';
import { defineKind, each } from './kind.js';

export interface PolicySpec {
  addresses?: string[];
  approval?: Approval;
  nextReview?: string;
  document?: string;
  version?: string;
  documentControl?: DocumentControl;
}

/** A policy of the management system (5.2 for the top-level one). */
export const policy = defineKind<'Policy', PolicySpec>({
  kind: 'Policy',
  schemaFile: 'policy.schema.json',
  docAnchor: 'policy',
  nextReview: documentReview,
  summary: 'a policy and the controls and clauses it addresses',
  controlRefs: (s) => each(s.addresses, '/spec/addresses'),
});
