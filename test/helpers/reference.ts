import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './repo.js';

/** Rows of a reference list in test/fixtures/reference (CSV with optional "quoted, fields"). */
export function readReference(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/reference', file), 'utf8');
  const [header, ...rows] = text.split(/\r?\n/).filter((l) => l.trim() !== '').map(splitCsvLine);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') (field += '"'), i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) fields.push(field), (field = '');
    else field += ch;
  }
  return [...fields, field];
}
