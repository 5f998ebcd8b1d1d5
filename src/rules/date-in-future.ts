import type { Rule } from './types.js';
import type { AnyRecord } from '../model/types.js';
import { daysBetween } from '../util/dates.js';

/**
 * Dates that record something that already happened, per kind. Planned dates (nextReview, dueDate,
 * targetDate) may lie ahead; these may not: evidence collected next year would count as fresh for
 * a year too long, and a pack would list it with a negative age.
 */
function pastDates(r: AnyRecord): { pointer: string; what: string; date: string | undefined }[] {
  switch (r.kind) {
    case 'Evidence':
      return [{ pointer: '/spec/collected', what: 'collected', date: r.spec.collected }];
    case 'Control':
      return [{ pointer: '/spec/lastReviewed', what: 'last reviewed', date: r.spec.lastReviewed }];
    case 'Risk':
      return [{ pointer: '/spec/identified', what: 'identified', date: r.spec.identified }];
    case 'ImpactAssessment':
      return [
        { pointer: '/spec/performed', what: 'performed', date: r.spec.performed },
        { pointer: '/spec/approval/date', what: 'approved', date: r.spec.approval?.date },
      ];
    case 'Policy':
      return [{ pointer: '/spec/approval/date', what: 'approved', date: r.spec.approval?.date }];
    case 'InternalAudit':
      return [{ pointer: '/spec/date', what: 'held', date: r.spec.date }];
    case 'ManagementReview':
      return [{ pointer: '/spec/date', what: 'held', date: r.spec.date }];
    case 'Nonconformity':
      return [
        { pointer: '/spec/raised', what: 'raised', date: r.spec.raised },
        { pointer: '/spec/closed', what: 'closed', date: r.spec.closed },
        { pointer: '/spec/effectivenessReview/date', what: 'effectiveness reviewed', date: r.spec.effectivenessReview?.date },
      ];
    case 'Objective':
      return (r.spec.measurements ?? []).map((m, i) => ({ pointer: `/spec/measurements/${i}/date`, what: 'measured', date: m.date }));
    default:
      return [];
  }
}

export const rule: Rule = {
  meta: { id: 'date-in-future', description: 'A record dates something that already happened (collected, approved, performed, reviewed, identified, held, raised, closed, measured) after today.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.records) {
      for (const { pointer, what, date } of pastDates(r)) {
        if (typeof date !== 'string') continue;
        const ahead = daysBetween(ctx.today, date);
        if (ahead > 0) ctx.report({ record: r, pointer, message: `${r.kind} ${r.metadata.id} says ${what} ${date}, ${ahead} day${ahead === 1 ? '' : 's'} after today (${ctx.today})` });
      }
    }
  },
};
