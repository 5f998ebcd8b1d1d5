import { parseSource } from './parse.js';
import { locate, type Position } from './locate.js';

/** The places in one file that need a line and column: (document, pointer, key-or-value). */
export interface LocateRequest {
  file: string;
  text: string;
  points: { doc: number; pointer: string; target: 'key' | 'value' }[];
}

/** Positions in request order; null where the document does not exist. */
export interface Located {
  positions: (Position | null)[];
}

/**
 * Parses the file once and resolves every point in it. The syntax tree is dropped afterwards:
 * keeping one per file with findings is what made memory grow with the number of findings.
 */
export function locateInText(request: LocateRequest): Located {
  const src = parseSource(request.file, request.text).source;
  return {
    positions: request.points.map((p) => {
      const parsed = src.documents[p.doc];
      return parsed ? locate(parsed.doc, src.lineCounter, p.pointer, p.target) : null;
    }),
  };
}

/** Resolves every request on this thread. */
export function locateAll(requests: LocateRequest[]): Located[] {
  return requests.map(locateInText);
}
