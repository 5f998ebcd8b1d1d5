import type { Rule } from './types.js';
import { clauseReadiness } from '../analysis/clause-readiness.js';
import { listOf, reportAtStandard, standardsInScope } from './support/management-system.js';

export const rule: Rule = {
  meta: { id: 'clause-unaddressed', description: 'A clause 4-10 requirement of a standard in scope (scope, policy, objectives, internal audit, management review, ...) has no record that meets it.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const pointers = new Map(standardsInScope(ctx.config).map((s) => [s.standard, s.pointer]));
    for (const s of clauseReadiness(ctx.model, ctx.catalogs, ctx.config)) {
      for (const row of s.rows) {
        if (row.state !== 'missing') continue;
        const title = row.title ? ` (${row.title})` : '';
        const req = row.requirement.charAt(0).toLowerCase() + row.requirement.slice(1).replace(/\.$/, '');
        reportAtStandard(ctx, pointers.get(s.standard) ?? '', `${s.standard} clause ${row.clause}${title} is not addressed: ${req}; add ${listOf(row.wanted)}`, `${row.ref} ${row.requirement}`, row.ref);
      }
    }
  },
};
