import { Composer, LineCounter, Parser, isMap, isScalar, type Document } from 'yaml';
import type { Finding } from '../core/finding.js';
import { rangeToPosition, toPointer } from './locate.js';
import { MAX_NESTING_DEPTH, tooDeepAt } from './nesting.js';
import { inspectValue } from './inspect-value.js';
import { warningFindings } from './yaml-warnings.js';

/** More aliases than this in one document is treated as an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

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
  // What parseAllDocuments does, with a nesting check between the (iterative) parser and the
  // (recursive) composer: a too-deep document is emptied before it can overflow the stack.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = new Map<number, number>();
  let docIndex = 0;
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    const offset = tooDeepAt(token);
    if (offset !== undefined) {
      deep.set(docIndex, offset);
      token.value = undefined;
    }
    docIndex++;
  }
  // merge: YAML 1.1 merge keys (`<<: *defaults`) are common in hand-written YAML; the result is plain data.
  const list = [...new Composer({ uniqueKeys: true, strict: true, merge: true }).compose(tokens)];
  list.forEach((doc, index) => {
    const parsed: ParsedDocument = { index, doc };
    source.documents.push(parsed);
    const deepAt = deep.get(index);
    if (deepAt !== undefined) {
      findings.push({ ruleId: 'nesting-too-deep', severity: 'error', message: `document nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep; not read`, location: { ...at(deepAt, deepAt), doc: index } });
      return;
    }
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
    const warned = warningFindings(doc, at, index);
    findings.push(...warned.findings);
    if (warned.refuse) return;
    // An empty document (a trailing `---`, only a comment): the library gives null or a null scalar.
    if (doc.contents === null || isEmptyScalar(doc)) return;
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
    const bad = inspectValue(value);
    if (bad?.kind === 'forbidden-key') {
      findings.push({ ruleId: 'forbidden-key', severity: 'error', message: `key "${bad.key}" is not allowed in records; document not read`, location: { file, doc: index, pointer: toPointer(bad.path), target: 'key' } });
      return;
    }
    if (bad) {
      const cycle = bad.kind === 'alias-cycle';
      const message = cycle ? 'an alias refers to the collection that contains it (a cycle); document not read' : `aliases nest the document's value more than ${MAX_NESTING_DEPTH} levels deep; not read`;
      findings.push({ ruleId: cycle ? 'alias-cycle' : 'nesting-too-deep', severity: 'error', message, location: { file, doc: index, pointer: toPointer(bad.path) } });
      return;
    }
    parsed.value = value as Record<string, unknown>;
    const [start, end] = doc.contents.range;
    parsed.lines = [lineCounter.linePos(start).line, lineCounter.linePos(Math.max(start, end - 1)).line];
  });
  if (findings.length === 0 && !source.documents.some((d) => d.value !== undefined || (d.doc.contents !== null && !isEmptyScalar(d.doc)))) {
    findings.push({ ruleId: 'empty-file', severity: 'warning', message: 'file holds no YAML content (only comments or document separators)', location: { file, line: 1, column: 1 } });
  }
  return { source, findings };
}

function isEmptyScalar(doc: Document): boolean {
  return isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '';
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
