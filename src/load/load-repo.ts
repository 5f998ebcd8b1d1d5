import type { Finding } from '../core/finding.js';
import { discoverFiles } from './discover.js';
import { dropOutsideDirs } from './outside-dirs.js';
import { ParsePool } from './parallel-parse.js';
import { SourceStore } from './source-store.js';
import type { ParsedValues } from './parse-values.js';
import { ValueCompactor } from './compact-value.js';

/** A YAML document that parsed into a mapping, ready for the model stage. */
export interface LoadedDocument {
  file: string;
  index: number;
  value: Record<string, unknown>;
  lines?: [number, number];
}

export interface LoadedRepo {
  root: string;
  sources: SourceStore;
  documents: LoadedDocument[];
  findings: Finding[];
}

export interface LoadOptions {
  include?: string[];
  exclude?: string[];
  /** Files never treated as records (annexa.yaml, user catalogs named in it). */
  skip?: Set<string>;
  /** Size limit per file (annexa.yaml maxFileBytes). */
  maxFileBytes?: number;
  /** A pool started earlier by the caller (kept open for position resolution); else one is made here. */
  pool?: ParsePool;
}

/** Discovers, reads and parses every record file; problems become findings, the run goes on. */
export async function loadRepo(root: string, options: LoadOptions = {}): Promise<LoadedRepo> {
  const pool = options.pool ?? new ParsePool();
  try {
    const contained = dropOutsideDirs(root, (await discoverFiles(root, options)).filter((f) => !options.skip?.has(f)));
    const files = contained.files;
    const sources = new SourceStore(root, options.maxFileBytes);
    const findings: Finding[] = [...contained.findings];
    const documents: LoadedDocument[] = [];
    const compactor = new ValueCompactor();
    // Values are compacted chunk by chunk as they arrive: holding every file's values uncompacted
    // until the end made the load itself the peak (~150 MB live at 100,000 files).
    const compact = (results: ParsedValues[]) => {
      for (const parsed of results) if (parsed.plain) for (const d of parsed.documents) d.value = compactor.compact(d.value);
    };
    for (const parsed of await pool.run(root, files, options.maxFileBytes, compact)) {
      if (parsed.print !== undefined) sources.addRead(parsed.file, parsed.print);
      findings.push(...parsed.findings);
      for (const d of parsed.documents) documents.push({ file: parsed.file, index: d.index, value: d.value, lines: d.lines });
    }
    return { root, sources, documents, findings };
  } finally {
    if (!options.pool) pool.close();
  }
}
