import type { Rule } from './types.js';
import { daysBetween } from '../util/dates.js';

/**
 * 27001/42001 6.1.3 e and 8.3: the treatment plan says who does what by when. A planned control needs an
 * owner and a target date; a planned or in-progress control, or an open risk's treatment, past its date
 * is overdue.
 */
export const rule: Rule = {
  meta: { id: 'plan-overdue', description: 'A planned control lacks an owner or target date, or a planned/in-progress control or open risk treatment is past its date.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const late = (date: string) => daysBetween(date, ctx.today);
    for (const c of ctx.model.list('Control')) {
      const s = c.spec;
      if (s.status !== 'planned' && s.status !== 'in-progress') continue;
      const owner = s.owner ?? c.metadata.owner;
      if (s.status === 'planned' && (!owner?.trim() || !s.targetDate)) {
        const missing = [!owner?.trim() ? 'an owner (spec.owner)' : '', !s.targetDate ? 'a target date (spec.targetDate)' : ''].filter(Boolean).join(' and ');
        ctx.report({ record: c, pointer: '/spec/status', message: `Control ${c.metadata.id} is planned without ${missing}` });
      } else if (s.targetDate && late(s.targetDate) > 0) {
        ctx.report({ record: c, pointer: '/spec/targetDate', message: `Control ${c.metadata.id} is still ${s.status}, ${late(s.targetDate)} days past its target date ${s.targetDate}` });
      }
    }
    for (const r of ctx.model.list('Risk')) {
      const due = r.spec.treatment?.dueDate;
      if (!due || r.spec.status === 'treated' || r.spec.status === 'closed' || r.spec.status === 'accepted') continue;
      if (late(due) > 0) ctx.report({ record: r, pointer: '/spec/treatment/dueDate', message: `Risk ${r.metadata.id}: its treatment plan was due on ${due} (${late(due)} days ago) and the risk is still ${r.spec.status ?? 'open'}` });
    }
  },
};
