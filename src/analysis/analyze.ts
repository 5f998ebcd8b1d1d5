import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Config } from '../config/types.js';
import { STANDARDS } from '../config/types.js';
import type { Model } from '../model/model.js';
import { buildSoa } from './soa.js';
import { coverageOf, integratedImplementations } from './coverage.js';
import { suggestionFor } from './suggest.js';
import type { IntegratedImplementation, SoaEntry, StandardCoverage } from './types.js';
import { evidenceAge } from './evidence-age.js';
import type { GitFacts } from '../git/facts.js';

export interface StandardAnalysis {
  standard: string;
  catalog: string;
  title: string;
  soa: SoaEntry[];
  coverage: StandardCoverage;
}

/** SoA and coverage for every standard in scope, plus the implementations that serve both. */
export interface Analysis {
  standards: StandardAnalysis[];
  integrated: IntegratedImplementation[];
}

/** Catalog ids of the standards in scope, in config order. */
export function scopeCatalogs(config: Config): string[] {
  return config.standards.map((s) => STANDARDS[s]);
}

export interface AnalyzeOptions {
  today: string;
  git?: GitFacts;
}

export function analyze(model: Model, catalogs: CatalogSet, config: Config, options: AnalyzeOptions): Analysis {
  const ids = scopeCatalogs(config).filter((id) => catalogs.catalogs.has(id));
  const withAge = (entry: SoaEntry): SoaEntry => ({
    ...entry,
    evidence: entry.evidence.map((ev) => {
      const rec = model.get('Evidence', ev.id);
      if (!rec) return ev;
      const age = evidenceAge(rec, options.today, config.evidence.maxAgeDays, options.git);
      // Object.assign onto a literal, not a spread: spread copies got a hidden class each (one per evidence).
      return Object.assign({}, ev, { ageDays: age.ageDays, ageSource: age.source, maxAgeDays: age.maxAgeDays, stale: age.stale });
    }),
  });
  const standards = ids.map((id) => {
    const catalog = catalogs.catalogs.get(id)!;
    const soa = buildSoa(model, catalogs, id).map((e) => withAge({ ...e, suggestion: suggestionFor(e.ref, model, catalogs) }));
    return { standard: catalog.standard ?? id, catalog: id, title: catalog.title, soa, coverage: coverageOf(catalog, soa) };
  });
  return { standards, integrated: integratedImplementations(model, ids, (ref) => catalogs.get(ref)?.type === 'control') };
}
