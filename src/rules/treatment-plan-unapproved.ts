import type { Rule } from './types.js';

/**
 * 27001 6.1.3 f / 42001 6.1.3: risk owners approve the risk treatment plan. An open or treated risk that
 * is treated (any option) needs spec.treatment.approval by its owner.
 */
export const rule: Rule = {
  meta: { id: 'treatment-plan-unapproved', description: "A risk's treatment plan has no approval, or was approved by someone other than the risk owner.", defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.list('Risk')) {
      const t = r.spec.treatment;
      if (r.spec.status === 'closed' || !t?.option) continue; // an untreated risk is risk-untreated's finding
      const owner = r.spec.owner ?? r.metadata.owner;
      if (!t.approval) {
        ctx.report({ record: r, pointer: '/spec/treatment', message: `Risk ${r.metadata.id}: the treatment plan (${t.option}) has no approval by the risk owner${owner ? ` ${owner}` : ''} (add spec.treatment.approval with by and date)` });
      } else if (owner && t.approval.by !== owner) {
        ctx.report({ record: r, pointer: '/spec/treatment/approval/by', message: `Risk ${r.metadata.id}: the treatment plan was approved by ${t.approval.by}, not by the risk owner ${owner}` });
      }
    }
  },
};
