import type { Rule } from './types.js';
import { servesStandard } from '../analysis/serves-standard.js';
import { addMonths, intervals, standardsInScope } from './support/management-system.js';

export const rule: Rule = {
  meta: { id: 'management-review-overdue', description: 'The last management review of a standard is older than managementSystem.reviewIntervalMonths (default 12).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const months = intervals(ctx.config).reviewIntervalMonths;
    const reviews = ctx.model.list('ManagementReview').filter((r) => r.spec.date <= ctx.today);
    for (const { standard, catalog } of standardsInScope(ctx.config)) {
      // With no review at all, clause-unaddressed names 9.3; this rule is about the interval.
      const last = reviews.filter((r) => servesStandard(r, standard, catalog)).sort((a, b) => (a.spec.date < b.spec.date ? -1 : 1)).pop();
      if (last && addMonths(last.spec.date, months) < ctx.today) {
        ctx.report({ record: last, pointer: '/spec/date', subject: standard, message: `the last management review of ${standard} was on ${last.spec.date}, more than ${months} months ago` });
      }
    }
  },
};
