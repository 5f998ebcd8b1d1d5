import type { Rule } from './types.js';
import { daysBetween } from '../util/dates.js';

/**
 * 27001/42001 8.2: risk assessments are repeated at planned intervals. A risk not (re-)assessed within
 * the criteria's reassessDays (from spec.assessed, else spec.identified) is stale; a risk with neither
 * date cannot show it was ever assessed.
 */
export const rule: Rule = {
  meta: { id: 'risk-assessment-stale', description: 'A risk has not been (re-)assessed within risk.reassessDays of the risk criteria, or has no assessment date.', defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    const days = ctx.config.risk.reassessDays;
    for (const r of ctx.model.list('Risk')) {
      if (r.spec.status === 'closed') continue;
      const last = r.spec.assessed ?? r.spec.identified;
      if (!last) {
        ctx.report({ record: r, pointer: '/metadata/id', message: `Risk ${r.metadata.id} has no assessment date (set spec.assessed, or spec.identified)` });
        continue;
      }
      const age = daysBetween(last, ctx.today);
      if (age > days) ctx.report({ record: r, pointer: r.spec.assessed ? '/spec/assessed' : '/spec/identified', message: `Risk ${r.metadata.id} was last assessed on ${last}, ${age} days ago (re-assess every ${days} days)` });
    }
  },
};
