import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsvObjects } from './csv.js';
import { REPO_ROOT } from './repo.js';

/** Rows of a reference list in test/fixtures/reference (CSV with optional "quoted, fields"). */
export function readReference(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/reference', file), 'utf8');
  return parseCsvObjects(text);
}
