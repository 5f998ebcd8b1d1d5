import type { SourceStore } from '../load/source-store.js';
import { locate, type Position } from '../load/locate.js';
import type { ParsePool } from '../load/parallel-parse.js';
import { locateAll, type LocateRequest } from '../load/locate-file.js';
import type { Finding } from '../core/finding.js';

/**
 * Fills line and column of every finding from its (file, doc, pointer): the one place positions are
 * computed. Findings are grouped by file so each file is parsed once, on every core the pool has.
 * `afterChunk` runs after each chunk of files is located (large runs collect the parse trees' garbage there).
 */
export async function resolveLocations(findings: Finding[], sources: SourceStore, pool?: ParsePool, afterChunk?: () => void): Promise<Finding[]> {
  const positions: (Position | null | undefined)[] = new Array(findings.length);
  const byFile = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const loc = f.location;
    if (loc.line !== undefined || !loc.file) return;
    const held = sources.parsedIfHeld(loc.file);
    if (held) {
      const parsed = loc.doc !== undefined ? held.documents[loc.doc] : undefined;
      positions[i] = parsed ? locate(parsed.doc, held.lineCounter, loc.pointer ?? '', loc.target ?? 'value') : null;
      return;
    }
    if (loc.doc === undefined || !sources.fingerprint(loc.file)) return void (positions[i] = null);
    const list = byFile.get(loc.file);
    if (list) list.push(i);
    else byFile.set(loc.file, [i]);
  });
  const requests: LocateRequest[] = [];
  const owners: number[][] = [];
  for (const [file, idx] of byFile) {
    requests.push({ root: sources.root, file, maxBytes: sources.maxBytes, print: sources.fingerprint(file)!, points: idx.map((i) => ({ doc: findings[i]!.location.doc!, pointer: findings[i]!.location.pointer ?? '', target: findings[i]!.location.target ?? 'value' })) });
    owners.push(idx);
  }
  const located = pool ? await pool.locate(requests, afterChunk) : locateAll(requests);
  located.forEach((l, r) => l.positions.forEach((p, k) => (positions[owners[r]![k]!] = p)));
  return findings.map((f, i) => {
    const p = positions[i];
    if (p === undefined) return f;
    // Object.assign onto a literal, not a spread: spread copies got a hidden class each (~500 bytes a finding).
    return { ...f, location: Object.assign({}, f.location, p === null ? { line: 1, column: 1 } : p) };
  });
}
