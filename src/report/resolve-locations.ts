import type { SourceStore } from '../load/source-store.js';
import { locate } from '../load/locate.js';
import type { Finding } from '../core/finding.js';

/** Fills line and column of every finding from its (file, doc, pointer): the one place positions are computed. */
export function resolveLocations(findings: Finding[], sources: SourceStore): Finding[] {
  return findings.map((f) => {
    const loc = f.location;
    if (loc.line !== undefined || !loc.file) return f;
    const src = sources.get(loc.file);
    const parsed = src && loc.doc !== undefined ? src.documents[loc.doc] : undefined;
    if (!src || !parsed) return { ...f, location: { ...loc, line: 1, column: 1 } };
    return { ...f, location: { ...loc, ...locate(parsed.doc, src.lineCounter, loc.pointer ?? '', loc.target ?? 'value') } };
  });
}
