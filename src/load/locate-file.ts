import { parseSource } from './parse.js';
import { locate, type Position } from './locate.js';
import { readTextFile } from './read-file.js';
import { fingerprint } from './fingerprint.js';

/** The places in one file that need a line and column: (document, pointer, key-or-value). */
export interface LocateRequest {
  root: string;
  file: string;
  maxBytes?: number;
  /** Fingerprint of the text the findings came from. */
  print: string;
  points: { doc: number; pointer: string; target: 'key' | 'value' }[];
}

/** Positions in request order; null where the document does not exist. */
export interface Located {
  positions: (Position | null)[];
}

/**
 * Reads the file again, parses it once and resolves every point in it. A file changed since it was
 * checked gets no positions (line 1) rather than wrong ones. The syntax tree is dropped afterwards:
 * keeping one per file with findings is what made memory grow with the number of findings.
 */
export function locateInFile(request: LocateRequest): Located {
  const read = readTextFile(request.root, request.file, request.maxBytes);
  if (!read.ok || fingerprint(read.text) !== request.print) return { positions: request.points.map(() => null) };
  const src = parseSource(request.file, read.text).source;
  return {
    positions: request.points.map((p) => {
      const parsed = src.documents[p.doc];
      return parsed ? locate(parsed.doc, src.lineCounter, p.pointer, p.target) : null;
    }),
  };
}

/** Resolves every request on this thread. */
export function locateAll(requests: LocateRequest[]): Located[] {
  return requests.map(locateInFile);
}
