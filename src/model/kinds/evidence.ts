import { defineKind } from './kind.js';

export interface EvidenceSpec {
  path?: string;
  url?: string;
  collected?: string;
  maxAgeDays?: number;
  type?: string;
  owner?: string;
}

/** A file or link that shows a control or process works. */
export const evidence = defineKind<'Evidence', EvidenceSpec>({
  kind: 'Evidence',
  schemaFile: 'evidence.schema.json',
  docAnchor: 'evidence',
  summary: 'a file or link that shows something is done',
});
