import type { Rule } from './types.js';
import type { AnyRecord } from '../model/types.js';
import { nextReviewOf } from '../model/kinds/index.js';
import { daysBetween } from '../util/dates.js';

function nextReview(r: AnyRecord): { value: string; pointer: string } | undefined {
  // Records that are out of use are not reviewed any more.
  if ((r.kind === 'Risk' && r.spec.status === 'closed') || (r.kind === 'ImpactAssessment' && r.spec.status === 'superseded')) return undefined;
  return nextReviewOf(r);
}

export const rule: Rule = {
  meta: { id: 'review-overdue', description: 'A policy, scope, audit programme, impact assessment, risk or control is past its next review date.', defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.records) {
      const next = nextReview(r);
      if (!next) continue;
      const due = next.value;
      const late = daysBetween(due, ctx.today);
      if (late > 0) ctx.report({ record: r, pointer: next.pointer, message: `${r.kind} ${r.metadata.id} was due for review on ${due} (${late} day${late === 1 ? '' : 's'} overdue)` });
    }
  },
};
