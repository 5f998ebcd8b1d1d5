import type { SoaView } from './view.js';

/** The full SoA with coverage, evidence freshness and the integrated view, for tooling. */
export function soaJson(view: SoaView): string {
  return (
    JSON.stringify(
      {
        tool: { name: 'annexa', version: view.toolVersion },
        date: view.date,
        organization: view.organization ?? null,
        standards: view.standards.map((s) => ({ standard: s.standard, catalog: s.catalog, title: s.title, coverage: s.coverage, controls: s.soa })),
        integrated: view.integrated,
      },
      null,
      2,
    ) + '\n'
  );
}
