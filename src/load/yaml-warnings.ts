import type { Document } from 'yaml';
import type { Finding, Location } from '../core/finding.js';

type At = (start: number, end: number) => Location;

/**
 * The YAML library's warnings as findings instead of silence. An unresolved tag (`!include`,
 * `!!js/function`) means the author expected the value to be something other than the string the
 * library falls back to, so the document is not read; other warnings keep it.
 */
export function warningFindings(doc: Document, at: At, index: number): { findings: Finding[]; refuse: boolean } {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let refuse = false;
  for (const w of doc.warnings) {
    const key = `${w.pos[0]}|${w.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const location = { ...at(w.pos[0], w.pos[1]), doc: index };
    if (w.code === 'TAG_RESOLVE_FAILED' || w.code === 'BAD_COLLECTION_TYPE') {
      refuse = true;
      const tag = /tag: (\S+)$/.exec(w.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'this tag';
      const message = w.code === 'TAG_RESOLVE_FAILED' ? `unknown YAML tag ${tag}: annexa reads plain YAML only; document not read` : `YAML tag does not fit its value: ${oneLine(w.message)}; document not read`;
      findings.push({ ruleId: 'unknown-tag', severity: 'error', message, location });
    } else {
      findings.push({ ruleId: 'yaml-warning', severity: 'warning', message: `YAML warning: ${oneLine(w.message)}`, location });
    }
  }
  return { findings, refuse };
}

function oneLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
