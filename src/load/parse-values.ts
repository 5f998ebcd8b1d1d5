import type { Finding } from '../core/finding.js';
import { fastParse } from './fast-parse.js';
import { parseSource } from './parse.js';
import { readTextFile } from './read-file.js';
import { fingerprint } from './fingerprint.js';

/** What reading and parsing one file yields for the model stage: plain values, findings, a fingerprint of the text. */
export interface ParsedValues {
  file: string;
  /** Of the text read (see fingerprint.ts); absent when the file could not be read as text. */
  print?: string;
  /** Read by the fast parse: plain values, no aliases (see compact-value.ts). */
  plain?: boolean;
  documents: { index: number; value: Record<string, unknown>; lines?: [number, number] }[];
  findings: Finding[];
}

/** Reads and parses one file, keeping only what survives a worker boundary (structured clone). */
export function readAndParse(root: string, file: string, maxBytes?: number): ParsedValues {
  const read = readTextFile(root, file, maxBytes);
  if (!read.ok) return { file, documents: [], findings: [{ ruleId: read.problem.ruleId, severity: 'error', message: read.problem.message, location: { file } }] };
  // Most files are plain records: read fast; anything else, or anything that could give a finding, takes `yaml`.
  const fast = fastParse(read.text);
  if (fast) return { file, print: fingerprint(read.text), plain: true, documents: fast, findings: [] };
  const { source, findings } = parseSource(file, read.text);
  const documents = source.documents.flatMap((d) => (d.value ? [{ index: d.index, value: d.value, lines: d.lines }] : []));
  return { file, print: fingerprint(read.text), documents, findings };
}
