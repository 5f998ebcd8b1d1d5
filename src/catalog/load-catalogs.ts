import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CATALOGS_DIR, PACKAGE_ROOT } from '../paths.js';
import { ConfigError } from '../core/errors.js';
import { validatorFor } from '../validate/ajv.js';
import { schemaProblems } from '../validate/ajv-findings.js';
import { CatalogSet } from './catalog-set.js';
import type { Catalog, CatalogEntry, RelationType } from './types.js';

// The AI Act and AI RMF catalogs load like the ISO ones (refs validate, did-you-mean) but are never a
// standard in scope: the SoA and coverage read only config.standards, so their relations only suggest.
export const BUNDLED_CATALOGS = ['iso27001.yaml', 'iso42001.yaml', 'euaiact.yaml', 'nist-ai-rmf.yaml'];
export const BUNDLED_CROSSWALKS = ['crosswalk-iso27001-iso42001.yaml', 'crosswalk-euaiact-iso42001.yaml', 'crosswalk-nist-ai-rmf-iso42001.yaml'];

const REVERSE: Record<RelationType, RelationType> = {
  'equivalent-to': 'equivalent-to',
  'equal-to': 'equal-to',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

interface RawCatalog {
  metadata: { id: string; title: string; standard?: string; extends?: string };
  spec: {
    groups?: { id: string; title: string; description?: string }[];
    objectives?: { id: string; title: string; group?: string }[];
    clauses?: { id: string; title: string; parent?: string; description?: string }[];
    controls?: { id: string; title: string; group?: string; objective?: string; description?: string; attributes?: Record<string, string[]> }[];
  };
}

interface RawCrosswalk {
  metadata?: { id: string; title: string; source: string; target: string; notice?: string; description?: string };
  spec: {
    relations: { source: string; target: string; type: RelationType; origin?: string; rationale: string; aiGap?: string }[];
    unmatched?: { ref: string; rationale: string }[];
  };
}

/** Turns a parsed catalog document into a Catalog. */
export function toCatalog(raw: RawCatalog, file: string, bundled: boolean): Catalog {
  const id = raw.metadata.id;
  const entry = (type: 'control' | 'clause') => (e: { id: string; title: string; description?: string; group?: string; objective?: string; parent?: string; attributes?: Record<string, string[]> }): CatalogEntry => ({
    ref: `${id}:${e.id}`, catalog: id, id: e.id, title: e.title, type, description: e.description,
    group: e.group, objective: e.objective, parent: e.parent, attributes: e.attributes,
  });
  return {
    id, title: raw.metadata.title, standard: raw.metadata.standard, extends: raw.metadata.extends, file, bundled,
    groups: raw.spec.groups ?? [], objectives: raw.spec.objectives ?? [],
    controls: (raw.spec.controls ?? []).map(entry('control')),
    clauses: (raw.spec.clauses ?? []).map(entry('clause')),
  };
}

/** A bundled catalog: the JSON the build made from it when current, else the YAML source. */
export function readBundled(file: string): unknown {
  const yamlFile = path.join(CATALOGS_DIR, file);
  const jsonFile = path.join(PACKAGE_ROOT, 'dist/catalogs', file.replace(/\.yaml$/, '.json'));
  const built = statSync(jsonFile, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= statSync(yamlFile).mtimeMs) return JSON.parse(readFileSync(jsonFile, 'utf8'));
  return parse(readFileSync(yamlFile, 'utf8'));
}

/** Checks a catalog or crosswalk value against its schema; a failure is a config error naming the file. */
export function assertValid(kind: 'Catalog' | 'Crosswalk', value: unknown, file: string): void {
  const validate = validatorFor(kind);
  if (!validate(value)) {
    const p = schemaProblems(validate.errors ?? [])[0];
    throw new ConfigError(`${file}: invalid ${kind}: ${p?.message ?? 'schema violation'} (at ${p?.pointer || '/'})`);
  }
}

/** Loads the bundled ISO catalogs and crosswalk; user catalogs are added by the caller. */
export function loadBundledCatalogs(): CatalogSet {
  const set = new CatalogSet();
  for (const f of BUNDLED_CATALOGS) set.add(toCatalog(readBundled(f) as RawCatalog, `catalogs/${f}`, true));
  for (const f of BUNDLED_CROSSWALKS) addCrosswalk(set, readBundled(f) as RawCrosswalk);
  return set;
}

export function addCrosswalk(set: CatalogSet, raw: RawCrosswalk): void {
  for (const r of raw.spec.relations) {
    const origin = r.origin ?? 'annexa';
    set.addRelation({ from: r.source, to: r.target, type: r.type, origin, rationale: r.rationale, aiGap: r.aiGap, reversed: false });
    set.addRelation({ from: r.target, to: r.source, type: REVERSE[r.type], origin, rationale: r.rationale, aiGap: r.aiGap, reversed: true });
  }
  for (const u of raw.spec.unmatched ?? []) set.unmatched.set(u.ref, u);
  if (raw.metadata) {
    const m = raw.metadata;
    set.crosswalks.push({
      id: m.id, title: m.title, source: m.source, target: m.target, notice: m.notice, description: m.description,
      relations: raw.spec.relations.map((r) => ({ source: r.source, target: r.target, type: r.type, origin: r.origin ?? 'annexa', rationale: r.rationale, aiGap: r.aiGap })),
      unmatched: raw.spec.unmatched ?? [],
    });
  }
}

export type { RawCatalog, RawCrosswalk };
