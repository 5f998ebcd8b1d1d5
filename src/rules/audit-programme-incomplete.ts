import type { Rule } from './types.js';
import { servesStandard } from '../analysis/serves-standard.js';
import { addMonths, intervals, listOf, standardsInScope } from './support/management-system.js';

/** A scope ref covers a ref when it is the ref, an ancestor ("iso27001:9", "iso27001:A.8") or a part of it. */
const covers = (scope: string, ref: string) => scope === ref || ref.startsWith(`${scope}.`) || scope.startsWith(`${ref}.`);

/** Up to ten ids, then how many more. */
const some = (ids: string[]) => (ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', '));

export const rule: Rule = {
  meta: { id: 'audit-programme-incomplete', description: 'Over its cycle (default 3 years) an audit programme leaves clauses 4-10 or applicable Annex A controls of a standard unaudited.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const defaultYears = intervals(ctx.config).auditCycleYears;
    for (const p of ctx.model.list('AuditProgramme')) {
      const years = p.spec.cycle.years ?? defaultYears;
      const end = addMonths(p.spec.cycle.start, years * 12);
      const scope = p.spec.audits.filter((a) => a.planned >= p.spec.cycle.start && a.planned < end).flatMap((a) => a.scope);
      for (const { standard, catalog } of standardsInScope(ctx.config)) {
        if (!servesStandard(p, standard, catalog)) continue;
        const cat = ctx.catalogs.catalogs.get(catalog);
        const analysis = ctx.analysis().standards.find((s) => s.catalog === catalog);
        if (!cat || !analysis) continue;
        // Clauses 4.1 to 10.2: the second level, which every programme must reach over a cycle.
        const clauses = cat.clauses.filter((c) => /^\d+\.\d+$/.test(c.id) && !scope.some((s) => covers(s, c.ref))).map((c) => c.id);
        const controls = analysis.soa.filter((e) => e.applicable === true && !scope.some((s) => covers(s, e.ref))).map((e) => e.ref.slice(catalog.length + 1));
        if (clauses.length === 0 && controls.length === 0) continue;
        const gaps = [clauses.length && `clauses ${some(clauses)}`, controls.length && `${controls.length} applicable control${controls.length === 1 ? '' : 's'} (${some(controls)})`].filter((x): x is string => Boolean(x));
        ctx.report({ record: p, pointer: '/spec/audits', subject: standard, message: `AuditProgramme ${p.metadata.id} (${p.spec.cycle.start} to ${end}) leaves ${standard} ${listOf(gaps)} unaudited` });
      }
    }
  },
};
