import { defineKind, each, to } from './kind.js';

export interface ContextIssueSpec {
  standards?: string[];
  type: 'internal' | 'external';
  description: string;
  effect?: string;
  risks?: string[];
}

/** An internal or external issue that shapes the management system (4.1). */
export const contextIssue = defineKind<'ContextIssue', ContextIssueSpec>({
  kind: 'ContextIssue',
  schemaFile: 'context-issue.schema.json',
  docAnchor: 'contextissue',
  summary: 'an internal or external issue relevant to the management system',
  recordRefs: (s) => to('Risk', each(s.risks, '/spec/risks')),
});
