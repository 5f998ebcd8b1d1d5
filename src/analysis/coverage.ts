import type { Catalog } from '../catalog/types.js';
import type { Model } from '../model/model.js';
import type { CoverageCounts, IntegratedImplementation, SoaEntry, StandardCoverage } from './types.js';

/** Counts one set of SoA entries. Controls without decision count against coverage. */
export function countCoverage(entries: SoaEntry[]): CoverageCounts {
  const c: CoverageCounts = { total: entries.length, applicable: 0, implemented: 0, inProgress: 0, planned: 0, noDecision: 0, excluded: 0, excludedJustified: 0, provided: 0, percentImplemented: 0 };
  for (const e of entries) {
    if (e.status === 'not-applicable') {
      c.excluded++;
      if (e.exclusion.length > 0) c.excludedJustified++;
      continue;
    }
    if (e.status === 'no-decision') c.noDecision++;
    else c.applicable++;
    if (e.status === 'implemented') c.implemented++;
    if (e.status === 'in-progress') c.inProgress++;
    if (e.status === 'planned') c.planned++;
    if (e.status === 'inherited' || e.status === 'shared') c.provided++;
  }
  const denominator = c.total - c.excluded;
  c.percentImplemented = denominator === 0 ? 100 : Math.round(((c.implemented + c.provided) / denominator) * 1000) / 10;
  return c;
}

/** Coverage of one standard overall and per theme (27001) or area (42001). */
export function coverageOf(catalog: Catalog, entries: SoaEntry[]): StandardCoverage {
  // Additional controls of user catalogs (soa.ts) bring groups of their own.
  const extra = [...new Map(entries.filter((e) => !catalog.groups.some((g) => g.id === e.group.id)).map((e) => [e.group.id, e.group])).values()];
  return {
    standard: catalog.standard ?? catalog.id,
    catalog: catalog.id,
    title: catalog.title,
    overall: countCoverage(entries),
    groups: [...catalog.groups, ...extra].map((g) => ({ id: g.id, title: g.title, ...countCoverage(entries.filter((e) => e.group.id === g.id)) })),
  };
}

/** Control records whose `implements` names Annex A controls of two or more in-scope catalogs. */
export function integratedImplementations(model: Model, catalogIds: string[], known: (ref: string) => boolean): IntegratedImplementation[] {
  const out: IntegratedImplementation[] = [];
  for (const c of model.list('Control')) {
    const refs: Record<string, string[]> = {};
    for (const ref of c.spec.implements) {
      const cat = ref.slice(0, ref.indexOf(':'));
      // Unknown refs are reported by unknown-control-ref; they do not make a record integrated.
      if (catalogIds.includes(cat) && known(ref)) (refs[cat] ??= []).push(ref);
    }
    if (Object.keys(refs).length >= 2) {
      out.push({ id: c.metadata.id, title: c.metadata.title, status: c.spec.status, refs, aiConsiderations: c.spec.aiConsiderations });
    }
  }
  return out;
}
