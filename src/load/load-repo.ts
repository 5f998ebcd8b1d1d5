import type { Finding } from '../report/finding.js';
import { discoverFiles } from './discover.js';
import { readTextFile } from './read-file.js';
import { parseSource, type SourceFile } from './parse.js';
import type { Document } from 'yaml';

/** A YAML document that parsed into a mapping, ready for the model stage. */
export interface LoadedDocument {
  file: string;
  index: number;
  doc: Document;
  value: Record<string, unknown>;
}

export interface LoadedRepo {
  root: string;
  sources: Map<string, SourceFile>;
  documents: LoadedDocument[];
  findings: Finding[];
}

export interface LoadOptions {
  include?: string[];
  exclude?: string[];
  /** Files never treated as records (annexa.yaml, user catalogs named in it). */
  skip?: Set<string>;
}

/** Discovers, reads and parses every record file; problems become findings, the run goes on. */
export async function loadRepo(root: string, options: LoadOptions = {}): Promise<LoadedRepo> {
  const files = (await discoverFiles(root, options)).filter((f) => !options.skip?.has(f));
  const sources = new Map<string, SourceFile>();
  const documents: LoadedDocument[] = [];
  const findings: Finding[] = [];
  const reads = await Promise.all(files.map((f) => readTextFile(root, f)));
  files.forEach((file, i) => {
    const read = reads[i]!;
    if (!read.ok) {
      findings.push({ ruleId: read.problem.ruleId, severity: 'error', message: read.problem.message, location: { file } });
      return;
    }
    const parsed = parseSource(file, read.text);
    sources.set(file, parsed.source);
    findings.push(...parsed.findings);
    for (const d of parsed.source.documents) {
      if (d.value) documents.push({ file, index: d.index, doc: d.doc, value: d.value });
    }
  });
  return { root, sources, documents, findings };
}
