import type { ClausesView } from './view.js';

/** Clause readiness for tooling. */
export function clausesJson(view: ClausesView): string {
  const standards = view.standards.map((s) => ({ standard: s.standard, catalog: s.catalog, title: s.title, met: s.met, required: s.required, requirements: s.rows }));
  return JSON.stringify({ tool: { name: 'annexa', version: view.toolVersion }, date: view.date, organization: view.organization ?? null, standards }, null, 2) + '\n';
}
