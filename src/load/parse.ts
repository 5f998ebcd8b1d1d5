import { LineCounter, parseAllDocuments, isMap, isScalar, type Document } from 'yaml';
import type { Finding } from '../core/finding.js';
import { rangeToPosition, toPointer } from './locate.js';

/** More aliases than this in one document is treated as an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;
/** Keys that could poison prototypes in consumers of the data; refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** One YAML document of a source file, with its plain value when it parsed cleanly into a mapping. */
export interface ParsedDocument {
  index: number;
  doc: Document;
  value?: Record<string, unknown>;
  /** First and last line of the document's content (1-based). */
  lines?: [number, number];
}

export interface SourceFile {
  path: string;
  text: string;
  lineCounter: LineCounter;
  documents: ParsedDocument[];
}

/** Parses a multi-document YAML file; every problem becomes a located finding, never an exception. */
export function parseSource(file: string, text: string): { source: SourceFile; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  const source: SourceFile = { path: file, text, lineCounter, documents: [] };
  const at = (start: number, end: number) => ({ file, ...rangeToPosition(lineCounter, start, end) });

  if (text.trim() === '') {
    findings.push({ ruleId: 'empty-file', severity: 'warning', message: 'file is empty', location: { file, line: 1, column: 1 } });
    return { source, findings };
  }
  // merge: YAML 1.1 merge keys (`<<: *defaults`) are common in hand-written YAML; the result is plain data.
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
  const list = Array.isArray(docs) ? docs : [];
  list.forEach((doc, index) => {
    const parsed: ParsedDocument = { index, doc };
    source.documents.push(parsed);
    if (doc.errors.length > 0) {
      const seen = new Set<string>();
      for (const e of doc.errors) {
        const key = `${e.pos[0]}|${e.code}`;
        if (seen.has(key)) continue; // the parser can report one mistake twice at the same offset
        seen.add(key);
        const dup = e.code === 'DUPLICATE_KEY';
        const msg = dup ? 'duplicate key: a mapping may name each key once' : `YAML syntax error: ${firstLine(e.message)}`;
        findings.push({ ruleId: dup ? 'duplicate-key' : 'parse-error', severity: 'error', message: msg, location: { ...at(e.pos[0], e.pos[1]), doc: index } });
      }
      return;
    }
    // An empty document (a trailing `---`, only a comment): the library gives null or a null scalar.
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')) return;
    if (!isMap(doc.contents)) {
      const r = doc.contents.range ?? doc.range;
      findings.push({ ruleId: 'not-a-mapping', severity: 'error', message: 'document is not a mapping (expected apiVersion, kind, metadata, spec)', location: { ...at(r[0], r[1]), doc: index } });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const r = doc.contents.range;
      const bomb = err instanceof ReferenceError && /alias count/i.test(err.message);
      findings.push({
        ruleId: bomb ? 'alias-limit' : 'parse-error',
        severity: 'error',
        message: bomb ? `document expands too many aliases (limit ${MAX_ALIAS_COUNT}); not read` : `YAML error: ${firstLine(err instanceof Error ? err.message : String(err))}`,
        location: { ...at(r[0], r[1]), doc: index },
      });
      return;
    }
    const bad = findForbiddenKey(value, []);
    if (bad) {
      findings.push({ ruleId: 'forbidden-key', severity: 'error', message: `key "${bad.key}" is not allowed in records; document not read`, location: { file, doc: index, pointer: toPointer(bad.path), target: 'key' } });
      return;
    }
    parsed.value = value as Record<string, unknown>;
    const [start, end] = doc.contents.range;
    parsed.lines = [lineCounter.linePos(start).line, lineCounter.linePos(Math.max(start, end - 1)).line];
  });
  return { source, findings };
}

function findForbiddenKey(value: unknown, path: (string | number)[]): { key: string; path: (string | number)[] } | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], [...path, i]);
      if (hit) return hit;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, path: [...path, key] };
      const hit = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
