import type { Rule } from './types.js';
import { approvalOf } from '../model/kinds/document-control.js';
import { listOf, standardsInScope } from './support/management-system.js';

export const rule: Rule = {
  meta: { id: 'policy-unapproved', description: 'A top-level policy (one that addresses clause 5.2 of a standard in scope) has no approval, or an approval dated after today.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const clauses = standardsInScope(ctx.config).map((s) => `${s.catalog}:5.2`);
    for (const p of ctx.model.list('Policy')) {
      const tops = clauses.filter((c) => p.spec.addresses?.includes(c));
      if (tops.length === 0) continue;
      const approval = approvalOf(p.spec);
      const where = p.spec.documentControl ? '/spec/documentControl' : '/spec';
      if (!approval?.by || !approval.date) {
        ctx.report({ record: p, pointer: where, message: `Policy ${p.metadata.id} is the top-level policy for ${listOf(tops)} but records no approval (by whom, on which date)` });
      } else if (approval.date > ctx.today) {
        ctx.report({ record: p, pointer: `${where}/approval/date`, message: `Policy ${p.metadata.id} is the top-level policy for ${listOf(tops)} but its approval is dated ${approval.date}, after today` });
      }
    }
  },
};
