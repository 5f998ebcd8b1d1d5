import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CATALOGS_DIR, PACKAGE_ROOT } from '../paths.js';

/** A date from which obligations apply, with the provision that sets it. */
export interface ApplicationDate {
  id: string;
  date: string;
  source: string;
}

/** One row of the obligation matrix: an article owed by these roles on these routes from a date. */
export interface ObligationRow {
  article: string;
  roles: string[];
  routes: string[];
  from: string;
  /** A named test that narrows the row (fria: Article 27(1) scope; public-body). */
  condition?: 'fria' | 'public-body';
}

export interface ObligationMatrix {
  catalog: string;
  source: string;
  dates: Map<string, ApplicationDate>;
  rows: ObligationRow[];
}

export const OBLIGATIONS_FILE = 'euaiact-obligations.yaml';

let cached: ObligationMatrix | undefined;

/** The bundled AI Act obligation matrix (catalogs/euaiact-obligations.yaml): dates are data, never code. */
export function loadObligations(): ObligationMatrix {
  if (cached) return cached;
  const yamlFile = path.join(CATALOGS_DIR, OBLIGATIONS_FILE);
  const jsonFile = path.join(PACKAGE_ROOT, 'dist/catalogs', OBLIGATIONS_FILE.replace(/\.yaml$/, '.json'));
  const built = statSync(jsonFile, { throwIfNoEntry: false });
  const raw = (built && built.mtimeMs >= statSync(yamlFile).mtimeMs ? JSON.parse(readFileSync(jsonFile, 'utf8')) : parse(readFileSync(yamlFile, 'utf8'))) as {
    metadata: { catalog: string; source: string };
    spec: { dates: ApplicationDate[]; obligations: ObligationRow[] };
  };
  cached = { catalog: raw.metadata.catalog, source: raw.metadata.source, dates: new Map(raw.spec.dates.map((d) => [d.id, d])), rows: raw.spec.obligations };
  return cached;
}
