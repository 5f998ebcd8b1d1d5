import type { Rule } from './types.js';
import { daysBetween } from '../util/dates.js';

export const rule: Rule = {
  meta: { id: 'nonconformity-overdue', description: 'An open nonconformity has a corrective action past its due date that is not done.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const nc of ctx.model.list('Nonconformity')) {
      if (nc.spec.closed) continue;
      (nc.spec.actions ?? []).forEach((a, i) => {
        const late = daysBetween(a.due, ctx.today);
        if (a.state === 'done' || late <= 0) return;
        ctx.report({ record: nc, pointer: `/spec/actions/${i}/due`, subject: String(i), message: `Nonconformity ${nc.metadata.id}: action "${a.description}" (${a.owner}) was due on ${a.due} and is ${a.state} (${late} day${late === 1 ? '' : 's'} overdue)` });
      });
    }
  },
};
