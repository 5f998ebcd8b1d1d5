import type { Rule } from './types.js';
import { servesStandard } from '../analysis/serves-standard.js';
import { daysBetween } from '../util/dates.js';
import { addMonths, intervals, standardsInScope } from './support/management-system.js';

export const rule: Rule = {
  meta: { id: 'internal-audit-overdue', description: 'A standard with an audit programme has had no internal audit within managementSystem.auditIntervalMonths (default 12), or a planned audit is past its date and not held.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const months = intervals(ctx.config).auditIntervalMonths;
    const audits = ctx.model.list('InternalAudit').filter((a) => a.spec.date <= ctx.today);
    const programmes = ctx.model.list('AuditProgramme');
    for (const { standard, catalog } of standardsInScope(ctx.config)) {
      const mine = programmes.filter((p) => servesStandard(p, standard, catalog));
      const held = audits.filter((a) => servesStandard(a, standard, catalog)).sort((a, b) => (a.spec.date < b.spec.date ? -1 : 1));
      // With neither a programme nor an audit, clause-unaddressed names 9.2; this rule is about rhythm.
      if (mine.length === 0 && held.length === 0) continue;
      const last = held[held.length - 1];
      if (!last) {
        ctx.report({ record: mine[0]!, pointer: '/spec/audits', subject: standard, message: `no internal audit of ${standard} has been held yet; record held audits as InternalAudit records` });
      } else if (addMonths(last.spec.date, months) < ctx.today) {
        ctx.report({ record: last, pointer: '/spec/date', subject: standard, message: `the last internal audit of ${standard} was held on ${last.spec.date}, more than ${months} months ago` });
      }
    }
    for (const p of programmes) {
      p.spec.audits.forEach((planned, i) => {
        if (planned.planned >= ctx.today) return;
        const done = ctx.model.list('InternalAudit').some((a) => a.spec.programme === p.metadata.id && a.spec.plannedAudit === planned.id);
        if (!done) ctx.report({ record: p, pointer: `/spec/audits/${i}/planned`, subject: planned.id, message: `planned audit ${planned.id} of AuditProgramme ${p.metadata.id} was due on ${planned.planned} (${daysBetween(planned.planned, ctx.today)} days ago) and no InternalAudit records it as held` });
      });
    }
  },
};
